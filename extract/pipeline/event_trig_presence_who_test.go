package pipeline

import "testing"

// TestPresentInMore: "who is in X." at the end of a sentence and a past
// "was in X" dated by the words after it are trips; a past stay with no
// date after it is not.
func TestPresentInMore(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "relative clause ending the sentence",
			text: "The minister resigned after a phone call with Prime Minister Yasuo Fukuda, who is in Beijing.",
			want: []string{"VISIT is in [Beijing:PATIENT Yasuo Fukuda:AGENT]"},
		},
		{
			name:   "relative clause after a name with no office",
			text:   "Maria Sharapova, who is also in Dubai, said she backed equal prize money.",
			absent: []string{"VISIT"},
		},
		{
			name: "past stay dated",
			text: "Mr. Karzai was in Pakistan last week, as the two neighbors try to mend their ties.",
			want: []string{"VISIT was in [Karzai:AGENT Pakistan:PATIENT]"},
		},
		{
			name:   "past stay undated",
			text:   "Mr. Karzai was in Pakistan in the 1980s, when he raised money for the resistance.",
			absent: []string{"VISIT"},
		},
	})
}
