package pipeline

import "testing"

// TestReportVerbPronoun pins the pronoun after a verb of reporting as the
// reporter itself, and leaves a participle of saying to the pronoun's own
// reading. Each case is a short story written for the test.
func TestReportVerbPronoun(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "reports it has",
			text: "The Russian military reports it has detained a Chechen rebel commander, Doku Umarov, in Grozny.",
			want: []string{"ARREST detained [Doku Umarov:PATIENT Russia:AGENT]"},
		},
		{
			name: "confirmed it had",
			text: "The Sri Lankan navy confirmed it had arrested a rebel commander, Sivanesan Soosai, near Trincomalee.",
			want: []string{"ARREST arrested [Sivanesan Soosai:PATIENT Sri Lanka:AGENT]"},
		},
	})
}
