package pipeline

import "testing"

// TestAlsoScheduled: "is also expected to meet" after a summit is another
// meeting, kept apart from the summit; without "also" the meeting told
// after the summit is still read as the summit.
func TestAlsoScheduled(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "also expected to meet",
			text: "President Lula arrived in Lima for the Andean summit on Friday. Mr. Lula is also expected to meet privately with Peru's president, Alan Garcia.",
			want: []string{"MEET meet [Alan Garcia:PARTICIPANT Lula:PARTICIPANT]"},
		},
		{
			// near: no "also", the meeting is the summit's
			name:   "expected to meet",
			text:   "President Lula arrived in Lima for the Andean summit on Friday. Mr. Lula is expected to meet privately with Peru's president, Alan Garcia.",
			absent: []string{"MEET meet"},
		},
	})
}
