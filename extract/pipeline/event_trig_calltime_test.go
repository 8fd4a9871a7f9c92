package pipeline

import "testing"

// TestCallOverTime pins "call" with a time word before its preposition as
// an appeal (event_trig_calltime.go), with the quantifier before the one
// asked (event_args_askedclause.go); the near sentences are a phone call
// and a naming. Sentences written for the test.
func TestCallOverTime(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "a day between the verb and for", text: "Kenyan President Mwai Kibaki called Wednesday for all Kenyans to remain calm.",
			want: []string{"APPEAL called [Kenya:PATIENT Mwai Kibaki:AGENT]"}},
		{name: "again, then on X to", text: "Egypt called again on Israel to reopen the crossings into Gaza.",
			want: []string{"APPEAL called [Egypt:AGENT Israel:PATIENT]"}},
		{name: "a day and a phrase of how", text: "Senator John McCain called Sunday in a television interview for more troops in Iraq.",
			want: []string{"APPEAL called [John McCain:AGENT]"}},
		{name: "a phone call on a day", text: "Mr. Bush called Tuesday on the telephone from Texas.",
			absent: []string{"APPEAL"}},
		{name: "a thing called a name", text: "The group he founded in 2001 is called Justice for All.",
			absent: []string{"APPEAL"}},
	})
}
