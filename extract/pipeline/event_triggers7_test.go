package pipeline

import "testing"

// TestEventTriggers7 pins the trigger mechanisms of the seventh session
// (trigger-level misses on dev4, voa_gold and blind2 classified by cause:
// missing from the lexicon, CAMEO codes typed outside the inventory, filters
// turning away real events). Each sentence is written for the test.
func TestEventTriggers7(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			// CAMEO's "call * (FOR &INVESTIGATION) [090]" codes what is asked
			// for; the inventory codes the asking
			name: "called for an investigation",
			text: "Opposition leader Juan Perez has called for an investigation into reports of fraud by the Chilean government.",
			want: []string{"APPEAL called [Juan Perez:AGENT]"},
		},
	}
	checkEventCases(t, p, cases)
}
