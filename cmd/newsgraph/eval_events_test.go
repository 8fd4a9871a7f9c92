package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// allF1 reads the F1 column of the line starting with prefix.
func allF1(t *testing.T, out, prefix string) float64 {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, prefix) {
			f := strings.Fields(line)
			v, err := strconv.ParseFloat(f[len(f)-1], 64)
			if err != nil {
				t.Fatalf("bad line %q", line)
			}
			return v
		}
	}
	t.Fatalf("no %q line in:\n%s", prefix, out)
	return 0
}

func TestEvalEventsGold(t *testing.T) {
	var out, errb bytes.Buffer
	gold := filepath.Join("..", "..", "testdata", "events", "voa_gold.tsv")
	if err := runEval(context.Background(), []string{"events", "--gold", gold, "--split", "dev"}, &out, &errb); err != nil {
		t.Fatalf("eval events --gold: %v\n%s", err, errb.String())
	}
	if f1 := allF1(t, out.String(), "ALL (participants)"); f1 < 0.7 {
		t.Errorf("dev event F1 = %.3f; want at least 0.7\n%s", f1, out.String())
	}
	if !strings.Contains(out.String(), "dates to the day:") || !strings.Contains(out.String(), "type+sentence dates: to the day") {
		t.Errorf("no date lines for both matchings:\n%s", out.String())
	}
}

// TestEvalEventsGuards: --guards scores the events the guards removed and
// leaves the plain score as it was.
func TestEvalEventsGuards(t *testing.T) {
	gold := filepath.Join("..", "..", "testdata", "events", "voa_gold.tsv")
	var plain, out, errb bytes.Buffer
	if err := runEval(context.Background(), []string{"events", "--gold", gold, "--split", "dev"}, &plain, &errb); err != nil {
		t.Fatalf("eval events --gold: %v\n%s", err, errb.String())
	}
	if err := runEval(context.Background(), []string{"events", "--gold", gold, "--split", "dev", "--guards"}, &out, &errb); err != nil {
		t.Fatalf("eval events --gold --guards: %v\n%s", err, errb.String())
	}
	if !strings.HasPrefix(out.String(), plain.String()) {
		t.Errorf("--guards changed the score:\n%s\nwant it to begin with\n%s", out.String(), plain.String())
	}
	if !strings.Contains(out.String(), "guard viable:no-participant ") || !strings.Contains(out.String(), "guard fold:bare-noun ") {
		t.Errorf("no guard lines for the guards that drop events without participants and fold bare nouns:\n%s", out.String())
	}
}

// TestEvalEventsWikiEvents scores triggers on the WikiEvents development file
// beside the repository (../shared/data, as in CI).
func TestEvalEventsWikiEvents(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "wikievents", "dev.jsonl")
	if p := os.Getenv("NEWSGRAPH_DATA"); p != "" {
		path = filepath.Join(p, "wikievents", "dev.jsonl")
	}
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("WikiEvents not found: %v", err)
		}
		t.Skipf("WikiEvents not found at %s (set NEWSGRAPH_DATA)", path)
	}
	var out, errb bytes.Buffer
	if err := runEval(context.Background(), []string{"events", "--wikievents", path}, &out, &errb); err != nil {
		t.Fatalf("eval events --wikievents: %v\n%s", err, errb.String())
	}
	if f1 := allF1(t, out.String(), "ALL"); f1 < 0.59 {
		t.Errorf("WikiEvents trigger F1 = %.3f; want at least 0.59\n%s", f1, out.String())
	}
}

func TestEvalEventsUsageErrors(t *testing.T) {
	var out, errb bytes.Buffer
	for _, args := range [][]string{{"events"}, {"events", "--gold", "a", "--wikievents", "b"}, {"events", "--bogus"}, {"events", "--guards", "--wikievents", "b"}, {"events", "--gold", ", ,"}} {
		err := runEval(context.Background(), args, &out, &errb)
		var ue cmdUsageError
		if !errors.As(err, &ue) {
			t.Errorf("runEval(%q) = %v; want a usage error", args, err)
		}
	}
	if err := runEval(context.Background(), []string{"events", "--gold", "no-such-file.tsv"}, &out, &errb); err == nil {
		t.Errorf("eval events on a missing file = nil error; want one")
	}
}

// TestEvalEventsPooled: --gold A,B pools the two files into one score whose
// counts are the sums of each file's.
func TestEvalEventsPooled(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "events")
	a, b := filepath.Join(dir, "voa_dev4.tsv"), filepath.Join(dir, "voa_dev5.tsv")
	counts := func(gold string) (docs int, c [3]int) {
		t.Helper()
		var out, errb bytes.Buffer
		if err := runEval(context.Background(), []string{"events", "--gold", gold}, &out, &errb); err != nil {
			t.Fatalf("eval events --gold %s: %v\n%s", gold, err, errb.String())
		}
		for _, line := range strings.Split(out.String(), "\n") {
			f := strings.Fields(line)
			switch {
			case strings.HasSuffix(line, "published read as 2007-06-14"):
				docs, _ = strconv.Atoi(f[0])
			case strings.HasPrefix(line, "ALL (participants)"):
				for i := range c {
					c[i], _ = strconv.Atoi(f[2+i])
				}
			}
		}
		return docs, c
	}
	da, ca := counts(a)
	db, cb := counts(b)
	dp, cp := counts(a + "," + b)
	if da == 0 || db == 0 || dp != da+db {
		t.Errorf("documents: %d + %d, pooled %d", da, db, dp)
	}
	for i := range cp {
		if cp[i] != ca[i]+cb[i] {
			t.Errorf("pooled tp/fp/fn %v; want the sum of %v and %v", cp, ca, cb)
			break
		}
	}
}
