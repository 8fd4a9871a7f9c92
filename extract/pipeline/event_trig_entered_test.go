package pipeline

import "testing"

// TestForcesEntered pins forces entering a country (event_trig_entered.go)
// and leaves raids on towns and companies entering agreements alone.
func TestForcesEntered(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "troops entered a country",
			text: "Rwandan troops entered Congo in 1998 to pursue Hutu militias.",
			want: []string{"OCCUPY entered [Congo:PATIENT Rwanda:AGENT]"},
		},
		{
			name:   "forces entered a town",
			text:   "Israeli forces entered the town of Jenin on Thursday and searched several houses.",
			absent: []string{"OCCUPY"},
		},
		{
			name:   "entered into an agreement",
			text:   "Dillard Department Stores and Allied Stores said they entered a definitive purchase agreement.",
			absent: []string{"OCCUPY"},
		},
	}
	checkEventCases(t, p, cases)
}
