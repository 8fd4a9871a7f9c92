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

// TestEvalNERPipeline scores the whole extractor on a small CoNLL document
// written for the test: a title is cut from the name, "Russian" is a
// nationality (MISC), so every gold span is found and typed right.
func TestEvalNERPipeline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.conll")
	doc := "-DOCSTART- -X- O O\n\n" +
		"Russian JJ I-NP I-MISC\nForeign NNP I-NP O\nMinister NNP I-NP O\nSergey NNP I-NP I-PER\nLavrov NNP I-NP I-PER\n" +
		"met VBD I-VP O\nJohn NNP I-NP I-PER\nKerry NNP I-NP I-PER\nin IN I-PP O\nParis NNP I-NP I-LOC\n. . O O\n"
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := runEval(context.Background(), []string{"ner", "--conll", path, "--pipeline"}, &out, &errb); err != nil {
		t.Fatalf("eval ner --pipeline: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "found: 4; correct: 4; gold: 4.") {
		t.Errorf("eval ner --pipeline on Lavrov meets Kerry:\n%s", out.String())
	}
	var ue cmdUsageError
	if err := runEval(context.Background(), []string{"ner", "--conll", path, "--pipeline", "--model", "x"}, &out, &errb); !errors.As(err, &ue) {
		t.Errorf("--pipeline with --model = %v; want a usage error", err)
	}
}
