package pipeline

import "testing"

// TestLateCandidates: a rival named in a later sentence that lateRepeats
// folds into the election is one of its candidates.
func TestLateCandidates(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{{
		name: "rival in a late-folded sentence",
		text: "Peruvian presidential candidate Maria Lopez remains the front-runner for Sunday's runoff election, as the final day of campaigning draws to a close.\n\n" +
			"Poll results issued Thursday suggest the socialist Lopez will get some 45 percent of the vote on Sunday, compared to 40 percent for her rival, businessman Carlos Mendoza.",
		want: []string{"ELECTION runoff [Carlos Mendoza:PARTICIPANT Maria Lopez:PARTICIPANT]"},
	}})
}
