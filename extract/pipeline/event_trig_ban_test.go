package pipeline

import "testing"

// TestCountryBanned pins a ban aimed at a country (event_trig_ban.go) and
// leaves bans on things with no country alone.
func TestCountryBanned(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "ban on arms sales to a country",
			text: "Italian officials on Monday criticised the European Union's ban on weapons sales to China.",
			want: []string{"SANCTION ban [China:PATIENT European Union:AGENT]"},
		},
		{
			name:   "a ban on a thing",
			text:   "Supporters of the ban on gun sales in Brazil said voters distrust the police.",
			absent: []string{"SANCTION"},
		},
	}
	checkEventCases(t, p, cases)
}
