package pipeline

import "testing"

// TestPartlessCandidates: an election nothing else named takes the
// candidates its own sentence tells; a share of the vote with no election
// told before makes no election of its own, and a sentence naming no
// candidate gives none.
func TestPartlessCandidates(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a candidate noun before the name",
			text: "The governor has endorsed opposition candidate Carlos Mendoza to win the November election.",
			want: []string{"ELECTION election [Carlos Mendoza:PARTICIPANT]"},
		},
		{
			name: "a candidate after a verb of backing",
			text: "The ruling party on Friday backed Mr. Mendoza as its candidate in presidential elections expected within 60 days.",
			want: []string{"ELECTION elections [Mendoza:PARTICIPANT]"},
		},
		{
			name: "a share of the vote is a count, not an election",
			text: "Candidate Carlos Mendoza, who has about eight percent of the vote, has called for an investigation.",
			want: nil,
		},
		{
			name: "a forecast of a win names no candidate",
			text: "A poll in Monday's Times showed the Conservatives could win a solid majority of 90 seats in Parliament in the next general election.",
			want: nil,
		},
	})
}
