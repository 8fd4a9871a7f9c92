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

// TestEvalDates runs the date harness over a small dated JSONL file written
// here (Reuters text stays out of the repository) and checks that each dated
// event is printed with its date, the publication day and its evidence.
func TestEvalDates(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	lines := `{"id": "n1", "published": "2007-06-14", "text": "Iraqi police arrested Ali Hassan in Baghdad on Monday."}
{"id": "n2", "published": "2007-06-14", "text": "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Condoleezza Rice in Moscow yesterday."}
not json: a bad line is reported and skipped
{"id": "n3", "published": "2007-06-14", "text": "Nothing happened here."}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := runEval(context.Background(), []string{"dates", "--input", in, "--sample", "10"}, &out, &errb); err != nil {
		t.Fatalf("eval dates: %v\n%s", err, errb.String())
	}
	got := out.String()
	for _, want := range []string{
		"3 documents, 2 dated events, 0 undated, 1 inputs skipped",
		"n1|ARREST|arrested|s0\tdate 2007-06-11 (day)\tpublished 2007-06-14 Thu",
		"n2|MEET|met|s0\tdate 2007-06-13 (day)",
		"    s0: Iraqi police arrested Ali Hassan in Baghdad on Monday.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("eval dates output lacks %q:\n%s", want, got)
		}
	}
	if !strings.Contains(errb.String(), "news.jsonl:3: invalid JSON") {
		t.Errorf("eval dates did not name the bad line:\n%s", errb.String())
	}
	var ue cmdUsageError
	if err := runEval(context.Background(), []string{"dates"}, &out, &errb); !errors.As(err, &ue) {
		t.Errorf("eval dates without --input = %v; want a usage error", err)
	}
}
