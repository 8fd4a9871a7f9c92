package pipeline

import "testing"

// TestPairPacts pins a pact whose sides a hyphenated pair before its noun
// names (event_agree_pairname.go), one word or two names around a hyphen,
// and leaves a pair whose halves the story does not name alone.
func TestPairPacts(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a pair in one word before the pact",
			text: "Officials in India and the United States met on Tuesday.\n\nThe House approved the changes in the India-US civilian nuclear agreement in July.",
			want: []string{"AGREEMENT agreement [India:PARTICIPANT United States:PARTICIPANT]"},
		},
		{
			name: "two names around a hyphen",
			text: "The two leaders praised a U.S.-Russia arms control treaty on Monday.",
			want: []string{"AGREEMENT treaty [Russia:PARTICIPANT United States:PARTICIPANT]"},
		},
		{
			name: "a pair opening a pact's name",
			text: "Colombia's exporters are waiting for the United States to approve the US-Colombia Trade Promotion Agreement.",
			want: []string{"AGREEMENT Agreement [Colombia:PARTICIPANT United States:PARTICIPANT]"},
		},
		{
			name:   "a pair the story does not name",
			text:   "The ministers praised the Smith-Jones trade agreement on Monday.",
			absent: []string{"AGREEMENT agreement [*"},
		},
	}
	checkEventCases(t, p, cases)
}
