package pipeline

import "testing"

// TestLedByAfterAgent pins the leader of an unnamed "by" phrase ("by a
// guerrilla movement led by X") as the doer. Each case is a short story
// written for the test.
func TestLedByAfterAgent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "passive with its patient",
			text: "Somali President Abdullahi Yusuf was ousted by a guerrilla movement led by Sheikh Sharif Ahmed.",
			want: []string{"ATTACK ousted [Abdullahi Yusuf:PATIENT Sharif Ahmed:AGENT]"},
		},
		{
			name: "passive alone",
			text: "The convoy was attacked by a militia group led by Hassan Turki.",
			want: []string{"ATTACK attacked [Hassan Turki:AGENT]"},
		},
	})
}
