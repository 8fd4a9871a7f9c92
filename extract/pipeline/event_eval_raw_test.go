package pipeline

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestScoreReadsMissClasses: each miss is put in the class its trigger reads say.
func TestScoreReadsMissClasses(t *testing.T) {
	text := "Police arrested two men.\n\nThey may attack.\n\nRebels attacked a post.\n\nNothing here."
	g := GoldDoc{ID: "x", Events: []GoldEvent{
		{Type: "ARREST", Sentences: []int{0}},
		{Type: "ATTACK", Sentences: []int{1}},
		{Type: "ATTACK", Sentences: []int{2}},
		{Type: "MEET", Sentences: []int{3}},
	}}
	reads := []TriggerRead{
		{Type: "ARREST", CharStart: 0},
		{Type: "ATTACK", CharStart: 26, Unreal: true, Parts: 1},
		{Type: "ATTACK", CharStart: 44, Parts: 1},
		{Type: "ARREST", CharStart: 69}, // another type: no trigger of MEET's
	}
	s := NewEventScore()
	s.ScoreReads(g, text, &extract.Analysis{}, reads)
	want := map[string]int{MissNoPart: 1, MissUnreal: 1, MissGuard: 1, MissNoTrigger: 1}
	for k, n := range want {
		if s.Misses[k] != n {
			t.Errorf("misses %q = %d, want %d (all: %v)", k, s.Misses[k], n, s.Misses)
		}
	}
}
