package pipeline

import (
	"fmt"

	"github.com/newsgraph/newsgraph/extract"
)

// Labeller agreement.
//
// The event targets are set on labels two careful people might not agree
// on: which sentences report one event, which named parties an event has
// when the text leaves one implicit ("Iraqi police say a bomber attacked a
// checkpoint"), whether a plan is an event. How far two labellers agree,
// scored by the same rule that scores the extractor, is an upper bound on
// what any extractor can reach against either of them. AnalysisOfGold
// turns a second labeller's events into an Analysis so that EventScore
// compares them with the first labeller's as it compares the extractor's
// (`newsgraph eval events --gold FIRST --second SECOND`).

// AnalysisOfGold is the Analysis a second labeller's events for one document
// amount to: each event with its type, trigger, date and one evidence span
// per labelled sentence (text is the document, for the paragraph offsets),
// each required participant an entity named by all its alternatives, and
// its place an entity too. Optional participants are left out: the label
// says an extractor may leave them out.
func AnalysisOfGold(g GoldDoc, text string) (*extract.Analysis, error) {
	starts := paragraphs(text)
	a := &extract.Analysis{DocID: g.ID}
	entity := func(names []string, typ string) string {
		id := fmt.Sprintf("g%d", len(a.Entities)+1)
		a.Entities = append(a.Entities, extract.Entity{ID: id, Name: names[0], Type: typ, Aliases: names})
		return id
	}
	for _, ge := range g.Events {
		ev := extract.Event{Type: ge.Type, Trigger: ge.Trigger, Date: ge.Date}
		for _, si := range ge.Sentences {
			if si < 0 || si >= len(starts) {
				return nil, fmt.Errorf("%s line %d: sentence %d, but the story has %d paragraphs", g.ID, ge.Line, si, len(starts))
			}
			ev.Evidence = append(ev.Evidence, extract.Evidence{Sentence: si, Start: starts[si], End: starts[si]})
		}
		for _, gp := range ge.Parts {
			if gp.Optional || len(gp.Names) == 0 {
				continue
			}
			ev.Participants = append(ev.Participants, extract.Participant{Entity: entity(gp.Names, ""), Role: gp.Role})
		}
		if len(ge.Location) > 0 {
			ev.Location = entity(ge.Location, extract.Location)
		}
		a.Events = append(a.Events, ev)
	}
	return a, nil
}
