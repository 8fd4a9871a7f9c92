package pipeline

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/extract/cameo"
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
)

func TestZZC04(t *testing.T) {
	f, err := os.Open("/tmp/ner_c04.bin")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	m, err := ner.DecodeModel(f)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := gazetteer.New()
	l, _ := cameo.New()
	p := NewWith(ner.NewWith(m, g), g, l)
	p.rel, _ = decodeRelModel(embeddedRelModel)
	ctx := context.Background()
	dv, _ := ReadCoNLL04(relCoNLL04Path("dev"))
	rep, _ := p.EvalCoNLL04(ctx, dv)
	t.Logf("old rel model: F1 %.4f entities %+v", rep.F1(), rep.Entities)
	tr, _ := ReadCoNLL04(relCoNLL04Path("train"))
	trx, _ := p.relExamples(ctx, tr, true)
	rm := trainRelModel(trx, 12)
	rm.freeze()
	p.rel = rm
	rep, _ = p.EvalCoNLL04(ctx, dv)
	t.Logf("retrained rel model: F1 %.4f P %d/%d", rep.F1(), rep.Micro.TP, rep.Micro.Pred)
}
