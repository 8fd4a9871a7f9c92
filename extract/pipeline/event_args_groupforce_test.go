package pipeline

import "testing"

// TestGroupForceAdjective: an ethnic or movement adjective on an armed
// group's head names the side; on any other head, or a faith's adjective,
// it does not.
func TestGroupForceAdjective(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an ethnic adjective on rebels",
			text: "Hutu rebels killed 12 civilians in eastern Congo on Sunday.",
			want: []string{"ATTACK killed [Hutu:AGENT]"},
		},
		{
			name: "a movement adjective the tagger leaves untagged",
			text: "Suspected Maoist guerrillas blew up a railway line in eastern India on Monday.",
			want: []string{"ATTACK blew up [Maoist:AGENT]"},
		},
		{
			name:   "near: a movement adjective on a leader is no armed group",
			text:   "Police arrested a Maoist leader in Kathmandu on Monday.",
			absent: []string{"ARREST arrested [Maoist:PATIENT]"},
		},
	})
}
