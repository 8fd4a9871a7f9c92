package pipeline

import "testing"

// TestDescribedOnly: the one named in a description set beside another
// participant's name is no party of its own ("the son of X, Y, called").
func TestDescribedOnly(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "for-phrase of a noun in apposition to the subject",
			text: "A spokesman for Mr. Halvorsen, Erik Lund, also called for new talks with the unions.",
			want: []string{"APPEAL called [Erik Lund:AGENT]"},
		},
		{
			name: "of-phrase of a noun in apposition to the subject",
			text: "Rafik Tamimi died in 2004. On Monday the daughter of Mr. Tamimi, Nadia Tamimi, called for an inquiry into his death.",
			want: []string{"APPEAL called [Nadia Tamimi:AGENT]"},
		},
		{
			name: "description after the name",
			text: "Karim Nassar, a member of the Al-Nour Brotherhood, was detained early Saturday by Jordanian police.",
			want: []string{"ARREST detained [Jordan:AGENT Karim Nassar:PATIENT]"},
		},
	})
}
