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

// TestEvalEventsSecond: --second scores another labeller's file by the
// extractor's rule: a file agrees with itself completely, and one event left
// out and one participant changed cost exactly what they should.
func TestEvalEventsSecond(t *testing.T) {
	gold := filepath.Join("..", "..", "testdata", "events", "voa_dev4.tsv")
	data, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	run := func(second string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if err := runEval(context.Background(), []string{"events", "--gold", gold, "--second", second}, &out, &errb); err != nil {
			t.Fatalf("eval events --second %s: %v\n%s", second, err, errb.String())
		}
		return out.String()
	}
	self := run(gold)
	if !strings.Contains(self, "ALL (participants)    82     0     0   1.000   1.000   1.000") {
		t.Fatalf("a file against itself:\n%s", self)
	}
	// leave out the first event line and give the second one another party
	lines := strings.Split(string(data), "\n")
	events := 0
	var kept []string
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) >= 4 && !strings.HasPrefix(l, "#") {
			events++
			switch events {
			case 1:
				continue
			case 2:
				f[3] = "Nobody Named:AGENT"
				l = strings.Join(f, "\t")
			}
		}
		kept = append(kept, l)
	}
	second := filepath.Join(t.TempDir(), "second.tsv")
	if err := os.WriteFile(second, []byte(strings.Join(kept, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := run(second); !strings.Contains(out, "ALL (participants)    80     1     2 ") {
		t.Errorf("one event left out, one participant changed:\n%s", out)
	}
}

// TestEvalEventsSecondBadInput: --second needs --gold and does not go with
// --guards (usage errors); a missing file or a sentence the story does not
// have is an error naming the file.
func TestEvalEventsSecondBadInput(t *testing.T) {
	gold := filepath.Join("..", "..", "testdata", "events", "voa_dev4.tsv")
	for _, args := range [][]string{
		{"events", "--wikievents", "x.jsonl", "--second", gold},
		{"events", "--gold", gold, "--second", gold, "--guards"},
	} {
		var out, errb bytes.Buffer
		var ue cmdUsageError
		if err := runEval(context.Background(), args, &out, &errb); !errors.As(err, &ue) {
			t.Errorf("runEval(%q) = %v; want a usage error", args, err)
		}
	}
	data, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	first := strings.Index(string(data), "\ndoc ")
	line := strings.Index(string(data)[first+1:], "\n") + first + 2
	withBad := string(data)[:line] + "MEET\t999\ttalks\tA:PARTICIPANT; B:PARTICIPANT\t-\t-\n" + string(data)[line:]
	if err := os.WriteFile(bad, []byte(withBad), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, second := range []string{filepath.Join(t.TempDir(), "missing.tsv"), bad} {
		var out, errb bytes.Buffer
		err := runEval(context.Background(), []string{"events", "--gold", gold, "--second", second}, &out, &errb)
		if err == nil || !strings.Contains(err.Error(), filepath.Base(second)) {
			t.Errorf("--second %s: err %v; want an error naming the file", second, err)
		}
	}
}
