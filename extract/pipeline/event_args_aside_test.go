package pipeline

import "testing"

// TestElectionWinnerAsideSwept: a contest verb's subject before an aside
// set off by commas, and the antecedent of "which swept to power in ...
// elections", take part in the election.
func TestElectionWinnerAsideSwept(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "subject past an aside",
			text: "The Unity Party, long banned by the army, wrested control of the legislature from the ruling Reform Party in parliamentary elections last month.",
			want: []string{"ELECTION elections [Reform Party:PARTICIPANT Unity Party:PARTICIPANT]"},
		},
		{
			name: "which swept to power",
			text: "The Unity Party, which swept to power in parliamentary elections in May, said it would cut taxes.",
			want: []string{"ELECTION elections [Unity Party:PARTICIPANT]"},
		},
	})
}
