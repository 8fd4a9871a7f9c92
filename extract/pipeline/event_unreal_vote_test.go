package pipeline

import "testing"

// TestPreparedVote: a vote a country prepares for is scheduled, and real;
// an offensive troops prepare for has not happened.
func TestPreparedVote(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "preparing for elections",
			text: "Peru is preparing for nationwide parliamentary elections in April, and officials have warned of unrest.",
			want: []string{"ELECTION elections [Peru:PARTICIPANT]"},
		},
		{
			name:   "preparing for an offensive",
			text:   "Peruvian troops are preparing for a new offensive against the rebels in April.",
			absent: []string{"ATTACK"},
		},
	})
}
