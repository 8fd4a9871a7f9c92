package pipeline

import "testing"

// TestWalkoutStrike pins a strike that its own words make a walkout
// (event_trig_walkout.go) and the author of an event noun told in the
// passive (event_args_byauthor.go); an air strike and a strike "on" a
// town stay attacks, and a protest "on" a ruling takes no one before "on".
func TestWalkoutStrike(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "on a hunger strike",
			text: "The jailed journalist Ahmed Karimi has been on a hunger strike for three weeks.",
			want: []string{"PROTEST strike [Ahmed Karimi:AGENT]"},
		},
		{
			name: "people on a hunger strike",
			text: "Officials met 30 Kurdish refugees on a hunger strike in a church in Brussels on Monday.",
			want: []string{"PROTEST strike [Kurdish:AGENT]"},
		},
		{
			name: "a strike called by",
			text: "The two-day strike in the port city of Karachi was called by Altaf Hussain.",
			want: []string{"PROTEST strike [Altaf Hussain:AGENT]"},
		},
		{
			name:   "a strike on a town",
			text:   "The army said the strike on the town killed four militants on Tuesday.",
			absent: []string{"PROTEST"},
		},
		{
			name:   "an air strike",
			text:   "A U.S. air strike hit a compound in Pakistan's tribal region on Monday.",
			absent: []string{"PROTEST"},
		},
	}
	checkEventCases(t, p, cases)
}
