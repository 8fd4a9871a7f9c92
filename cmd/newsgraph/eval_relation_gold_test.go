package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/pipeline"
)

// relGoldRanges are the news relation gold files, the stories each labels
// (every one gets a doc line, with or without relations) and their split.
var relGoldRanges = map[string]struct {
	split       string
	first, last int
}{
	"voa_rel_dev.tsv":  {"reldev", 591, 630},
	"voa_rel_held.tsv": {"relheld", 671, 710},
}

// TestRelationGoldConsistent parses the news relation gold files without running
// the extractor: each names only known stories, every story of its range once,
// paragraphs the story has, and ends and titles the story writes (one
// alternative of each must occur in its text, which catches a misspelt name
// that would otherwise read as a miss forever).
func TestRelationGoldConsistent(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "relations", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no relation gold files found (%v)", err)
	}
	docs, err := relGoldStories(files[0])
	if err != nil {
		t.Fatal(err)
	}
	paraBreak := regexp.MustCompile(`\n\n+`) // the event scorer's paragraph rule
	labelledIn := map[string]string{}
	seen := map[string]bool{}
	for _, path := range files {
		base := filepath.Base(path)
		seen[base] = true
		want, ok := relGoldRanges[base]
		if !ok {
			t.Errorf("%s: not in relGoldRanges; add its range and split", path)
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		gds, err := pipeline.ReadRelationGold(f, path)
		f.Close()
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		got := map[string]bool{}
		for _, gd := range gds {
			got[gd.ID] = true
			if gd.Split != want.split {
				t.Errorf("%s: %s has split=%s; want split=%s", path, gd.ID, gd.Split, want.split)
			}
			d, ok := docs[gd.ID]
			if !ok {
				t.Errorf("%s: %s is no known story", path, gd.ID)
				continue
			}
			if prev, dup := labelledIn[gd.ID]; dup {
				t.Errorf("%s: %s already labelled in %s", path, gd.ID, prev)
			}
			labelledIn[gd.ID] = base
			n := len(paraBreak.Split(d.Text, -1))
			text := strings.ToLower(d.Text)
			written := func(alts []string) bool {
				for _, a := range alts {
					if strings.Contains(text, strings.ToLower(a)) {
						return true
					}
				}
				return false
			}
			for _, r := range gd.Rels {
				for _, p := range r.Paras {
					if p < 0 || p >= n {
						t.Errorf("%s:%d: %s has %d paragraphs; paragraph %d out of range", path, r.Line, gd.ID, n, p)
					}
				}
				for what, alts := range map[string][]string{"source": r.Source, "target": r.Target, "title": r.Titles} {
					if len(alts) > 0 && !written(alts) {
						t.Errorf("%s:%d: %s: no %s alternative of %q occurs in the story", path, r.Line, gd.ID, what, alts)
					}
				}
			}
		}
		for i := want.first; i <= want.last; i++ {
			if id := fmt.Sprintf("voa-%04d", i); !got[id] {
				t.Errorf("%s: %s has no doc line; the file labels voa-%04d..voa-%04d", path, id, want.first, want.last)
			}
		}
		if len(got) != want.last-want.first+1 {
			t.Errorf("%s: %d stories; want %d", path, len(got), want.last-want.first+1)
		}
	}
	for base := range relGoldRanges {
		if !seen[base] {
			t.Errorf("%s missing from testdata/relations", base)
		}
	}
}
