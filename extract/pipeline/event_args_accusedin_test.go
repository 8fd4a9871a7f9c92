package pipeline

import "testing"

// TestInvolvedAccused: an attack held against a named accused through an
// involvement phrase or a bare "in" is the accused's; a failure to stop
// attacks is no part in them.
func TestInvolvedAccused(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "accused in the bombing",
			text: "Peru's government has accused Abimael Guzman in the 1992 bombing of a Lima bank that killed 25 people.",
			want: []string{"ATTACK bombing [Abimael Guzman:AGENT]"},
		},
		{
			name: "accused of being involved in",
			text: "The chief prosecutor accused Mugisha of being involved in two grenade attacks in the capital in March.",
			want: []string{"ATTACK attacks [Mugisha:AGENT]"},
		},
		{
			name:   "a failure to stop attacks",
			text:   "The opposition accused Mugisha of failing to prevent two grenade attacks in the capital in March.",
			absent: []string{"ATTACK attacks [Mugisha:AGENT]"},
		},
	})
}
