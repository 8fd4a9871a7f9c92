package pipeline

import "testing"

// TestAgentOpen pins the maker the "and" readers give a verb of asking
// whose own object they already read (event_args_agentopen.go), and the
// shapes that still give none; the sentences are made up in the shape of
// news.
func TestAgentOpen(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{name: "object read, maker joined by and", text: "Human Rights Watch has voiced alarm over the killing of a radio reporter, and called on President Gloria Arroyo to order an inquiry.",
			want: []string{"APPEAL called [Gloria Arroyo:PATIENT Human Rights Watch:AGENT]"}},
		{name: "said and urged", text: "Greece said on Friday it would defend its rights in the Aegean and urged Turkey to accept arbitration.",
			want: []string{"APPEAL urged [Greece:AGENT Turkey:PATIENT]"}},
		{name: "a modal keeps the plan unreal", text: "Amnesty International will publish a report on Friday and urge Egypt to free the bloggers.",
			absent: []string{"APPEAL urge [Amnesty International:AGENT Egypt:PATIENT]"}},
		{name: "a relative clause's verbs", text: "Activists who marched through Cairo and urged Egypt to free the bloggers were detained by police.",
			absent: []string{"APPEAL urged [Egypt:PATIENT Cairo:AGENT]", "APPEAL urged [Cairo:AGENT Egypt:PATIENT]"}},
	}
	checkEventCases(t, p, cases)
}
