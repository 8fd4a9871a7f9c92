package pipeline

import "testing"

// TestStruckForce: a state's police or soldiers struck stand for the state
// named on them, by the reporter, or (for police) in the sentence; soldiers
// of a coalition and forces that strike or fight are left alone.
func TestStruckForce(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the sentence's one country, police posts",
			text: "Militants attacked two police stations in eastern Turkey on Friday.",
			want: []string{"ATTACK attacked [Turkey:PATIENT]"},
		},
		{
			name:   "two countries: whose is not said",
			text:   "Militants attacked two police stations in eastern Turkey and Syria on Friday.",
			absent: []string{"ATTACK attacked"},
		},
		{
			name: "the sentence's country, police",
			text: "A suicide attack in eastern Turkey has killed three policemen and wounded two others.",
			want: []string{"ATTACK attack [Turkey:PATIENT]"},
		},
		{
			name:   "the sentence's country, soldiers: may be foreign",
			text:   "A suicide attack in eastern Turkey has killed three soldiers and wounded two others.",
			absent: []string{"ATTACK attack [Turkey:PATIENT]"},
		},
		{
			name: "the reporter's country, an army patrol after its attackers",
			text: "Indian officials say rebels ambushed an army patrol in the northeast on Tuesday.",
			want: []string{"ATTACK ambushed [India:PATIENT]"},
		},
		{
			name:   "a coalition's patrol is not the reporter's",
			text:   "Indian officials say rebels ambushed a coalition patrol in the northeast on Tuesday.",
			absent: []string{"ATTACK ambushed"},
		},
		{
			name:   "the forces strike",
			text:   "Yemeni officials say police have killed four gunmen in the port city of Aden.",
			absent: []string{"ATTACK killed [Yemen:PATIENT]"},
		},
	})
}
