package pipeline

import "testing"

// TestSportsTourNoVisit: a team's tour in a story with a sport word is no
// VISIT; a leader's tour is.
func TestSportsTourNoVisit(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "rugby tour",
			text:   "The coach has named a young squad. Tom Croft, who recently joined Leicester, said he would be fit in time for the tour to South Africa.",
			absent: []string{"VISIT"},
		},
		{
			name: "leader's tour",
			text: "On the fourth day of his six-day tour of Africa, Chancellor Gordon Brown said debt relief must come first.",
			want: []string{"VISIT tour [Africa:PATIENT Gordon Brown:AGENT]"},
		},
	})
}
