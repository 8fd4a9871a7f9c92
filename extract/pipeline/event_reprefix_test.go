package pipeline

import "testing"

// TestAgainVerbs: the "re-" form of occupy (extract/cameo/curated.go) is
// the base verb's event done again; "preoccupied" is no occupation.
func TestAgainVerbs(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "reoccupied", text: "Israeli troops reoccupied the West Bank town of Jenin on Friday.",
			want: []string{"OCCUPY reoccupied [Israel:AGENT West Bank:PATIENT]"}},
		{name: "preoccupied", text: "Israeli officials were preoccupied with the budget on Friday.",
			absent: []string{"OCCUPY"}},
	})
}
