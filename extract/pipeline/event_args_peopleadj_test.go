package pipeline

import "testing"

// TestPeopleAdjBeforeHead pins a people named by its adjective before a
// modified plural or person head, in an object, in a phrase after the trigger
// and in a subject. Each case is a short story written for the test.
func TestPeopleAdjBeforeHead(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "object, two modifiers",
			text: "Rebels in Sudan abducted two Christian relief workers on Sunday.",
			want: []string{"ATTACK abducted [Christian:PATIENT]"},
		},
		{
			name: "a people's name that is no demonym",
			text: "King Abdullah has urged Arab governments to back the peace plan.",
			want: []string{"APPEAL urged [Abdullah:AGENT Arab:PATIENT]"},
		},
		{
			name: "phrase after a noun trigger",
			text: "Prime Minister Nawaz Sharif will hold talks with Kashmiri separatist leaders next week.",
			want: []string{"NEGOTIATE talks [Kashmiri:PARTICIPANT Nawaz Sharif:PARTICIPANT]"},
		},
		{
			name: "subject",
			text: "Kashmiri separatist leaders have called for a strike across the valley on Friday.",
			want: []string{"APPEAL called [Kashmiri:AGENT]"},
		},
	})
}
