package pipeline

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestScorePossessiveGoldName: a gold participant written only as a
// possessive ("Congo's") matches the entity its mention names ("Congo"),
// and the bare form never widens to a different name ("Congolese").
func TestScorePossessiveGoldName(t *testing.T) {
	text := "Congo's army attacked rebels on Monday."
	g := GoldDoc{ID: "t", Events: []GoldEvent{
		{Type: "ATTACK", Sentences: []int{0}, Parts: []GoldPart{{Names: []string{"Congo's"}, Role: "AGENT"}}},
	}}
	for _, c := range []struct {
		name   string
		entity string
		tp     int
	}{
		{"bare form of the possessive", "Congo", 1},
		{"another name", "Congolese", 0},
	} {
		a := &extract.Analysis{
			Entities: []extract.Entity{{ID: "e1", Name: c.entity}},
			Events: []extract.Event{{Type: "ATTACK", Trigger: "attacked",
				Participants: []extract.Participant{{Entity: "e1", Role: "AGENT"}},
				Evidence:     []extract.Evidence{{Start: 0, End: len(text)}}}},
		}
		s := NewEventScore()
		s.Score(g, text, a)
		if got := s.typ("ATTACK").TP; got != c.tp {
			t.Errorf("%s: entity %q: tp %d, want %d", c.name, c.entity, got, c.tp)
		}
	}
	for in, want := range map[string]string{"congo's": "congo", "philippines'": "philippines", "congo": "congo", "'s": "'s"} {
		if got := possessiveBase(in); got != want {
			t.Errorf("possessiveBase(%q) = %q, want %q", in, got, want)
		}
	}
}
