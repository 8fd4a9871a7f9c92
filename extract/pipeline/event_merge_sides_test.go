package pipeline

import "testing"

// TestComplementSides: "shot and killed" read as two triggers, the first
// holding the doer and the second the victims, is one attack with both
// sides, also when a later sentence tells the same act again.
func TestComplementSides(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "doer and victims of two coordinated verbs, act retold",
			text: "Indian troops shot and killed four Pakistanis near the Line of Control on Friday.\n\n" +
				"The Indian army said soldiers opened fire after seeing armed men cross at night.",
			want: []string{"ATTACK shot and [India:AGENT Pakistan:PATIENT]"},
		},
	})
}
