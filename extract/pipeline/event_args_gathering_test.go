package pipeline

import "testing"

// TestBodyGathering: a conference named after a body is that body's
// meeting; the clause's subject speaks of it and is no party.
func TestBodyGathering(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "subject of a clause around a body's conference",
			text: "Meanwhile, the top French diplomat for Africa, Paul Girard, Wednesday called on governments to speed up disbursement of more than $2 billion pledged to Mali at a World Bank conference in May.",
			want: []string{"MEET conference [World Bank:PARTICIPANT]"},
		},
	})
}
