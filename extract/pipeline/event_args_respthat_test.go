package pipeline

import "testing"

// TestResponsibilityForThat: "claimed responsibility for that attack" names
// the attack's AGENT like "for the attack" (responsibilityFor read "that"
// as a preposition and stopped); a denial names no one.
func TestResponsibilityForThat(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "claimed for that attack",
			text: "Three Canadian soldiers were wounded on Sunday when a bomb exploded near their convoy west of Kandahar.\n\n" +
				"Taleban insurgents claimed responsibility for that attack.",
			want: []string{"ATTACK wounded [Canada:PATIENT Taleban:AGENT]"},
		},
		{
			name: "denied for that attack",
			text: "Three Canadian soldiers were wounded on Sunday when a bomb exploded near their convoy west of Kandahar.\n\n" +
				"Taleban insurgents denied responsibility for that attack.",
			want: []string{"ATTACK wounded [Canada:PATIENT]"},
		},
	})
}
