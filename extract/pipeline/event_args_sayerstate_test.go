package pipeline

import "testing"

// TestSayerState: a state, or its army or ministry, that reports an arrest
// told with no agent made it; not when the clause names another country,
// and not when a person reports it.
func TestSayerState(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an army reports a passive arrest",
			text: "Kenya's army said Sunday that more than 40 gunmen had been detained in a security sweep near the border.",
			want: []string{"ARREST detained [Kenya:AGENT]"},
		},
		{
			name: "a ministry reports the arrest of a group's members",
			text: "Jordan's Interior Ministry says 25 members of the Islamic Action Front were arrested overnight.",
			want: []string{"ARREST arrested [Islamic Action Front:PATIENT Jordan:AGENT]"},
		},
		{
			name:   "another country in the clause",
			text:   "Kenya's army said Sunday that more than 40 gunmen had been detained in Somalia.",
			absent: []string{"ARREST detained [Kenya:AGENT]"},
		},
		{
			name:   "a person reports",
			text:   "Kenyan Ambassador John Mwangi said Sunday that more than 40 gunmen had been detained.",
			absent: []string{"ARREST detained [Kenya:AGENT]"},
		},
	})
}
