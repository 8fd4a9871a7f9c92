package pipeline

import "testing"

// TestSameSides: a country and the person holding a post of it, gathered
// from two sentences of one event, are one side.
func TestSameSides(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "country and its minister over two sentences",
			text: "Former Swedish premier Carl Berg has signed an agreement with the Chilean government to fund clinics for children. Mr. Berg and Chilean President Rosa Vidal signed the deal Monday in Santiago.",
			want: []string{"AGREEMENT agreement [Carl Berg:PARTICIPANT Rosa Vidal:PARTICIPANT]"},
		},
	})
}
