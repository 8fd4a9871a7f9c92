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
			text: "The rebels accused Chadian army helicopters of bombing their positions in Darfur.",
			want: []string{"ATTACK bombing [Chad:AGENT]"},
		},
		{
			name: "a warrant for the accused, then the act",
			text: "A court in Lima has refused to issue an arrest warrant for former President Alberto Ruiz and six others for the 1985 massacre of farmers.",
			want: []string{"ATTACK massacre [Alberto Ruiz:AGENT]"},
		},
		{
			name: "charges against the accused related to the act",
			text: "Judges in May dismissed murder charges against Mr. Alberto Ruiz related to the 1986 killings of students.",
			want: []string{"ATTACK killings [Alberto Ruiz:AGENT]"},
		},
	})
}
