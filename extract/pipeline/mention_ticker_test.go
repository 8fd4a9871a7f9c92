package pipeline

import "testing"

// TestTickerBrackets: a company named in Reuters' angle brackets after
// "with" is a party; a ticker after a name leaves the name the party.
func TestTickerBrackets(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a bracketed name after with",
			text: "Norcross Instruments Inc said it signed a supply agreement with <Halden Optical Corp>.",
			want: []string{"AGREEMENT agreement [Halden Optical Corp:PARTICIPANT Norcross Instruments Inc:PARTICIPANT]"},
		},
		{
			name: "a ticker after the name",
			text: "Norcross Instruments Inc said it signed a supply agreement with Halden Optical Corp <HOC>.",
			want: []string{"AGREEMENT agreement [Halden Optical Corp:PARTICIPANT Norcross Instruments Inc:PARTICIPANT]"},
		},
	})
}
