package pipeline

import "testing"

// TestAccusedAgent pins the one accused, charged or blamed as the agent of
// the hostile act named after "of", "for" or "on charges of", through a
// gerund ("for planning the attacks") and on a phrase that names its
// people only by their country ("two Peruvian men"). Each case is a
// sentence written for the test.
func TestAccusedAgent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "blamed for planning the attacks, present tense",
			text: "Kenyan officials blame Abdullah Hassan for orchestrating last year's bombings in Mombasa.",
			want: []string{"ATTACK bombings [Abdullah Hassan:AGENT]"},
		},
		{
			name: "indicted on charges of a gerund act",
			text: "A federal grand jury indicted two Peruvian men on charges of kidnapping a Chilean businessman in Lima.",
			want: []string{"ATTACK kidnapping [Chile:PATIENT Peru:AGENT]"},
		},
		{
			name: "accused of a gerund act, the accused named by country",
			text: "The rebels accused Chadian army helicopters of bombing their positions.",
			want: []string{"ATTACK bombing [Chad:AGENT]"},
		},
	})
}
