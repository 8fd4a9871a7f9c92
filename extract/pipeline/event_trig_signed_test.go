package pipeline

import "testing"

// TestPactSigned pins pacts signed by their names, in the passive and
// as a noun (event_trig_signed.go), and leaves signing of no pact alone.
func TestPactSigned(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "signed a named pact with",
			text: "In March 2008, Malawi signed a Double Taxation Agreement with South Africa.",
			want: []string{"AGREEMENT signed [Malawi:PARTICIPANT South Africa:PARTICIPANT]"},
		},
		{
			name: "a pact signed by",
			text: "The ministers praised a regional accord on fisheries, signed in May by Kenya, Tanzania and Uganda.",
			want: []string{"AGREEMENT signed [Kenya:PARTICIPANT Tanzania:PARTICIPANT Uganda:PARTICIPANT]"},
		},
		{
			name: "the signing of deals between",
			text: "The visit ended with the signing of five deals between Brazil and Argentina.",
			want: []string{"AGREEMENT signing [Argentina:PARTICIPANT Brazil:PARTICIPANT]"},
		},
		{
			name:   "signed a letter",
			text:   "Forty senators signed a letter to President Bush on Tuesday.",
			absent: []string{"AGREEMENT"},
		},
		{
			name:   "signed the bill into law",
			text:   "Governor Arnold Schwarzenegger signed the bill into law on Friday.",
			absent: []string{"AGREEMENT"},
		},
	}
	checkEventCases(t, p, cases)
}

// TestPersonMourned pins a named person's death told by a funeral or
// condolences (event_trig_mourned.go), and leaves funerals of no one named
// and the passing of a bill alone.
func TestPersonMourned(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "the funeral of a person named",
			text: "Thousands of mourners attended the funeral of former President Gerald Ford in Washington.",
			want: []string{"DEATH funeral [Gerald Ford:PATIENT]"},
		},
		{
			name: "condolences for a person named",
			text: "The Indian prime minister expressed condolences for Benazir Bhutto on Friday.",
			want: []string{"DEATH condolences [Benazir Bhutto:PATIENT]"},
		},
		{
			name:   "the funeral of a policeman",
			text:   "Hundreds of people attended the funeral of a policeman in Belfast on Monday.",
			absent: []string{"DEATH"},
		},
		{
			name:   "the passing of the bill",
			text:   "Senator John McCain welcomed the passing of the bill on Thursday.",
			absent: []string{"DEATH"},
		},
	}
	checkEventCases(t, p, cases)
}
