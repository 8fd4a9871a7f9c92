package pipeline

import "testing"

// TestInSentenceParts pins the readers of participants named in a
// trigger's own sentence that no other rule reads: each case is a short
// story written for the test.
func TestInSentenceParts(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "an election in a sentence naming one country",
			text: "Inflation in Mongolia rose sharply during the parliamentary election.",
			want: []string{"ELECTION election [Mongolia:PARTICIPANT]"},
		},
		{
			name: "the country named only by its possessive",
			text: "Benin's electoral commission says voting in the presidential election went smoothly.",
			want: []string{"ELECTION election [Benin:PARTICIPANT]"},
		},
		{
			// two countries: the observer's and the voters'
			name:   "two countries",
			text:   "Canadian and Brazilian observers say the election went smoothly.",
			absent: []string{"ELECTION"},
		},
		{
			// a person named: the labels name who ran, not the country
			name:   "a candidate named",
			text:   "Zambia's electoral commission chairman, Ireen Mambilima, says turnout was high in the election.",
			absent: []string{"ELECTION"},
		},
	}
	checkEventCases(t, p, cases)
}
