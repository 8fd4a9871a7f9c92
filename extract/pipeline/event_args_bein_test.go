package pipeline

import "testing"

// TestBeInPlace pins the described visitor of a be-locative as a side of
// the talks it is there for, and leaves alone a copula that places no one.
// Each case is a sentence written for the test.
func TestBeInPlace(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a described visitor is in a place for talks",
			text: "A senior Japanese envoy is in Beijing for talks with Chinese officials on trade.",
			want: []string{"NEGOTIATE talks [China:PARTICIPANT Japan:PARTICIPANT]"},
		},
		{
			name:   "a copula that places no one",
			text:   "The concern is that the talks with Chinese officials may fail.",
			absent: []string{"NEGOTIATE talks [China:PARTICIPANT Japan:PARTICIPANT]"},
		},
	})
}
