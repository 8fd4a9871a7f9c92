package pipeline

import (
	"bytes"
	"context"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

var fuzzPipeline = sync.OnceValues(New)

// FuzzEvents: any valid text gives an analysis whose events point at its own
// entities and at spans inside the text; reading arguments never panics
// (Analyze would turn a panic into an error, which fails here).
func FuzzEvents(f *testing.F) {
	for _, s := range []string{
		"Egyptian police have arrested at least 16 members of the opposition Muslim Brotherhood.",
		"The two presidents met Friday to try to mend ties between their countries.",
		"Japan's Foreign Minister, Nobutaka Machimura, arrives Sunday in Beijing for talks with his Chinese counterpart, Li Zhaoxing.",
		"He was placed under house arrest in Islamabad, but not jailed.",
		"An Algerian man goes on trial Monday in France.\n\nProsecutors say Rachid Ramda helped fund three bombings.",
		"the the the met met with , , and and 's of by to",
		"",
	} {
		f.Add(s, "2007-06-14")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		p, err := fuzzPipeline()
		if err != nil {
			t.Fatal(err)
		}
		a, err := p.Analyze(context.Background(), extract.Document{Text: text, Published: published})
		if err != nil {
			t.Fatalf("Analyze(%q) = %v", text, err)
		}
		ids := map[string]bool{}
		for _, e := range a.Entities {
			ids[e.ID] = true
		}
		n := utf8.RuneCountInString(text)
		for _, ev := range a.Events {
			for _, pt := range ev.Participants {
				if !ids[pt.Entity] {
					t.Errorf("event %s names unknown entity %q", ev.Type, pt.Entity)
				}
			}
			if ev.Location != "" && !ids[ev.Location] {
				t.Errorf("event %s placed at unknown entity %q", ev.Type, ev.Location)
			}
			for _, x := range ev.Evidence {
				if x.Start < 0 || x.End > n || x.Start > x.End {
					t.Errorf("event %s evidence %d-%d outside the text (%d code points)", ev.Type, x.Start, x.End, n)
				}
			}
		}
		if _, err := p.Triggers(context.Background(), extract.Document{Text: text}); err != nil {
			t.Fatalf("Triggers(%q) = %v", text, err)
		}
	})
}

// FuzzReadEventGold: the gold reader returns an error or a gold set, never panics.
func FuzzReadEventGold(f *testing.F) {
	f.Add("published 2007-06-14\ndoc voa-0001 split=dev\nMEET\t0,1\tmet\tA|B:PARTICIPANT; C?:AGENT\tParis\t2014-03-30\n")
	f.Add("doc x\nMEET\t\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := ReadEventGold(bytes.NewBufferString(in), "fuzz.tsv")
		if err == nil && g == nil {
			t.Fatal("nil gold without an error")
		}
	})
}
