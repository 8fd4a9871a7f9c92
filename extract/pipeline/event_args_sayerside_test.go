package pipeline

import "testing"

// TestReportedSide: a state's army reporting armed men killed with no doer
// named fought them; officials' report of the same, a bare "the military"
// (no country stated), a bombing of people and a doer told by "by" are
// left alone.
func TestReportedSide(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an army reports armed men killed",
			text: "Nigeria's army says six gunmen were killed in a shootout near the oil town of Warri.",
			want: []string{"ATTACK shootout [Nigeria:AGENT]"},
		},
		{
			name:   "a force with no stated country",
			text:   "The military says six gunmen were killed in a shootout near the oil town of Warri.",
			absent: []string{"ATTACK"},
		},
		{
			name:   "officials report armed men killed: whose attack is not said",
			text:   "Somali officials say six gunmen were killed in a shootout near Mogadishu.",
			absent: []string{"ATTACK"},
		},
		{
			name:   "officials report a bombing: the victims' state is not given",
			text:   "Somali officials say at least 12 people were killed when a suicide bomber blew himself up outside a hotel in Mogadishu.",
			absent: []string{"ATTACK"},
		},
		{
			name: "the armed men's group named",
			text: "The Israeli army said two Hamas members were killed during a clash near Jenin on Tuesday.",
			want: []string{"ATTACK clash [Hamas:PATIENT Israel:AGENT]"},
		},
		{
			name:   "the doer told",
			text:   "Nigeria's army says six gunmen were killed by rival gangs near the oil town of Warri.",
			absent: []string{"ATTACK killed [Nigeria:AGENT]"},
		},
	})
}
