package main

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/newsgraph/newsgraph/extract/pipeline"
)

// TestGoldFilesConsistent parses every labelled event file without running the extractor
// (so it may read the blind sets): each must parse, name only bundled stories, cite only
// paragraphs those stories have, and label no story that another file (or itself) already
// labels, since a story in two sets would leak a development story into a blind one.
func TestGoldFilesConsistent(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "events", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files found (%v)", err)
	}
	// Every gold file lies in one folder, so one lookup serves them all: the bundled
	// stories and the extra ones beside the files (voa-0351 on).
	docs, err := goldStories(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := docs["voa-0351"]; !ok {
		t.Errorf("%s not read: voa-0351 missing", extraStories)
	}
	paraBreak := regexp.MustCompile(`\n\n+`) // the scorer's paragraph rule (event_eval.go)
	paras := map[string]int{}
	for id, d := range docs {
		paras[id] = len(paraBreak.Split(d.Text, -1))
	}
	labelledIn := map[string]string{}
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		g, err := pipeline.ReadEventGold(f, path)
		f.Close()
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if g.Published == "" || len(g.Docs) == 0 {
			t.Errorf("%s: published %q, %d documents; want a published line and documents", path, g.Published, len(g.Docs))
		}
		for _, gd := range g.Docs {
			n, ok := paras[gd.ID]
			if !ok {
				t.Errorf("%s: %s is no bundled story", path, gd.ID)
				continue
			}
			if prev, dup := labelledIn[gd.ID]; dup {
				t.Errorf("%s: %s already labelled in %s", path, gd.ID, prev)
			}
			labelledIn[gd.ID] = filepath.Base(path)
			for _, ev := range gd.Events {
				if len(ev.Parts) == 0 {
					t.Errorf("%s:%d: %s %s has no participant", path, ev.Line, gd.ID, ev.Type)
				}
				for _, s := range ev.Sentences {
					if s < 0 || s >= n {
						t.Errorf("%s:%d: %s has %d paragraphs; sentence %d out of range", path, ev.Line, gd.ID, n, s)
					}
				}
			}
		}
	}
}
