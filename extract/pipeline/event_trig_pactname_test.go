package pipeline

import "testing"

// TestPactNamed pins a pact told by its name with its sides, after
// "between" or "with" (event_trig_pactname.go), and leaves a pact named
// with no side told beside it alone.
func TestPactNamed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a named pact between two sides",
			text: "The Comprehensive Economic Cooperation Agreement between India and Singapore took effect in 2005.",
			want: []string{"AGREEMENT Agreement [India:PARTICIPANT Singapore:PARTICIPANT]"},
		},
		{
			name: "a named pact with the other side",
			text: "Chile implemented a Free Trade Agreement with South Korea that went into force in 2004.",
			want: []string{"AGREEMENT Agreement [Chile:PARTICIPANT South Korea:PARTICIPANT]"},
		},
		{
			name:   "a named pact with no side beside it",
			text:   "Canada's exports have grown under the North American Free Trade Agreement.",
			absent: []string{"AGREEMENT"},
		},
		{
			name:   "two sides before the pact",
			text:   "Officials said Brazil and Argentina discussed the Mercosur Trade Agreement with Uruguay.",
			absent: []string{"AGREEMENT Agreement"},
		},
	}
	checkEventCases(t, p, cases)
}
