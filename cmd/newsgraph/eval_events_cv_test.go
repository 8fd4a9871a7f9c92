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

// TestEvalEventsCV runs the leave-one-set-out table over five of the sets
// (two marked tuned: the full fourteen take minutes) and checks that it is
// one table: a row per set, pooled rows that sum them (all, untuned,
// tuned), and learned columns equal to the rules' wherever the fold's
// model switched every part off.
func TestEvalEventsCV(t *testing.T) {
	var out, errb bytes.Buffer
	dir := filepath.Join("..", "..", "testdata", "events")
	sets := []string{"voa_gold.tsv", "voa_dev4.tsv", "voa_dev6.tsv", "voa_dev8.tsv", "voa_dev14.tsv"}
	tuned := map[string]bool{"voa_gold": true, "voa_dev4": true}
	if err := runEval(context.Background(), []string{"events", "--cv", "--dir", dir, "--sets", strings.Join(sets, ","),
		"--tuned", "voa_gold.tsv,voa_dev4.tsv"}, &out, &errb); err != nil {
		t.Fatalf("eval events --cv: %v\n%s", err, errb.String())
	}
	const nv = 4 // rules, +filter, +fill, +all
	// "name | tp/fp/fn P R tp-fp | ... (nv columns)"
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
	type row [nv][3]int
	rows := map[string]row{}
	sums := map[string]row{}
	for _, line := range strings.Split(out.String(), "\n") {
		cols := strings.Split(line, "|")
		if len(cols) != nv+1 || strings.HasPrefix(line, "held out") {
			continue
		}
		var r row
		for v := range r {
			r[v] = counts(cols[v+1])
		}
		name := strings.TrimSpace(cols[0])
		switch name {
		case "POOLED", "untuned", "tuned (*)":
			sums[name] = r
			continue
		}
		if tuned[strings.TrimSuffix(name, "*")] != strings.HasSuffix(name, "*") {
			t.Errorf("row %q: want a star exactly on the sets marked tuned", name)
		}
		rows[strings.TrimSuffix(name, "*")] = r
	}
	if len(rows) != len(sets) {
		t.Fatalf("want %d held-out rows, got %d:\n%s", len(sets), len(rows), out.String())
	}
	want := map[string]row{}
	for name, r := range rows {
		group := "untuned"
		if tuned[name] {
			group = "tuned (*)"
		}
		for _, g := range []string{"POOLED", group} {
			w := want[g]
			for v := range r {
				for i := range 3 {
					w[v][i] += r[v][i]
				}
			}
			want[g] = w
		}
	}
	for _, g := range []string{"POOLED", "untuned", "tuned (*)"} {
		if sums[g] != want[g] {
			t.Errorf("%s row %v is not the sum of its sets' rows %v", g, sums[g], want[g])
		}
	}
	for _, line := range strings.Split(out.String(), "\n") {
		name, parts, ok := strings.Cut(strings.TrimSpace(line), ": ")
		if !ok || parts != "fill off, re-read off, filter off" {
			continue
		}
		if r, ok := rows[name]; ok && (r[1] != r[0] || r[2] != r[0] || r[3] != r[0]) {
			t.Errorf("%s: every learned part off, yet the columns differ: %v", name, r)
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
