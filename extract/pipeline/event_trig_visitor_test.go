package pipeline

import "testing"

// TestVisitorTold: telling a visitor, named or told by a nationality, is
// meeting them; telling visiting journalists is speech only.
func TestVisitorTold(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a visiting delegation told by its nationality",
			text: "Indonesian President Susilo Bambang Yudhoyono told a visiting Australian delegation Tuesday that the ban would be lifted.",
			want: []string{"MEET told [Australia:PARTICIPANT Susilo Bambang Yudhoyono:PARTICIPANT]"},
		},
		{
			name: "a visiting minister named",
			text: "German Chancellor Angela Merkel told visiting Polish Prime Minister Donald Tusk that the pipeline would go ahead.",
			want: []string{"MEET told [Angela Merkel:PARTICIPANT Donald Tusk:PARTICIPANT]"},
		},
		{
			// near: the press, which the quote carries
			name:   "visiting journalists",
			text:   "Indonesian President Susilo Bambang Yudhoyono told visiting journalists Tuesday that the ban would be lifted.",
			absent: []string{"MEET"},
		},
	})
}
