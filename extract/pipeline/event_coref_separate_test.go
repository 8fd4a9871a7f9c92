package pipeline

import "testing"

// TestOneSeparateAfter pins a verb report told apart by "in a separate
// incident" (event_coref_separate.go): kept as its own event, not dropped
// as a sum of several nor folded into the earlier killing; "in two separate
// ambushes" still sums up events and is not kept.
func TestOneSeparateAfter(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "killed in a separate incident",
			text: "Turkish troops shot dead a Kurdish rebel near the border on Monday.\n\nTwo Kurdish farmers were killed in a separate incident on Tuesday.",
			want: []string{"ATTACK killed [Kurdish:PATIENT]"},
		},
		{
			name: "kidnapped in a separate incident",
			text: "Police in Haiti said a Canadian nurse was kidnapped on Friday in a separate incident.",
			want: []string{"ATTACK kidnapped [Canada:PATIENT]"},
		},
		{
			name:   "killed in two separate ambushes",
			text:   "Officials said eight Afghan policemen were killed in two separate ambushes on Sunday.",
			absent: []string{"ATTACK killed"},
		},
	}
	checkEventCases(t, p, cases)
}
