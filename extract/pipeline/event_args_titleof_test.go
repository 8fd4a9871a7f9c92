package pipeline

import "testing"

// TestTitleWithOfBeforeName: a title with "of" before a name ("Secretary of
// State", "Minister of Defense") premodifies the name; the person is the
// participant, not the country read before the title.
func TestTitleWithOfBeforeName(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "object",
			text: "Israeli Prime Minister Ariel Sharon met U.S. Secretary of State Condoleezza Rice in Jerusalem on Sunday.",
			want: []string{"MEET met [Ariel Sharon:PARTICIPANT Condoleezza Rice:PARTICIPANT]"},
		},
		{
			name: "subject",
			text: "U.S. Secretary of State Condoleezza Rice met Israeli Prime Minister Ariel Sharon in Jerusalem on Sunday.",
			want: []string{"MEET met [Ariel Sharon:PARTICIPANT Condoleezza Rice:PARTICIPANT]"},
		},
		{
			name: "object after with",
			text: "Pakistani President Pervez Musharraf held talks with British Minister of Defense Geoff Hoon in Islamabad.",
			want: []string{"NEGOTIATE talks [Geoff Hoon:PARTICIPANT Pervez Musharraf:PARTICIPANT]"},
		},
	})
}
