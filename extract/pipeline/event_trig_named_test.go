package pipeline

import "testing"

// TestNamedToOffice pins "named" without "as" before an office
// (event_trig_named.go), active and passive, and leaves namings that are no
// appointment alone.
func TestNamedToOffice(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "named a person an office",
			text: "Russia has named Sergei Ivanov first deputy prime minister after the resignation of his predecessor.",
			want: []string{"APPOINTMENT named [Russia:AGENT Sergei Ivanov:PATIENT]"},
		},
		{
			name: "a company names its chief",
			text: "Vodafone named Arun Sarin chief executive on Tuesday.",
			want: []string{"APPOINTMENT named [Arun Sarin:PATIENT Vodafone:AGENT]"},
		},
		{
			name: "was named home secretary",
			text: "Charles Clarke was named home secretary on Friday.",
			want: []string{"APPOINTMENT named [Charles Clarke:PATIENT]"},
		},
		{
			name: "named to the court",
			text: "President Reagan named Anthony Kennedy to the Supreme Court in November.",
			want: []string{"APPOINTMENT named [Anthony Kennedy:PATIENT Reagan:AGENT]"},
		},
		{
			name: "was named to succeed",
			text: "The company said Peter Walsh was named to succeed the retiring chairman.",
			want: []string{"APPOINTMENT named [Peter Walsh:PATIENT]"},
		},
		{
			name:   "named to honour",
			text:   "The new bridge over the Thames was named to honour Queen Elizabeth.",
			absent: []string{"APPOINTMENT"},
		},
		{
			name:   "a man named",
			text:   "Police arrested a man named Peter Jones in Leeds on Friday.",
			absent: []string{"APPOINTMENT"},
		},
		{
			name:   "named in the squad",
			text:   "Martin Johnson was named in the England squad on Monday.",
			absent: []string{"APPOINTMENT"},
		},
		{
			name:   "named chief suspect",
			text:   "Detectives named Peter Jones chief suspect in the killing.",
			absent: []string{"APPOINTMENT"},
		},
	}
	checkEventCases(t, p, cases)
}
