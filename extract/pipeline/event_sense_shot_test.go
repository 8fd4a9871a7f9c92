package pipeline

import "testing"

// TestShotNotFired: "shot back" before a quote is a retort and "a better
// shot at winning" a chance; "shot back at the gunmen" is still fire.
func TestShotNotFired(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "shot back before a quote",
			text:   "Asked whether the plan would pass, the Ohio Republican shot back: \"Not a chance.\"",
			absent: []string{"ATTACK"},
		},
		{
			name:   "a better shot at winning",
			text:   "Analysts say Toyota now has a better shot at winning the contract than General Motors.",
			absent: []string{"ATTACK"},
		},
		{
			name: "shot back at the gunmen",
			text: "Afghan soldiers shot back at the Taleban gunmen near Kandahar.",
			want: []string{"ATTACK shot [Afghanistan:AGENT Taleban:PATIENT]"},
		},
	})
}
