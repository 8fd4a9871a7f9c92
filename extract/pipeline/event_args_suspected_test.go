package pipeline

import "testing"

// TestOpeningParticiple: "suspected" opening a target phrase is an
// adjective, so the group after it is the one struck; a subject phrase
// keeps its reading.
func TestOpeningParticiple(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "at suspected",
			text: "Israeli troops fired at suspected Hamas militants in northern Gaza.",
			want: []string{"ATTACK fired [Hamas:PATIENT Israel:AGENT]"},
		},
		{
			name: "on suspected",
			text: "U.S. helicopters opened fire on suspected Taleban fighters near Musa Qala on Sunday.",
			want: []string{"ATTACK opened [Taleban:PATIENT United States:AGENT]"},
		},
		{
			name: "a suspected one acts",
			text: "Police say a suspected militant fired at Hamas officials in Gaza.",
			want: []string{"ATTACK fired [Hamas:PATIENT]"},
		},
	})
}
