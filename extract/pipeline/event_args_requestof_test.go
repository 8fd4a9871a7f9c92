package pipeline

import "testing"

// TestRequestOf: after a noun of asking the "of" phrase names the asker;
// after other nouns it stays the patient.
func TestRequestOf(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "at the request of a company",
			text:   "The soldiers moved into the port at the request of the shipping company Maersk.",
			want:   []string{"APPEAL request [Maersk:AGENT]"},
			absent: []string{"APPEAL request [Maersk:PATIENT]"},
		},
		{
			name:   "near: a possessive maker makes the of phrase the one asked",
			text:   "Prime Minister Ivo Sanader rejected Chancellor Angela Merkel's request of Croatia on Monday.",
			absent: []string{"APPEAL request [Angela Merkel:AGENT Croatia:AGENT]"},
		},
	})
}
