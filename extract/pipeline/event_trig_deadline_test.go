package pipeline

import "testing"

// TestDeadlineSet pins deadlineSet (event_trig_deadline.go, twenty-second
// session, notrig23): a deadline a named side set for another to act is a
// DEMAND of the setter on the side bound; a deadline with no setter named,
// or with no act asked, is none.
func TestDeadlineSet(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a setter modifying the noun, the bound after for",
			text: "A March 15 European Union deadline for Serbia to hand over the suspects is drawing near.",
			want: []string{"DEMAND deadline [European Union:AGENT Serbia:PATIENT]"},
		},
		{
			name: "set by a named side",
			text: "Fighting continued before a May 1 deadline set by Kenya for Ugandan rebels to disarm.",
			want: []string{"DEMAND deadline [Kenya:AGENT Uganda:PATIENT]"},
		},
		{
			name: "the subject of a verb that misses it",
			text: "Syria missed a NATO deadline to withdraw its troops.",
			want: []string{"DEMAND deadline [NATO:AGENT Syria:PATIENT]"},
		},
		{
			name:   "no setter named",
			text:   "Iraq's lawmakers worked to finish the constitution ahead of the August 15 deadline to submit it.",
			absent: []string{"DEMAND"},
		},
		{
			name:   "no act asked",
			text:   "Chile set a June deadline for the receipt of bids from Japan.",
			absent: []string{"DEMAND deadline"},
		},
	}
	checkEventCases(t, p, cases)
}
