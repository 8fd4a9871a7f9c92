package pipeline

import "testing"

// TestStrivenNoun: an agreement that a word of failing or striving governs
// is not told as reached; one reached, or reached after "were able to", is.
func TestStrivenNoun(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "unable to reach",
			text:   "Kenya and Uganda have been unable to reach agreement on the disputed island.",
			absent: []string{"AGREEMENT"},
		},
		{
			name:   "failed to reach",
			text:   "Kenya and Uganda failed to reach an agreement on the disputed island on Monday.",
			absent: []string{"AGREEMENT"},
		},
		{
			name:   "struggling to reach",
			text:   "Kenyan negotiators are struggling to reach a deal with Uganda on the disputed island.",
			absent: []string{"AGREEMENT"},
		},
		{
			name:   "negotiate with its neighbor to reach",
			text:   "Kenya will negotiate with its neighbor Uganda to reach an agreement on fishing rights.",
			absent: []string{"AGREEMENT"},
		},
		{
			name:   "not able to reach",
			text:   "Kenya and Uganda have not been able to reach an agreement on the disputed island.",
			absent: []string{"AGREEMENT"},
		},
		{
			name: "reached by a finite verb",
			text: "Kenya and Uganda reached an agreement on the disputed island on Monday.",
			want: []string{"AGREEMENT agreement [Kenya:PARTICIPANT Uganda:PARTICIPANT]"},
		},
	})
}
