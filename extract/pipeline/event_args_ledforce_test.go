package pipeline

import "testing"

// TestLedForce: troops or a government an "X-led" compound names act for X;
// an act's own noun after the compound is left to ledBy.
func TestLedForce(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "NATO-led troops as the subject",
			text: "NATO says NATO-led troops killed six militants in Helmand province on Sunday.",
			want: []string{"ATTACK killed [NATO:AGENT]"},
		},
		{
			name: "a Hamas-led government as the subject",
			text: "Hamas won the vote in January.\n\nThe Hamas-led government has arrested six Fatah members in Gaza.",
			want: []string{"ARREST arrested [Fatah:PATIENT Hamas:AGENT]"},
		},
		{
			name:   "near: a NATO-backed force is not NATO",
			text:   "NATO says NATO-backed troops killed six militants in Helmand province on Sunday.",
			absent: []string{"ATTACK killed [NATO:AGENT]"},
		},
	})
}
