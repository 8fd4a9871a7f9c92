package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalNERFixture(t *testing.T) {
	var out, errb bytes.Buffer
	fixture := filepath.Join("..", "..", "extract", "ner", "testdata", "voa.conll")
	if err := runEval(context.Background(), []string{"ner", "--conll", fixture}, &out, &errb); err != nil {
		t.Fatalf("eval ner: %v\n%s", err, errb.String())
	}
	for _, want := range []string{"processed phrases:", "overall", "PER:", "LOC:", "ORG:", "MISC:", "PER+LOC+ORG"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("eval output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEvalTrainUsageErrors(t *testing.T) {
	ctx := context.Background()
	var out, errb bytes.Buffer
	for _, args := range [][]string{{}, {"pos"}, {"ner"}, {"ner", "--bogus"}} {
		err := runEval(ctx, args, &out, &errb)
		var ue cmdUsageError
		if !errors.As(err, &ue) {
			t.Errorf("runEval(%q) = %v; want a usage error", args, err)
		}
	}
	for _, args := range [][]string{{}, {"pos"}, {"ner", "--seed", "x"}} {
		err := runTrain(ctx, args, &out, &errb)
		var ue cmdUsageError
		if !errors.As(err, &ue) {
			t.Errorf("runTrain(%q) = %v; want a usage error", args, err)
		}
	}
	err := runEval(ctx, []string{"ner", "--conll", filepath.Join(t.TempDir(), "missing.conll")}, &out, &errb)
	if err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("eval on a missing file = %v; want a not-exist error", err)
	}
}

// TestTrainGazetteerDeterministic rebuilds the gazetteer twice into a
// temporary folder when the shared data is present.
func TestTrainGazetteerDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the shared data")
	}
	data := os.Getenv("NEWSGRAPH_DATA")
	if data == "" {
		data = filepath.Join("..", "..", "..", "shared", "data")
	}
	dir := t.TempDir()
	var outs [2][]byte
	for i := range outs {
		path := filepath.Join(dir, "g.tsv.gz")
		var out, errb bytes.Buffer
		if err := runTrain(context.Background(), []string{"gazetteer", "--data", data, "--out", path}, &out, &errb); err != nil {
			t.Fatalf("train gazetteer: %v\n%s", err, errb.String())
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		outs[i] = b
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two gazetteer builds differ")
	}
}
