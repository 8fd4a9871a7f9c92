package main

import (
	"fmt"
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
	for _, id := range []string{"voa-0351", "voa-1870", "voa-2030", "voa-2190", "voa-2350", "voa-2510", "voa-2670", "voa-2830", "voa-2990"} {
		if _, ok := docs[id]; !ok {
			t.Errorf("%s not read: %s missing", extraStories, id)
		}
	}
	paraBreak := regexp.MustCompile(`\n\n+`) // the scorer's paragraph rule (event_eval.go)
	paras := map[string]int{}
	for id, d := range docs {
		paras[id] = len(paraBreak.Split(d.Text, -1))
	}
	labelledIn := map[string]string{}
	seen := map[string]bool{}
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
		base := filepath.Base(path)
		seen[base] = true
		want, ranged := devRanges[base]
		got := map[string]bool{}
		for _, gd := range g.Docs {
			if ranged {
				got[gd.ID] = true
				if gd.Split != want.split {
					t.Errorf("%s: %s has split=%s; want split=%s", path, gd.ID, gd.Split, want.split)
				}
			}
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
		if ranged {
			// A story left out would read as "no events" to nobody: every story of
			// the range gets a doc line, even when it has no event in scope.
			for i := want.first; i <= want.last; i++ {
				if id := fmt.Sprintf("voa-%04d", i); !got[id] {
					t.Errorf("%s: %s has no doc line; the file labels %s..voa-%04d", path, id, fmt.Sprintf("voa-%04d", want.first), want.last)
				}
			}
			if len(got) != want.last-want.first+1 {
				t.Errorf("%s: %d stories; want %d (voa-%04d..voa-%04d)", path, len(got), want.last-want.first+1, want.first, want.last)
			}
		}
	}
	for base := range devRanges {
		if !seen[base] {
			t.Errorf("%s missing from testdata/events", base)
		}
	}
}

// devRanges are the development sets that label a whole run of stories, with the
// split their doc lines carry. The blind sets are left out on purpose: they are
// parsed above, but nobody writes their story lists into a test.
var devRanges = map[string]struct {
	split       string
	first, last int
}{
	"voa_dev6.tsv":  {"dev6", 351, 390},
	"voa_dev7.tsv":  {"dev7", 471, 510},
	"voa_dev8.tsv":  {"dev8", 511, 550},
	"voa_dev9.tsv":  {"dev9", 551, 590},
	"voa_dev10.tsv": {"dev10", 591, 630},
	"voa_dev11.tsv": {"dev11", 631, 670},
	"voa_dev12.tsv": {"dev12", 671, 710},
	"voa_dev13.tsv": {"dev13", 711, 750},
	"voa_dev14.tsv": {"dev14", 751, 790},
	"voa_dev15.tsv": {"dev15", 791, 830},
	"voa_dev16.tsv": {"dev16", 831, 870},
	"voa_dev17.tsv": {"dev17", 871, 910},
	"voa_dev18.tsv": {"dev18", 911, 950},
	"voa_dev19.tsv": {"dev19", 951, 990},
	"voa_dev20.tsv": {"dev20", 991, 1030},
	"voa_dev21.tsv": {"dev21", 1031, 1070},
	"voa_dev22.tsv": {"dev22", 1071, 1110},
	"voa_dev23.tsv": {"dev23", 1111, 1150},
	"voa_dev24.tsv": {"dev24", 1151, 1190},
	"voa_dev25.tsv": {"dev25", 1191, 1230},
	"voa_dev26.tsv": {"dev26", 1231, 1270},
	"voa_dev27.tsv": {"dev27", 1271, 1310},
	"voa_dev28.tsv": {"dev28", 1311, 1350},
	"voa_dev29.tsv": {"dev29", 1351, 1390},
	"voa_dev30.tsv": {"dev30", 1391, 1430},
	"voa_dev31.tsv": {"dev31", 1431, 1470},
	"voa_dev32.tsv": {"dev32", 1471, 1510},
	"voa_dev33.tsv": {"dev33", 1511, 1550},
	"voa_dev34.tsv": {"dev34", 1551, 1590},
	"voa_dev35.tsv": {"dev35", 1591, 1630},
	"voa_dev36.tsv": {"dev36", 1631, 1670},
	"voa_dev37.tsv": {"dev37", 1671, 1710},
	"voa_dev38.tsv": {"dev38", 1711, 1750},
	"voa_dev39.tsv": {"dev39", 1751, 1790},
	"voa_dev40.tsv": {"dev40", 1791, 1830},
	"voa_dev41.tsv": {"dev41", 1831, 1870},
	"voa_dev42.tsv": {"dev42", 1871, 1910},
	"voa_dev43.tsv": {"dev43", 1911, 1950},
	"voa_dev44.tsv": {"dev44", 1951, 1990},
	"voa_dev45.tsv": {"dev45", 1991, 2030},
	"voa_dev46.tsv": {"dev46", 2031, 2070},
	"voa_dev47.tsv": {"dev47", 2071, 2110},
	"voa_dev48.tsv": {"dev48", 2111, 2150},
	"voa_dev49.tsv": {"dev49", 2151, 2190},
	"voa_dev50.tsv": {"dev50", 2191, 2230},
	"voa_dev51.tsv": {"dev51", 2231, 2270},
	"voa_dev52.tsv": {"dev52", 2271, 2310},
	"voa_dev53.tsv": {"dev53", 2311, 2350},
	"voa_dev54.tsv": {"dev54", 2351, 2390},
	"voa_dev55.tsv": {"dev55", 2391, 2430},
	"voa_dev56.tsv": {"dev56", 2431, 2470},
	"voa_dev57.tsv": {"dev57", 2471, 2510},
	"voa_dev58.tsv": {"dev58", 2511, 2550},
	"voa_dev59.tsv": {"dev59", 2551, 2590},
	"voa_dev60.tsv": {"dev60", 2591, 2630},
	"voa_dev61.tsv": {"dev61", 2631, 2670},
	"voa_dev62.tsv": {"dev62", 2671, 2710},
	"voa_dev63.tsv": {"dev63", 2711, 2750},
	"voa_dev64.tsv": {"dev64", 2751, 2790},
	"voa_dev65.tsv": {"dev65", 2791, 2830},
	"voa_dev66.tsv": {"dev66", 2831, 2870},
	"voa_dev67.tsv": {"dev67", 2871, 2910},
	"voa_dev68.tsv": {"dev68", 2911, 2950},
	"voa_dev69.tsv": {"dev69", 2951, 2990},
}
