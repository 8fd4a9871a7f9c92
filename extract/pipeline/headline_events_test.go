package pipeline

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestHeadlineEvents runs the product brief's example sentences, and others
// like them about other people, through the whole pipeline as documents of
// their own (published Sunday 2014-03-30): both people must come out as
// persons and take part in the one event, dated where the sentence says when.
// The tagger once left a sentence-initial surname out ("Kerry meets Lavrov")
// and typed bare surnames as places or organizations (Putin LOCATION).
func TestHeadlineEvents(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, typ, date string
		people          []string
	}{
		{"Kerry meets Lavrov in Paris on Sunday.", "MEET", "2014-03-30", []string{"Kerry", "Lavrov"}},
		{"Kerry and Lavrov met in Paris.", "MEET", "", []string{"Kerry", "Lavrov"}},
		{"Obama and Putin talk by phone on Friday.", "PHONE_CALL", "2014-03-28", []string{"Obama", "Putin"}},
		{"Merkel and Hollande met in Berlin on Saturday.", "MEET", "2014-03-29", []string{"Merkel", "Hollande"}},
		{"Abbas and Netanyahu talk by phone on Friday.", "PHONE_CALL", "2014-03-28", []string{"Abbas", "Netanyahu"}},
		{"Erdogan meets Rouhani in Tehran on Sunday.", "MEET", "2014-03-30", []string{"Erdogan", "Rouhani"}},
	} {
		a, err := p.Analyze(context.Background(), extract.Document{ID: "h", Text: c.text, Published: "2014-03-30"})
		if err != nil {
			t.Fatal(err)
		}
		byID := map[string]extract.Entity{}
		var ents []string
		for _, e := range a.Entities {
			byID[e.ID] = e
			ents = append(ents, e.Name+"/"+e.Type)
		}
		for _, name := range c.people {
			if !slices.Contains(ents, name+"/"+extract.Person) {
				t.Errorf("%q: no person %s; entities %v", c.text, name, ents)
			}
		}
		var evs []string
		found := false
		for _, ev := range a.Events {
			var parts []string
			for _, pa := range ev.Participants {
				parts = append(parts, byID[pa.Entity].Name)
			}
			evs = append(evs, ev.Type+" "+ev.Date+" "+strings.Join(parts, ","))
			if ev.Type != c.typ || ev.Date != c.date {
				continue
			}
			all := true
			for _, name := range c.people {
				all = all && slices.Contains(parts, name)
			}
			found = found || all
		}
		if !found {
			t.Errorf("%q: no %s event dated %q with %v; events %q", c.text, c.typ, c.date, c.people, evs)
		}
	}
}
