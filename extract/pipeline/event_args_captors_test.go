package pipeline

import "testing"

// TestCaptorsThreat: captors no one names make the threat they utter
// against a named hostage; a danger to a named party with no maker stays
// dropped.
func TestCaptorsThreat(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"In a video aired Monday, the kidnappers threatened to kill Italian journalist Marco Rossi unless Italy withdraws its troops.", "THREATEN threatened"},
		{"The new disease threatened to kill Italian journalist Marco Rossi within a week, doctors said.", "-THREATEN threatened"},
	})
}
