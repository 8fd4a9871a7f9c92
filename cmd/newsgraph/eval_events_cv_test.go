package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEvalEventsCV runs the leave-one-set-out table and checks that it is
// one table: a row per development set, a pooled row that sums them, and a
// learned column equal to the rules' wherever the fold's model switched
// every part off.
func TestEvalEventsCV(t *testing.T) {
	var out, errb bytes.Buffer
	dir := filepath.Join("..", "..", "testdata", "events")
	if err := runEval(context.Background(), []string{"events", "--cv", "--dir", dir}, &out, &errb); err != nil {
		t.Fatalf("eval events --cv: %v\n%s", err, errb.String())
	}
	// "name events | tp/fp/fn P R F1 | tp/fp/fn P R F1 | ..."
	countsRE := regexp.MustCompile(`(\d+)/\s*(\d+)/\s*(\d+)`)
	counts := func(col string) [3]int {
		m := countsRE.FindStringSubmatch(col)
		if m == nil {
			t.Fatalf("bad counts %q", col)
		}
		var c [3]int
		for i := range c {
			c[i], _ = strconv.Atoi(m[i+1])
		}
		return c
	}
	rows := map[string][2][3]int{}
	var pooled [2][3]int
	for _, line := range strings.Split(out.String(), "\n") {
		cols := strings.Split(line, "|")
		if len(cols) != 4 || strings.HasPrefix(line, "held out") {
			continue
		}
		r := [2][3]int{counts(cols[1]), counts(cols[2])}
		name := strings.Fields(cols[0])[0]
		if name == "POOLED" {
			pooled = r
			continue
		}
		rows[name] = r
	}
	if len(rows) != len(devEventSets) {
		t.Fatalf("want %d held-out rows, got %d:\n%s", len(devEventSets), len(rows), out.String())
	}
	var sum [2][3]int
	for _, r := range rows {
		for k := 0; k < 2; k++ {
			for i := 0; i < 3; i++ {
				sum[k][i] += r[k][i]
			}
		}
	}
	if sum != pooled {
		t.Errorf("pooled %v is not the sum of the rows %v", pooled, sum)
	}
	for _, line := range strings.Split(out.String(), "\n") {
		name, parts, ok := strings.Cut(strings.TrimSpace(line), ": ")
		if !ok || parts != "fill off, re-read off, filter off" {
			continue
		}
		if r, ok := rows[name]; ok && r[0] != r[1] {
			t.Errorf("%s: every learned part off, yet rules %v and rules+learned %v differ", name, r[0], r[1])
		}
	}
}

func TestLoadEventSetsRefusesBlindSets(t *testing.T) {
	// the check comes before the file is opened: a blind set is never read
	for _, n := range []string{"voa_blind3.tsv", "voa_blind6.tsv"} {
		if _, err := loadEventSets(filepath.Join("..", "..", "testdata", "events"), []string{n}, nil); err == nil || !strings.Contains(err.Error(), "blind") {
			t.Errorf("%s: want a refusal naming it blind, got %v", n, err)
		}
	}
}
