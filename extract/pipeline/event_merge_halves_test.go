package pipeline

import "testing"

// TestAttackHalves pins an attack whose attacker one clause names and whose
// victims the next clause of the sentence names as one event with both.
// The stories are written for the test.
func TestAttackHalves(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "attacker, then victims",
			text: "Taleban fighters fired rockets at the police post on Tuesday, and two Afghan officers were killed.",
			want: []string{"ATTACK fired [Afghanistan:PATIENT Taleban:AGENT]"},
		},
		{
			name: "while clause",
			text: "Hezbollah fighters shelled the town on Tuesday, while the blast wounded Israeli soldiers.",
			want: []string{"ATTACK shelled [Hezbollah:AGENT Israel:PATIENT]"},
		},
		{
			name: "dead and wounded of one blast",
			text: "Three Iraqi civilians were killed and two American soldiers were wounded when a car bomb exploded in Kirkuk on Monday.",
			want: []string{"ATTACK killed and [Iraq:PATIENT United States:PATIENT]"},
		},
	})
}
