package pipeline

import "testing"

// TestDetConjunct pins a subject of two conjuncts whose second opens with a
// determiner, a possessive or a count: the first conjunct's people are the
// event's; a clause joined by "and" after an object gives none.
func TestDetConjunct(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "possessive second conjunct",
			text: "A Japanese engineer and his driver were kidnapped outside the capital on Monday.",
			want: []string{"ATTACK kidnapped [Japan:PATIENT]"},
		},
		{
			name: "counted second conjunct after a comma and",
			text: "The storm passed quickly, and six Indian fishermen and two boys were killed.",
			want: []string{"DEATH killed [India:PATIENT]"},
		},
		{
			name:   "a clause joined after an object is no conjunct",
			text:   "Israeli troops shelled Gaza and two children were killed.",
			absent: []string{"ATTACK killed [Gaza:PATIENT]", "ATTACK killed [Israel:PATIENT]"},
		},
	})
}
