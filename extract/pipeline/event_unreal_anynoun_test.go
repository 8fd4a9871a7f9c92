package pipeline

import "testing"

// TestAnyNounIsNoEvent: an event noun after "any" or "no" names a kind of
// event; the same noun with its own determiner and a day is one.
func TestAnyNounIsNoEvent(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Diplomats said they saw no signs of an intention to impose any broad sanctions against Japan.", "-SANCTION sanctions"},
		{"The European Union imposed broad sanctions against Burma on Monday.", "SANCTION imposed"},
		{"Israel says a Syrian attack on the Golan Heights killed two Israeli soldiers on Monday.", "ATTACK attack"},
	})
}
