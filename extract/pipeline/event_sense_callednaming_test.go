package pipeline

import "testing"

// TestCallNamesThing: "called" that names a venture, convenes a strike or
// puts a predicate on a thing is no phone call; calling a named leader is.
func TestCallNamesThing(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "a venture called X with Y",
			text:   "Siemens has set up a joint venture called Delta Systems with Fujitsu.",
			absent: []string{"PHONE_CALL"},
		},
		{
			name:   "called X and Y subsidies in quotes",
			text:   "Hogan called Brazilian and Argentine farm subsidies \"a disgrace\" on Tuesday.",
			absent: []string{"PHONE_CALL"},
		},
		{
			name:   "called relations very strained",
			text:   "The French minister called Franco-German relations on farm issues very strained.",
			absent: []string{"PHONE_CALL"},
		},
		{
			name: "called a leader",
			text: "President Bush called Prime Minister Tony Blair on Friday.",
			want: []string{"PHONE_CALL called [Bush:PARTICIPANT Tony Blair:PARTICIPANT]"},
		},
	})
}
