package pipeline

import "testing"

// TestClauseRepeats: two triggers of one act in one clause, read with no
// participant in common, are one event; two acts told in two clauses of a
// sentence stay two.
func TestClauseRepeats(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"Israeli troops shot and killed two Palestinians near the border fence at the Sufa crossing on Tuesday.", 1},
		{"Israeli troops shot two Palestinian gunmen near the Sufa crossing on Tuesday after Hamas militants killed an Israeli farmer.", 2},
	} {
		if n := typeCount(t, p, c.text, "ATTACK"); n != c.want {
			t.Errorf("Analyze(%q): %d ATTACK events, want %d", c.text, n, c.want)
		}
	}
}
