package pipeline

import "testing"

// TestPlannerAgent: the person in apposition to "architect of" or
// "mastermind of" an attack is its AGENT; a planner noun with no name beside
// it adds no one.
func TestPlannerAgent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "name before the planner noun",
			text: "The militia refused to hand over its commander Abu Hamza al-Masri, architect of the March 2004 bombings against Spain.",
			want: []string{"ATTACK bombings [Abu Hamza al-Masri:AGENT Spain:PATIENT]"},
		},
		{
			name: "no name beside the planner noun",
			text: "Police said the architect of the March 2004 bombings against Spain had fled.",
			want: []string{"ATTACK bombings [Spain:PATIENT]"},
		},
	})
}
