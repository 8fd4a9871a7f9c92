package pipeline

import "testing"

// TestConferredWith: conferring with named people is a meeting; talks held
// with them stay negotiations.
func TestConferredWith(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "conferred with",
			text:   "Secretary of State Condoleezza Rice conferred with British Foreign Secretary Jack Straw in Blackburn on Monday.",
			want:   []string{"MEET conferred [Condoleezza Rice:PARTICIPANT Jack Straw:PARTICIPANT]"},
			absent: []string{"NEGOTIATE"},
		},
		{
			name:   "talks held with",
			text:   "Secretary of State Condoleezza Rice held talks with British Foreign Secretary Jack Straw in Blackburn on Monday.",
			want:   []string{"NEGOTIATE talks [Condoleezza Rice:PARTICIPANT Jack Straw:PARTICIPANT]"},
			absent: []string{"MEET"},
		},
	})
}
