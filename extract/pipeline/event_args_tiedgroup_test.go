package pipeline

import "testing"

// TestTiedGroup: people arrested or sentenced for their ties to a group, as
// its members after a shifted "to death", or in an operation against it,
// make the group the PATIENT; ties to a country, and a plain "raid" with no
// group, do not.
func TestTiedGroup(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "people with links to a group",
			text: "Jordanian authorities have detained seven men with suspected links to Hamas, officials said Monday.",
			want: []string{"ARREST detained [Hamas:PATIENT Jordan:AGENT]"},
		},
		{
			name: "ties to a country: no group",
			text: "Jordanian authorities have detained seven men with suspected links to Syria, officials said Monday.",
			want: []string{"ARREST detained [Jordan:AGENT]"},
		},
		{
			name: "members after a shifted to death",
			text: "An Indonesian court has sentenced to death three members of the Jemaah Islamiyah militant network.",
			want: []string{"SENTENCE sentenced [Indonesia:AGENT Jemaah Islamiyah:PATIENT]"},
		},
		{
			name: "a crackdown on a group",
			text: "Saudi police have arrested 40 suspects in an al-Qaida crackdown in the capital.",
			want: []string{"ARREST arrested [Saudi Arabia:AGENT al-Qaida:PATIENT]"},
		},
		{
			name: "a crackdown named by no group",
			text: "Saudi police have arrested 40 suspects in a security crackdown in the capital.",
			want: []string{"ARREST arrested [Saudi Arabia:AGENT]"},
		},
	})
}
