package pipeline

import "testing"

// TestTripTo: the noun "trip" before "to" and a named place is a visit; a
// trip called off, and the verb "trip", are none.
func TestTripTo(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "trip to a capital",
			text: "Iranian President Mahmoud Ahmadinejad is expected to sign the agreement during a trip to Caracas next month.",
			want: []string{"VISIT trip [Caracas:PATIENT Mahmoud Ahmadinejad:AGENT]"},
		},
		{
			name:   "trip called off",
			text:   "Australian Foreign Minister Alexander Downer on Tuesday called off his trip to Fiji because of the unrest.",
			absent: []string{"VISIT trip"},
		},
		{
			name:   "verb",
			text:   "Analysts said the falling dollar could trip up exporters in Japan this year.",
			absent: []string{"VISIT"},
		},
	})
}
