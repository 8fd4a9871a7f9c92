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

func TestEvalSyntax(t *testing.T) {
	data := os.Getenv("NEWSGRAPH_DATA")
	if data == "" {
		data = filepath.Join("..", "..", "..", "shared", "data")
	}
	var out, errb bytes.Buffer
	if err := runEval(context.Background(), []string{"syntax", "--ud", filepath.Join(data, "ud_english_ewt")}, &out, &errb); err != nil {
		t.Fatalf("eval syntax: %v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "dev ") || !strings.HasPrefix(lines[1], "test ") {
		t.Fatalf("eval syntax printed %q; want a dev and a test line", out.String())
	}
	for _, want := range []string{"UPOS", "UAS", "LAS", "words/s"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("eval syntax output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestSyntaxUsageErrors(t *testing.T) {
	ctx := context.Background()
	var out, errb bytes.Buffer
	if err := runEval(ctx, []string{"syntax", "--bogus"}, &out, &errb); !errors.As(err, new(cmdUsageError)) {
		t.Errorf("eval syntax --bogus = %v; want a usage error", err)
	}
	if err := runTrain(ctx, []string{"syntax", "--seed", "x"}, &out, &errb); !errors.As(err, new(cmdUsageError)) {
		t.Errorf("train syntax --seed x = %v; want a usage error", err)
	}
	missing := filepath.Join(t.TempDir(), "no-treebank")
	if err := runEval(ctx, []string{"syntax", "--ud", missing}, &out, &errb); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("eval syntax on a missing folder = %v; want a not-exist error", err)
	}
	if err := runTrain(ctx, []string{"syntax", "--ud", missing, "--out", filepath.Join(t.TempDir(), "m.bin")}, &out, &errb); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("train syntax on a missing folder = %v; want a not-exist error", err)
	}
}
