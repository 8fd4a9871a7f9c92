package pipeline

import "testing"

// TestSayerParty pins a named teller as the other side of talks or an
// agreement its reported clause names with one side, and leaves alone a
// spokesman and a treaty told inside a clause of its own. Each case is a
// sentence written for the test.
func TestSayerParty(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a state tells of its talks with another",
			text: "Brazil says a second round of talks with Argentina will open in Montevideo on Monday.",
			want: []string{"NEGOTIATE talks [Argentina:PARTICIPANT Brazil:PARTICIPANT]"},
		},
		{
			name:   "a treaty inside a clause of its own",
			text:   "The Amal movement said it will boycott the vote because it rejects the 1990 treaty with Syria.",
			absent: []string{"AGREEMENT treaty [Amal:PARTICIPANT Syria:PARTICIPANT]"},
		},
	})
}
