package pipeline

import "testing"

// TestEventDatesSixteenthPossessiveWeekday: an event named by a weekday in
// the possessive after a past day of the same sentence ("police Friday
// detained ... over Thursday's bombing") is the one before that day (timex
// possessiveAt), not the published Thursday.
func TestEventDatesSixteenthPossessiveWeekday(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "possessive weekday after a past day",
			text: "Afghan police on Friday arrested three men in connection with Thursday's attack on the Indian embassy in Kabul.",
			want: []string{"ATTACK attack=2007-06-07@0"},
		},
		{
			// near: no day named before it, the published Thursday
			name: "possessive weekday alone",
			text: "Afghan police have arrested three men in connection with Thursday's attack on the Indian embassy in Kabul.",
			want: []string{"ATTACK attack=2007-06-14@0"},
		},
	})
}
