package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestPopularOuster: a ruler brought down by a rebellion, a revolt or
// protests, no one named doing it, is a RESIGNATION of the ruler; a coup,
// a named doer, a former office and a thing toppled are not.
func TestPopularOuster(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"The former soldiers helped lead the two-week rebellion that ousted President Marc Ravalomanana in March.", "RESIGNATION ousted"},
		{"Mr. Ravalomanana fled to South Africa after he was toppled in March during massive street protests that killed 40 people.", "RESIGNATION toppled"},
		{"Mr. Ravalomanana has lived in exile since he was forced out of office in March after an armed uprising.", "RESIGNATION forced"},
		// near sentences: a coup is an ATTACK, a named doer and a former office no ouster told now
		{"Mr. Ravalomanana was toppled in March in a military coup during massive street protests.", "-RESIGNATION toppled"},
		{"The country has had no government since 1991, when warlords overthrew dictator Mohamed Siad Barre.", "-RESIGNATION overthrew"},
		{"Protesters gathered outside the home of ousted President Marc Ravalomanana during the rebellion.", "-RESIGNATION ousted"},
		{"The storm toppled trees during the unrest in the capital.", "-RESIGNATION toppled"},
	})
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.Analyze(context.Background(), extract.Document{Text: "The former soldiers helped lead the two-week rebellion that ousted President Marc Ravalomanana in March.", Published: "2007-06-14"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ev := range a.Events {
		if ev.Type != "RESIGNATION" {
			continue
		}
		for _, pt := range ev.Participants {
			for _, e := range a.Entities {
				if e.ID == pt.Entity && e.Name == "Marc Ravalomanana" && pt.Role == "PATIENT" {
					found = true
				}
			}
		}
	}
	if !found {
		t.Errorf("the rebellion's ouster: want Marc Ravalomanana as the RESIGNATION's PATIENT in %+v", a.Events)
	}
}
