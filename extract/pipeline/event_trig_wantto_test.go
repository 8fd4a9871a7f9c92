package pipeline

import "testing"

// TestWantedTo pins event_trig_wantto.go: "X want(s) NP to VERB" with a
// party as NP is a DEMAND of X on it; a thing wanted for a purpose, a
// negated want, a poll and a status wished for stay out. Sentences written
// for the test.
func TestWantedTo(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "a state wants another to act", text: "Portugal wants Angola to redirect its oil revenues.",
			want: []string{"DEMAND wants [Angola:PATIENT Portugal:AGENT]"}},
		{name: "a leader wants a group of parties to act", text: "Chancellor Werner Brandt wants European leaders to approve the budget.",
			want: []string{"DEMAND wants [European:PATIENT Werner Brandt:AGENT]"}},
		{name: "a thing wanted for a purpose", text: "Chancellor Werner Brandt wants more money to build roads.",
			absent: []string{"DEMAND"}},
		{name: "a negated want", text: "Portugal does not want Angola to release the journalists.",
			absent: []string{"DEMAND"}},
		{name: "a status wished for", text: "Portugal wants Angola to remain a partner.",
			absent: []string{"DEMAND"}},
		{name: "a poll", text: "Most voters in Portugal want Angola to release the journalists, a poll says.",
			absent: []string{"DEMAND"}},
	})
}
