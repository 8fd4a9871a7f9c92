package pipeline

import "testing"

// TestCountryInSentence pins a bare "the country" after a two-party
// event's trigger as the country its sentence named just before, other
// than the actor's own, and leaves it alone when the sentence names no
// other country. Sentences written for the test.
func TestCountryInSentence(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "invaded the country after the country's people",
			text: "Thousands of Afghan refugees fled after Soviet troops invaded the country in 1979.",
			want: []string{"OCCUPY invaded [Afghanistan:PATIENT Soviet Union:AGENT]"},
		},
		{
			name:   "the country of the actor's title is the actor's side",
			text:   "Argentine Economy Minister Roberto Lavagna began negotiations with the country's creditor banks in New York.",
			absent: []string{"NEGOTIATE negotiations [Argentina:PARTICIPANT Roberto Lavagna:PARTICIPANT]"},
		},
		{
			name: "only the actor's own country before it",
			text: "Soviet troops invaded the country in 1979.",
			want: []string{"OCCUPY invaded [Soviet Union:AGENT]"},
		},
	})
}
