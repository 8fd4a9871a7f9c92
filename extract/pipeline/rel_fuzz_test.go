package pipeline

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

// FuzzAnalyzeRelations checks that any text analyses without error and that every
// relation, quote and mention points at real text of the input.
func FuzzAnalyzeRelations(f *testing.F) {
	for _, s := range []string{
		"Sergey Lavrov, Russia's foreign minister, met John Kerry in Paris.",
		"the Russian foreign minister, Sergey Lavrov",
		"Marie Ferraro, 50, of Bethany, Conn., was shot. He said",
		"NC1404123794 Cairo AL-AHALI Moscow March",
		"\"We will,\" he said. He told reporters that",
		"Fred Demler , metals economist with Drexel Burnham Lambert Inc. in New York",
		", , of the",
		"He",
		"X, a member of the",
	} {
		f.Add(s)
	}
	p, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a, err := p.Analyze(context.Background(), extract.Document{Text: text})
		if err != nil {
			t.Fatalf("Analyze(%q) = %v", text, err)
		}
		runes := []rune(text)
		ids := map[string]bool{}
		for _, e := range a.Entities {
			ids[e.ID] = true
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(runes) || m.Start >= m.End || string(runes[m.Start:m.End]) != m.Text {
					t.Errorf("Analyze(%q): mention %+v does not match the text", text, m)
				}
			}
		}
		for _, r := range a.Relations {
			if !ids[r.Source] || !ids[r.Target] || r.Source == r.Target {
				t.Errorf("Analyze(%q): relation %s %s -> %s names no entity pair", text, r.Type, r.Source, r.Target)
			}
			for _, ev := range r.Evidence {
				if ev.Start < 0 || ev.End > len(runes) || string(runes[ev.Start:ev.End]) != ev.Text {
					t.Errorf("Analyze(%q): evidence %+v does not match the text", text, ev)
				}
			}
		}
		for _, q := range a.Quotes {
			if !ids[q.Speaker] || q.Start < 0 || q.End > len(runes) || q.Start > q.End {
				t.Errorf("Analyze(%q): quote %+v is out of range", text, q)
			}
		}
	})
}
