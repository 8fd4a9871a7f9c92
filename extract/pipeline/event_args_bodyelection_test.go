package pipeline

import "testing"

// TestBodyElections: an election nothing else named, in a sentence that
// tells the country's own government, is that country's; the same sentence
// naming a second country (a foreign observer) gives none.
func TestBodyElections(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the country's own government",
			text: "The Bolivian government has received $20 million in aid to prepare for elections later this year.",
			want: []string{"ELECTION elections [Bolivia:PARTICIPANT]"},
		},
		{
			name:   "a second country in the sentence: abstain",
			text:   "The Bolivian government has received $20 million in aid from Chile to prepare for elections later this year.",
			absent: []string{"ELECTION elections"},
		},
	})
}
