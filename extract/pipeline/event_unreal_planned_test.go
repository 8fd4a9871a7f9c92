package pipeline

import "testing"

// TestPlanNounContentIsNotAnEvent: an event noun naming what a plan is
// about is not an act; the act told plainly is.
func TestPlanNounContentIsNotAnEvent(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Opposition leader Michael Howard accused Tony Blair of steamrolling the house arrest plans.", "-ARREST arrest"},
		{"Police arrested opposition leader Michael Howard in London on Monday.", "ARREST arrested"},
	})
}
