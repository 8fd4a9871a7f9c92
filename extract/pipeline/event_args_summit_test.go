package pipeline

import "testing"

// TestSummitProtests: a protest with no one named, held for a summit, has
// the summit's organisation as target; a summit the protesters only
// appeal to is none.
func TestSummitProtests(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "ahead of the organisation's summit",
			text: "Several thousand demonstrators marched peacefully through the city center on Saturday ahead of the African Union's annual summit.",
			want: []string{"PROTEST marched [African Union:PATIENT]"},
		},
		{
			name:   "the summit only appealed to",
			text:   "Several thousand demonstrators marched peacefully through the city center on Saturday to draw the attention of the African Union summit.",
			absent: []string{"PROTEST"},
		},
	})
}
