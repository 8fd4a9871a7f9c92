package pipeline

import "testing"

// TestArrestedIn pins the country an agentless passive arrest is told in
// as the one arresting (event_args_arrestedin.go): each case is a sentence
// written for the test.
func TestArrestedIn(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "detained in a country",
			text: "More than 200 students were detained in Bangladesh on Tuesday.",
			want: []string{"ARREST detained [Bangladesh:AGENT]"},
		},
		{
			name: "arrested in a crackdown in a country",
			text: "The opposition says 40 of its members were arrested in a crackdown in Belarus last year.",
			want: []string{"ARREST arrested [Belarus:AGENT]"},
		},
		{
			name: "a list of countries",
			text: "Prosecutors said suspects had been arrested in Spain, Italy and Germany.",
			want: []string{"ARREST arrested [Germany:AGENT Italy:AGENT Spain:AGENT]"},
		},
		{
			name:   "a city says where, not whose police",
			text:   "Twelve people were arrested in Manchester on Saturday.",
			absent: []string{"ARREST"},
		},
	}
	checkEventCases(t, p, cases)
}
