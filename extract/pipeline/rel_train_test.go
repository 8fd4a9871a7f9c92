package pipeline

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// relCoNLL04Path finds a CoNLL04 part beside the repository (../shared, as in CI).
func relCoNLL04Path(part string) string {
	if p := os.Getenv("NEWSGRAPH_CONLL04"); p != "" {
		return filepath.Join(p, "conll04_"+part+".json")
	}
	return filepath.Join("..", "..", "..", "shared", "data", "conll04", "conll04_"+part+".json")
}

// relCoNLL04 reads a part of CoNLL04 ("train", "dev"), failing in CI and
// skipping elsewhere when the data is not beside the repository.
func relCoNLL04(t *testing.T, part string) []CoNLL04Sentence {
	t.Helper()
	path := relCoNLL04Path(part)
	relNeedData(t, path)
	sents, err := ReadCoNLL04(path)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func relNeedData(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CoNLL04 data: %v (set NEWSGRAPH_CONLL04)", err)
		}
		t.Skipf("CoNLL04 data: %v", err)
	}
}

// TestRelModelRebuild: training is deterministic and the embedded
// relmodel.bin is what `newsgraph train relations` builds from CoNLL04 train
// with today's entity stages. When they change the candidate pairs, this
// fails until the model is rebuilt and committed.
func TestRelModelRebuild(t *testing.T) {
	sents := relCoNLL04(t, "train")
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var a bytes.Buffer
	if err := p.TrainRelations(context.Background(), sents, &a); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Bytes(), embeddedRelModel) {
		return // (the file was trained by another process: the training is deterministic too)
	}
	// Stale, or not deterministic? A second training tells.
	var b bytes.Buffer
	if err := p.TrainRelations(context.Background(), sents, &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings on the same sentences gave different models")
	}
	t.Fatalf("extract/pipeline/relmodel.bin (%d bytes) is not what CoNLL04 train trains (%d bytes): run `go run ./cmd/newsgraph train relations` and commit it", len(embeddedRelModel), a.Len())
}

// TestTrainRelationModel: a small model round-trips through its file and
// fits what it was trained on.
func TestTrainRelationModel(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	sents := relCoNLL04(t, "train")
	sents = sents[:100]
	exs, err := p.relExamples(ctx, sents, false)
	if err != nil {
		t.Fatal(err)
	}
	m := trainRelModel(exs, defaultRelTraining)
	m.noneBias = 0.25
	var buf bytes.Buffer
	if err := m.encode(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := decodeRelModel(buf.Bytes())
	if err != nil {
		t.Fatalf("decodeRelModel(encode(m)) = %v", err)
	}
	if m2.noneBias != m.noneBias {
		t.Errorf("decodeRelModel(encode(m)) reads threshold %v; want %v", m2.noneBias, m.noneBias)
	}
	right, pos := 0, 0
	var sc [relClasses]float32
	for _, ex := range exs {
		if ex.label == 0 {
			continue
		}
		pos++
		m2.scores(ex.feats, &sc)
		best := 0
		for c := range sc {
			if sc[c] > sc[best] {
				best = c
			}
		}
		if best == ex.label {
			right++
		}
	}
	if pos == 0 || float64(right) < 0.8*float64(pos) {
		t.Errorf("model fits %d of %d related training pairs; want >= 80%%", right, pos)
	}
}

// TestRelationQuality is the quality floor on the CoNLL04 development part.
func TestRelationQuality(t *testing.T) {
	sents := relCoNLL04(t, "dev")
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := p.EvalCoNLL04(context.Background(), sents)
	if err != nil {
		t.Fatal(err)
	}
	if f := rep.F1(); f < 0.60 {
		var b bytes.Buffer
		rep.Report(&b)
		t.Errorf("CoNLL04 dev micro F1 = %.3f; want >= 0.60 (issue 4's target)\n%s", f, b.String())
	}
}

// go test ./extract/pipeline -run TestRelationCV -relmodel-cv ../../../shared/data/conll04/conll04_train.json
// scores the whole relation stage (entities, candidates, classifier, rules)
// by cross-validation on a training file: a model trained as TrainRelations
// trains on four fifths of the sentences reads the fifth. Design choices are
// judged on this figure, never on the development part.
var relCV = flag.String("relmodel-cv", "", "CoNLL04 training file: print its cross-validated relation scores")

// relCVSettings tries other training settings than the shipped ones
// ("epochs=20,l2=1e-4").
var relCVSettings = flag.String("relmodel-cv-settings", "", "with -relmodel-cv: training settings to score instead of the shipped ones")

// parseRelTraining reads settings written as name=value pairs over the
// shipped ones.
func parseRelTraining(s string) (relTraining, error) {
	rt := defaultRelTraining
	for _, kv := range strings.Split(s, ",") {
		k, v, _ := strings.Cut(kv, "=")
		var err error
		switch k {
		case "epochs":
			rt.epochs, err = strconv.Atoi(v)
		case "seeds":
			rt.seeds, err = strconv.Atoi(v)
		case "allgold":
			rt.allGold = v == "1"
		case "l2", "rate":
			var f float64
			f, err = strconv.ParseFloat(v, 32)
			if k == "l2" {
				rt.l2 = float32(f)
			} else {
				rt.rate = float32(f)
			}
		default:
			err = fmt.Errorf("unknown setting %q", k)
		}
		if err != nil {
			return rt, fmt.Errorf("relation settings %q: %w", kv, err)
		}
	}
	return rt, nil
}

// relCVShift draws other folds (0: sentence i in fold i%5), to tell a
// change's effect from the split's.
var relCVShift = flag.Int("relmodel-cv-shift", 0, "with -relmodel-cv: draw the folds from this seed")

// relCVErrors names a file for the cross-validated errors (FN and FP with
// their sentences), to read what the relation stage gets wrong on train.
var relCVErrors = flag.String("relmodel-cv-errors", "", "with -relmodel-cv: write the missed and false relations to this file")

// relCVSure scores another relModel.sure than the shipped one.
var relCVSure = flag.Float64("relmodel-cv-sure", 0, "with -relmodel-cv: margin above which the classifier overrules the checks")

func TestRelationCV(t *testing.T) {
	if *relCV == "" {
		t.Skip("no -relmodel-cv file")
	}
	sents, err := ReadCoNLL04(*relCV)
	if err != nil {
		t.Fatal(err)
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	rt := defaultRelTraining
	if *relCVSettings != "" {
		if rt, err = parseRelTraining(*relCVSettings); err != nil {
			t.Fatal(err)
		}
	}
	exs, err := p.relExamples(ctx, sents, true)
	if err != nil {
		t.Fatal(err)
	}
	total := &RelationReport{ByType: map[string]*PRF{}}
	for _, typ := range CoNLL04Types {
		total.ByType[typ] = &PRF{}
	}
	fold := func(i int) int {
		if *relCVShift == 0 {
			return i % relFolds
		}
		return int(relMix(uint64(i)+uint64(*relCVShift)<<32) % relFolds)
	}
	for k := 0; k < relFolds; k++ {
		var tr []relExample
		for _, ex := range exs {
			if fold(ex.sent) != k {
				tr = append(tr, ex)
			}
		}
		var te, trs []CoNLL04Sentence
		for i := range sents {
			if fold(i) == k {
				te = append(te, sents[i])
			} else {
				trs = append(trs, sents[i])
			}
		}
		// Through the file, as shipped: pruned and in int16 steps.
		var buf bytes.Buffer
		if err := trainRelFull(tr, rt, CoNLL04Gold(trs)).encode(&buf); err != nil {
			t.Fatal(err)
		}
		m, err := decodeRelModel(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if *relCVSure != 0 {
			m.sure = float32(*relCVSure)
		}
		q := *p
		q.rel = m
		rep, err := q.EvalCoNLL04(ctx, te)
		if err != nil {
			t.Fatal(err)
		}
		for typ, c := range rep.ByType {
			tc := total.ByType[typ]
			tc.TP, tc.Pred, tc.Gold = tc.TP+c.TP, tc.Pred+c.Pred, tc.Gold+c.Gold
		}
		total.Micro.TP += rep.Micro.TP
		total.Micro.Pred += rep.Micro.Pred
		total.Micro.Gold += rep.Micro.Gold
		total.Entities.TP += rep.Entities.TP
		total.Entities.Pred += rep.Entities.Pred
		total.Entities.Gold += rep.Entities.Gold
		total.Errors = append(total.Errors, rep.Errors...)
	}
	if *relCVErrors != "" {
		if err := os.WriteFile(*relCVErrors, []byte(strings.Join(total.Errors, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	total.Report(&b)
	t.Logf("%d-fold cross-validation on %s with %+v:\n%s", relFolds, *relCV, rt, b.String())
}
