package pipeline

import "testing"

// TestBeforeParts pins the readers of a participant named just before the
// trigger in its own noun phrase: each case is a short story written for
// the test.
func TestBeforeParts(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a body's members' meeting",
			text: "The new trade rules were approved at a NATO defense ministers' meeting in Brussels on Tuesday.",
			want: []string{"MEET meeting [NATO:PARTICIPANT]"},
		},
		{
			name:   "a conference named after a body nobody knows",
			text:   "The results were presented at a Georgetown University conference.",
			absent: []string{"MEET"},
		},
		{
			name: "a sportsman's injury",
			text: "Striker Peter Okonkwo will miss the rest of the season after suffering a severe ankle injury in training on Monday.",
			want: []string{"INJURY injury [Peter Okonkwo:PATIENT]"},
		},
		{
			// two people named: whose injury is not told
			name:   "two people",
			text:   "Coach Ian Moore said Tom Ridley was ruled out with a hamstring injury.",
			absent: []string{"INJURY"},
		},
		{
			name: "a counted crowd's protest",
			text: "At least 3,000 Bolivians staged a noisy protest in La Paz on Tuesday.",
			want: []string{"PROTEST protest [Bolivia:AGENT]"},
		},
		{
			name: "a state's act told with its",
			text: "Mauritania recalled its ambassador from Ethiopia on Monday to protest its offensive in the border region.",
			want: []string{"ATTACK offensive [Ethiopia:AGENT]"},
		},
	}
	checkEventCases(t, p, cases)
}
