package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

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
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text, Published: "2007-06-14"})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, ev := range a.Events {
			if ev.Type == "ATTACK" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("Analyze(%q): %d ATTACK events, want %d", c.text, n, c.want)
		}
	}
}
