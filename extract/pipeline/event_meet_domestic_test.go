package pipeline

import "testing"

// TestCountryMembersMeeting: a country's own ministers or leaders meeting
// with no other side is a MEET of that country; their meeting with someone
// unnamed, or a meeting only reported, is not.
func TestCountryMembersMeeting(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "ministers meeting",
			text: "Polish cabinet ministers and farm union representatives are meeting Monday to discuss the drought.",
			want: []string{"MEET meeting [Poland:PARTICIPANT]"},
		},
		{
			name: "leaders hold a meeting",
			text: "Leaders of Spain's three largest parties will hold an emergency meeting Friday to discuss the budget.",
			want: []string{"MEET meeting [Spain:PARTICIPANT]"},
		},
		{
			// near: the other side is there, unnamed ("major aid donors")
			name:   "meeting someone unnamed",
			text:   "Polish officials will meet major aid donors in May to discuss the loans.",
			absent: []string{"MEET"},
		},
	})
}
