package pipeline

import "testing"

// TestPatrolUnit: a patrol that is the subject of another verb, or soldiers
// named by their patrolling, make no MILITARY_POSTURE; troops patrolling
// streets do.
func TestPatrolUnit(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "patrol fired", text: "Last month, a Chinese coast guard patrol fired on a Vietnamese fishing boat near the islands.", absent: []string{"MILITARY_POSTURE"}},
		{name: "patrol passed", text: "Police say the bomb went off as an Afghan army patrol passed by near the town of Ghazni.", absent: []string{"MILITARY_POSTURE"}},
		{name: "soldiers patrolling", text: "The Indian army says its soldiers patrolling the border with Pakistan have arrested two men.", absent: []string{"MILITARY_POSTURE patrolling"}},
		{name: "troops are patrolling", text: "Thousands of Indian troops are patrolling the streets of Srinagar.", want: []string{"MILITARY_POSTURE patrolling [India:AGENT]"}},
	})
}
