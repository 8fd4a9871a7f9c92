package pipeline

import "testing"

// TestBodyMeeting: a summit of a named intergovernmental body and its
// members meeting are MEETs of the body alone; a firm named before
// "summit" and a body's members doing something else are not.
func TestBodyMeeting(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "summit of a body the gazetteer lacks",
			text: "Leaders plan to debate a single currency during an African Union summit that begins Sunday in Accra.",
			want: []string{"MEET summit [African Union:PARTICIPANT]"},
		},
		{
			name: "members meeting",
			text: "EU foreign ministers meeting in Luxembourg on Monday voted to tighten a visa ban.",
			want: []string{"MEET meeting [EU:PARTICIPANT]"},
		},
		{
			// near: a company's name is no assembly of members
			name:   "firm before summit",
			text:   "Analysts expect few surprises during the Zentek Software summit in Seattle.",
			absent: []string{"MEET"},
		},
	})
}
