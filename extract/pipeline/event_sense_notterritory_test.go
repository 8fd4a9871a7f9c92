package pipeline

import "testing"

// TestNotTerritory: control of a firm, a controlling stake and a "take"
// with no place are no OCCUPY; control of a town still is.
func TestNotTerritory(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "a controlling stake",
			text:   "Norton Holdings, which owns 30 pct of Delmar's shares, took a controlling interest in the group last year.",
			absent: []string{"OCCUPY"},
		},
		{
			name:   "control of a firm",
			text:   "The Federal Savings Board said it took control of the North Texas Trust Company on Friday.",
			absent: []string{"OCCUPY"},
		},
		{
			name:   "control with no object and no place",
			text:   "Harold Gibbs said the firm is stronger now than when he took control two years ago.",
			absent: []string{"OCCUPY"},
		},
		{
			name: "control of a town",
			text: "Hamas fighters took control of Gaza City on Thursday.",
			want: []string{"OCCUPY took [Hamas:AGENT]"},
		},
	})
}
