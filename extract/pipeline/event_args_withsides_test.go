package pipeline

import "testing"

// TestWithSidesOnly pins the clause's subject as the side that holds talks
// with several named others, and leaves two sides named by "between" alone.
// Each case is a sentence written for the test.
func TestWithSidesOnly(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a traveller goes for talks with two named others",
			text: "President Carlos Mendes will fly to Brussels next week for talks with NATO and European Union officials.",
			want: []string{"NEGOTIATE talks [Carlos Mendes:PARTICIPANT European Union:PARTICIPANT NATO:PARTICIPANT]"},
		},
		{
			name: "the preposition a few words after the noun",
			text: "Mr. Mendes is flying to Riga on Friday for talks on Saturday with the presidents of Estonia and Lithuania.",
			want: []string{"NEGOTIATE talks [Estonia:PARTICIPANT Lithuania:PARTICIPANT Mendes:PARTICIPANT]"},
		},
		{
			name:   "two sides named by between",
			text:   "Investors in Colombo cheered the agreement between Norway and Sri Lanka.",
			absent: []string{"AGREEMENT agreement [Norway:PARTICIPANT Sri Lanka:PARTICIPANT Colombo:PARTICIPANT]"},
		},
	})
}
