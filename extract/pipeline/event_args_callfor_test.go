package pipeline

import "testing"

// TestCallForAddressee pins the subject of the infinitive after a repeated or
// issued call as the one asked, and leaves alone a call for a thing to be
// done. Each case is a sentence written for the test.
func TestCallForAddressee(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a repeated call for a named body to act",
			text: "Senator Mario Lopez repeated his call for Congress to pass the budget.",
			want: []string{"APPEAL repeated [Congress:PATIENT Mario Lopez:AGENT]"},
		},
		{
			name: "a caller premodifies the call noun",
			text: "Canada repeated the British call for Syrian troops to withdraw from Lebanon.",
			want: []string{"APPEAL repeated [Britain:AGENT Canada:AGENT Syria:PATIENT]"},
		},
		{
			name:   "a call for a thing to be done",
			text:   "Senator Mario Lopez repeated his calls for the Congress report to be published.",
			absent: []string{"APPEAL repeated [Congress:PATIENT Mario Lopez:AGENT]"},
		},
	})
}
