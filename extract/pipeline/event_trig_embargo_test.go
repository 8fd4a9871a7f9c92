package pipeline

import "testing"

// TestEmbargoHeld pins embargoHeld (event_trig_embargo.go, twenty-first
// session, threat22): an embargo named with the country it is aimed at is a
// SANCTION of its owner; one with no target named is left alone.
func TestEmbargoHeld(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "owner's embargo against a country",
			text: "The 16-year European Union arms embargo against China has strained ties with Beijing.",
			want: []string{"SANCTION embargo [China:PATIENT European Union:AGENT]"},
		},
		{
			name: "a country under an embargo",
			text: "Iraq has been under a United Nations trade embargo since 1990, officials said.",
			want: []string{"SANCTION embargo [Iraq:PATIENT United Nations:AGENT]"},
		},
		{
			name: "imposed an embargo on a country",
			text: "Washington imposed a trade embargo on Cuba in 1962.",
			want: []string{"SANCTION embargo [Cuba:PATIENT Washington:AGENT]"},
		},
		{
			name:   "an embargo with no target",
			text:   "Investigators say the militias have repeatedly violated the arms embargo.",
			absent: []string{"SANCTION"},
		},
	}
	checkEventCases(t, p, cases)
}
