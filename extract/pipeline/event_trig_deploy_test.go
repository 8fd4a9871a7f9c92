package pipeline

import "testing"

// TestForcesPosted pins forces posted with the forces as the subject or
// the posting verb's object (event_trig_deploy.go).
func TestForcesPosted(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "troops deployed near",
			text: "The talks opened in Geneva as Syrian troops deployed along the Lebanese border.",
			want: []string{"MILITARY_POSTURE deployed [Syria:AGENT]"},
		},
		{
			name: "police have been deployed",
			text: "More than 8,000 Kenyan police have been deployed in the capital ahead of the vote.",
			want: []string{"MILITARY_POSTURE deployed [Kenya:AGENT]"},
		},
		{
			name: "with troops patrolling",
			text: "The town was calm on Sunday, with New Zealand troops patrolling the streets.",
			want: []string{"MILITARY_POSTURE patrolling [New Zealand:AGENT]"},
		},
		{
			name:   "reduced relative after a preposition",
			text:   "Gunmen opened fire on Afghan policemen patrolling in the provincial capital.",
			absent: []string{"MILITARY_POSTURE"},
		},
		{
			name:   "a patrol attacked",
			text:   "Hezbollah guerrillas attacked an Israeli patrol and seized two Israeli soldiers.",
			absent: []string{"MILITARY_POSTURE"},
		},
	}
	checkEventCases(t, p, cases)
}
