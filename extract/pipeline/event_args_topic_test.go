package pipeline

import "testing"

// TestTopicOwner pins talks about a country's own program as talks it
// takes part in, and leaves a bare topic alone. Each case is a sentence
// written for the test.
func TestTopicOwner(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "talks on a country's program",
			text: "The visit comes before the next round of multilateral talks on Iran's nuclear program, due in Geneva next month.",
			want: []string{"NEGOTIATE talks [Iran:PARTICIPANT]"},
		},
		{
			name: "talks aimed at a gerund with the possessed object",
			text: "The senator criticized the talks aimed at ending Iran's uranium enrichment, saying they had failed.",
			want: []string{"NEGOTIATE talks [Iran:PARTICIPANT]"},
		},
	})
}
