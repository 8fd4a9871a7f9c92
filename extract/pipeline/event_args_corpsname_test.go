package pipeline

import "testing"

// TestCorpsPrefix: a corps named with its state in one name stands for the
// state the story names; a corps with no state in its name stays.
func TestCorpsPrefix(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a state's corps hit",
			text: "The U.S. military said a convoy was hit west of Ramadi. Three U.S. Marines were killed in combat on Saturday in the town of Haditha.",
			want: []string{"ATTACK killed [United States:PATIENT]"},
		},
		{
			name:   "a corps with no state in its name",
			text:   "Militants said on Saturday that they had attacked the Royal Marines in Helmand province.",
			absent: []string{"ATTACK attacked [United States:PATIENT]", "ATTACK attacked [Britain:PATIENT]"},
		},
	})
}
