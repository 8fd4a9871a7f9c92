package pipeline

import "testing"

// TestTourPlaces: the place of "a tour of X" is the place visited, not a
// visitor; "the arrival of a U.S. frigate" names who came.
func TestTourPlaces(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "tour of a country",
			text: "Japanese Emperor Akihito and Empress Michiko have begun a ten-day tour of Canada with a stop in Vancouver.",
			want: []string{"VISIT tour [Akihito:AGENT Canada:PATIENT Michiko:AGENT]"},
		},
		{
			name:   "arrival of a ship",
			text:   "Protesters in Odessa rallied against the arrival of a U.S. navy destroyer in the port on Tuesday.",
			absent: []string{"VISIT arrival [Odessa:PATIENT United States:PATIENT]"},
		},
	})
}
