package pipeline

import "testing"

// TestPersonInaugurated pins inaugurations of people and oaths of office
// (event_trig_inaugurate.go, officeEntered), and leaves things
// inaugurated and other oaths alone.
func TestPersonInaugurated(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "ahead of his inauguration",
			text: "Ollanta Humala spoke to reporters in Lima on Monday ahead of his inauguration next month.",
			want: []string{"APPOINTMENT inauguration [Ollanta Humala:PATIENT]"},
		},
		{
			name: "was inaugurated as president",
			text: "Fernando Lugo was inaugurated as president of Paraguay on Friday.",
			want: []string{"APPOINTMENT inaugurated [Fernando Lugo:PATIENT]"},
		},
		{
			name: "took the oath of office",
			text: "Ellen Johnson-Sirleaf took the oath of office in Monrovia on Monday.",
			want: []string{"APPOINTMENT took the oath [Ellen Johnson-Sirleaf:PATIENT]"},
		},
		{
			name:   "a link inaugurated",
			text:   "The new rail link to Rotterdam will be inaugurated on May 8, the ministry said.",
			absent: []string{"APPOINTMENT"},
		},
		{
			name:   "an oath of loyalty",
			text:   "The recruits of the Zambian army took an oath of loyalty to President Levy Mwanawasa.",
			absent: []string{"APPOINTMENT"},
		},
	}
	checkEventCases(t, p, cases)
}
