package pipeline

import "testing"

// TestForcesMassed pins forces massed or placed in position, and weapons
// deployed, as a posture of the forces' state (event_trig_massed.go).
func TestForcesMassed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "troops reported to be gathering",
			text: "The clash took place near the border, where thousands of Syrian troops are reported to be gathering.",
			want: []string{"MILITARY_POSTURE gathering [Syria:AGENT]"},
		},
		{
			name:   "a gathering watched by police",
			text:   "Hundreds of riot police watched the gathering in the capital, but no violence was reported.",
			absent: []string{"MILITARY_POSTURE"},
		},
		{
			name:   "supporters gathering",
			text:   "Thousands of opposition supporters are gathering in the capital ahead of the vote.",
			absent: []string{"MILITARY_POSTURE"},
		},
		{
			name: "tanks and troops positioned",
			text: "Ethiopian tanks and troops were positioned across the town on Sunday.",
			want: []string{"MILITARY_POSTURE positioned [Ethiopia:AGENT]"},
		},
		{
			name: "missiles deployed",
			text: "India has deployed a new batch of ballistic missiles near the border.",
			want: []string{"MILITARY_POSTURE deployed [India:AGENT]"},
		},
		{
			name:   "software deployed",
			text:   "India has deployed a new batch of computers in its schools.",
			absent: []string{"MILITARY_POSTURE"},
		},
	}
	checkEventCases(t, p, cases)
}
