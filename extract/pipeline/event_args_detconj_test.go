package pipeline

import "testing"

// TestNamedConjunctAfter pins the name on a second object conjunct opened
// by a determiner or a number after an unnamed first one, and leaves a
// coordinated clause alone. Each case is a sentence written for the test.
func TestNamedConjunctAfter(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an article before the named conjunct",
			text: "On Friday, a car bomb killed two policemen and a Kenyan driver near the border.",
			want: []string{"ATTACK killed [Kenya:PATIENT]"},
		},
		{
			name: "a number before the named conjunct",
			text: "On Friday, gunmen wounded four guards and two Turkish engineers near the dam.",
			want: []string{"ATTACK wounded [Turkey:PATIENT]"},
		},
	})
}
