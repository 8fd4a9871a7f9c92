package pipeline

import "testing"

// TestThreat21Triggers pins the twentieth session's triggers (helper
// threat21): an ordered inquiry (event_trig_inquiry.go) and a weapon tested
// (event_trig_tested.go), each with a near sentence left alone.
func TestThreat21Triggers(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "ordered an inquiry",
			text: "Nigerian President Umaru Yar'Adua has ordered an inquiry into a deadly fire at the country's main oil depot.",
			want: []string{"DEMAND ordered an inquiry [Umaru Yar'Adua:AGENT]"},
		},
		{
			name: "ordered an investigation into a person",
			text: "Kenya's attorney general has ordered a criminal investigation into former minister Kiraitu Murungi, who denies wrongdoing.",
			want: []string{"DEMAND ordered a criminal investigation [Kenya:AGENT Kiraitu Murungi:PATIENT]"},
		},
		{
			name:   "ordered aircraft",
			text:   "Qantas has ordered twenty new aircraft from Boeing.",
			absent: []string{"DEMAND"},
		},
		{
			name: "tested a weapon",
			text: "India tested a nuclear-capable missile on Sunday, its defense ministry said.",
			want: []string{"MILITARY_POSTURE tested a nuclear-capable missile [India:AGENT]"},
		},
		{
			name:   "tested positive",
			text:   "Two Kenyan runners tested positive for a banned substance in Berlin.",
			absent: []string{"MILITARY_POSTURE"},
		},
	}
	checkEventCases(t, p, cases)
}
