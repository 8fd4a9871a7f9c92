package pipeline

import "testing"

// TestReportedAgent: a reporter's pronoun subject fills the agent the
// rules left open beside the patient they read; with no say verb over it
// the pronoun is left alone.
func TestReportedAgent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a force named by its country's adjective says they arrested",
			text: "Ugandan security forces said Tuesday that they arrested Joseph Okello in Gulu.",
			want: []string{"ARREST arrested [Joseph Okello:PATIENT Uganda:AGENT]"},
		},
		{
			name:   "near: a noun subject in the reported clause is no reporter's pronoun",
			text:   "Ugandan security forces said Tuesday that the rebels arrested Joseph Okello in Gulu.",
			absent: []string{"ATTACK arrested [Joseph Okello:PATIENT Uganda:AGENT]", "ARREST arrested [Joseph Okello:PATIENT Uganda:AGENT]"},
		},
	})
}
