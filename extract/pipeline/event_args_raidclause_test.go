package pipeline

import "testing"

// TestRaidClause pins the subject of the clause a raid stands in as the
// raid's AGENT, and leaves the passive victims and an infinitive's practice
// alone. Each case is a sentence written for the test.
func TestRaidClause(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "detained during raids",
			text: "Kenyan police have detained more than 30 people during raids in the port city.",
			want: []string{"ATTACK raids [Kenya:AGENT]"},
		},
		{
			name:   "passive victims do not raid",
			text:   "Five people were killed during a raid on a house in the capital.",
			absent: []string{"ATTACK raid"},
		},
	})
}
