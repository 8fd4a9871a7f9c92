package pipeline

import "testing"

// TestAccidentTold pins deaths in accidents read as DEATH, not ATTACK
// (event_trig_accident.go), and leaves a killing with force told alone.
func TestAccidentTold(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name:   "killed in a crash",
			text:   "Four Nigerian soldiers were killed in a helicopter crash near Abuja on Monday.",
			want:   []string{"DEATH killed [Nigeria:PATIENT]"},
			absent: []string{"ATTACK"},
		},
		{
			name:   "killed by a bomb",
			text:   "Four Nigerian soldiers were killed by a roadside bomb near Maiduguri on Monday.",
			absent: []string{"DEATH"},
		},
	}
	checkEventCases(t, p, cases)
}
