package pipeline

import "testing"

// TestForcesBuiltUp: raising "troop strength", "troop numbers" or patrols
// is a MILITARY_POSTURE of the one raising them; raising a measure with no
// force in it is not (event_trig_buildup.go).
func TestForcesBuiltUp(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "troop strength", text: "Britain says it is boosting its troop strength in southern Iraq by about 1,000 soldiers.",
			want: []string{"MILITARY_POSTURE boosting its troop strength [Britain:AGENT]"}},
		{name: "builds up troop numbers", text: "Fighting has grown in recent weeks as NATO builds up troop numbers in Helmand province.",
			want: []string{"MILITARY_POSTURE builds up troop numbers [NATO:AGENT]"}},
		{name: "a measure with no force", text: "Britain says it is boosting its export strength in Asia by cutting red tape.",
			absent: []string{"MILITARY_POSTURE"}},
	})
}
