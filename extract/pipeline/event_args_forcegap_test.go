package pipeline

import "testing"

// TestForceAcrossGap: a police force is the subject of an arrest across a
// participle phrase, a day phrase or a first verb joined by "and"; a
// relative clause between leaves the arrest to the force's own verb.
func TestForceAcrossGap(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "participle phrase after the subject",
			text: "Spanish police investigating a string of arson attacks have arrested four young men in Valencia.",
			want: []string{"ARREST arrested [Spain:AGENT]"},
		},
		{
			name: "a day phrase after the subject",
			text: "Greek police on Saturday detained 30 people after clashes near the stadium.",
			want: []string{"ARREST detained [Greece:AGENT]"},
		},
		{
			name: "second verb joined by and",
			text: "Later in the same area, Egyptian security forces fatally shot two smugglers at a checkpoint and arrested two others.",
			want: []string{"ARREST arrested [Egypt:AGENT]"},
		},
		{
			name:   "a relative clause between: not across it",
			text:   "Spanish police who searched the flat of a man wanted for fraud later arrested four young men.",
			absent: []string{"ARREST"},
		},
	})
}
