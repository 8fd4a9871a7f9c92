package pipeline

import "testing"

// TestPassivePair: a second participle under one passive auxiliary ("was
// shot and killed") shares the first's subject and voice: one attack on the
// one shot, not a second attack by the one reporting it. An active pair
// ("captured and killed a commander") keeps its doer.
func TestPassivePair(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The Iraqi army said Tuesday that a Marine was shot and killed Monday near Fallujah."
	if n := typeCount(t, p, text, "ATTACK"); n != 1 {
		t.Errorf("%q: %d ATTACK events (%q); want 1", text, n, eventLines(t, p, text))
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "active pair",
			text: "The U.S. military said Tuesday that its soldiers captured and killed a Taleban commander.",
			want: []string{"ATTACK killed [Taleban:PATIENT United States:AGENT]"},
		},
	})
}
