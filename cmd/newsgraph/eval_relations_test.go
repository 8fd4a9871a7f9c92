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

// A hand-written CoNLL04-format fixture: one relation the extractor must find.
const conll04Fixture = `[
 {"tokens": ["Fred", "Demler", ",", "an", "economist", "with", "Goldman", "Sachs", ",", "said", "prices", "fell", "."],
  "tags": ["B-Peop", "L-Peop", "O", "O", "O", "O", "B-Org", "L-Org", "O", "O", "O", "O", "O"],
  "relations": [{"head": 0, "tail": 1, "type": "Work_For"}]},
 {"tokens": ["The", "storm", "hit", "Aiken", ",", "S.C.", ",", "on", "Monday", "."],
  "tags": ["O", "O", "O", "U-Loc", "O", "U-Loc", "O", "O", "O", "O"],
  "relations": [{"head": 0, "tail": 1, "type": "Located_In"}]}
]`

func TestEvalRelationsFixture(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fixture.json")
	if err := os.WriteFile(path, []byte(conll04Fixture), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := runEval(context.Background(), []string{"relations", "--conll04", path}, &out, &errb); err != nil {
		t.Fatalf("eval relations: %v\n%s", err, errb.String())
	}
	for _, want := range []string{"Work_For", "Live_In", "Located_In", "OrgBased_In", "Kill", "micro"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("eval output lacks %q:\n%s", want, out.String())
		}
	}
	// Both relations are found with exact spans: micro recall 1.
	for _, line := range strings.Split(out.String(), "\n") {
		if f := strings.Fields(line); len(f) == 7 && f[0] == "micro" && f[2] != "1.0000" {
			t.Errorf("micro recall = %s; want 1.0000\n%s", f[2], out.String())
		}
	}
}

func TestEvalRelationsUsage(t *testing.T) {
	ctx := context.Background()
	var out, errb bytes.Buffer
	for _, args := range [][]string{{"relations"}, {"relations", "--bogus"}, {"relations", "--conll04"}} {
		var ue cmdUsageError
		if err := runEval(ctx, args, &out, &errb); !errors.As(err, &ue) {
			t.Errorf("runEval(%q) = %v; want a usage error", args, err)
		}
	}
	err := runEval(ctx, []string{"relations", "--conll04", filepath.Join(t.TempDir(), "missing.json")}, &out, &errb)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("eval relations on a missing file = %v; want a not-exist error", err)
	}
}
