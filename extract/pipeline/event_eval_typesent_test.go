package pipeline

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestScoreMarksTypeSentFPs checks the note on false events: a spurious one
// (no gold event of its type in its sentences), a repeat of a matched one,
// and one right by type and sentence with the wrong participants (no note).
func TestScoreMarksTypeSentFPs(t *testing.T) {
	text := "Kerry met Lavrov.\n\nPutin met Hollande.\n\nThe council met."
	g := GoldDoc{ID: "t", Events: []GoldEvent{
		{Type: "MEET", Sentences: []int{0}, Parts: []GoldPart{{Names: []string{"Kerry"}}, {Names: []string{"Lavrov"}}}},
		{Type: "MEET", Sentences: []int{1}, Parts: []GoldPart{{Names: []string{"Putin"}}, {Names: []string{"Hollande"}}}},
	}}
	ent := func(id, name string) extract.Entity { return extract.Entity{ID: id, Name: name} }
	parts := func(ids ...string) []extract.Participant {
		var ps []extract.Participant
		for _, id := range ids {
			ps = append(ps, extract.Participant{Entity: id})
		}
		return ps
	}
	ev := func(from, to int, ids ...string) extract.Event {
		return extract.Event{Type: "MEET", Trigger: "met", Participants: parts(ids...), Evidence: []extract.Evidence{{Start: from, End: to}}}
	}
	a := &extract.Analysis{
		Entities: []extract.Entity{ent("e1", "Kerry"), ent("e2", "Lavrov"), ent("e3", "Putin"), ent("e4", "Hollande"), ent("e5", "Council")},
		Events: []extract.Event{
			ev(0, 17, "e1", "e2"), // right
			ev(0, 17, "e1"),       // a second report of the matched meeting
			ev(19, 38, "e3"),      // right sentence, a participant missed
			ev(40, 56, "e5"),      // no gold meeting in that sentence
		},
	}
	s := NewEventScore()
	s.Score(g, text, a)
	var fps []string
	for _, e := range s.Errors {
		if strings.Contains(e, " FP ") {
			fps = append(fps, e)
		}
	}
	want := []string{
		`t FP MEET "met" [Kerry:] sentences [0] [type+sent: repeat]`,
		`t FP MEET "met" [Putin:] sentences [1]`,
		`t FP MEET "met" [Council:] sentences [2] [type+sent: no gold]`,
	}
	if strings.Join(fps, "\n") != strings.Join(want, "\n") {
		t.Errorf("FP lines:\n%s\nwant:\n%s", strings.Join(fps, "\n"), strings.Join(want, "\n"))
	}
}
