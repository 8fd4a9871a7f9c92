package pipeline

import "testing"

// TestSumInLightVerbObject pins a sum of money before a noun trigger as part
// of its phrase, so that the light verb's subject is read through it. The
// case is a short story written for the test.
func TestSumInLightVerbObject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "dollar sum",
			text: "Russia has signed a $2 billion arms agreement with India, officials said.",
			want: []string{"AGREEMENT agreement [India:PARTICIPANT Russia:PARTICIPANT]"},
		},
	})
}
