package pipeline

import "testing"

// TestPairAnaphora pins "the two sides", "the two men" read as the two
// parties named just before: sides that are people, and the pair as a
// verb's object. Each case is a short story written for the test.
func TestPairAnaphora(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "two sides that are people",
			text: "The crisis is due to a standoff between coalition leader Saad Hariri and opposition leader Michel Aoun. The two sides have agreed on a plan to end it.",
			want: []string{"AGREEMENT agreed [Michel Aoun:PARTICIPANT Saad Hariri:PARTICIPANT]"},
		},
		{
			name: "the two men as an object",
			text: "Lawyer Ivan Petrov said Boris Orlov began a hunger strike after guards placed his partner, Pavel Sokolov, in a cell. In May, a court sentenced the two men to nine years in prison.",
			want: []string{"SENTENCE sentenced [Boris Orlov:PATIENT Pavel Sokolov:PATIENT]"},
		},
		{
			name: "two sides that are countries",
			text: "India and Pakistan began a peace process in 2004. An official said the two sides have agreed to open a bus route.",
			want: []string{"AGREEMENT agreed [India:PARTICIPANT Pakistan:PARTICIPANT]"},
		},
		{
			// the one who speaks of the two sides is not one of them
			name: "a speaker between the pair and the sides",
			text: "Greek and Turkish negotiators spent Monday in Geneva. Spokesman Andreas Nikolaou said the two sides agreed to hold more meetings.",
			want: []string{"AGREEMENT agreed [Greece:PARTICIPANT Turkey:PARTICIPANT]"},
		},
	})
}
