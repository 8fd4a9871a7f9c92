package pipeline

import "testing"

// TestPassageClosed: a state closing a frontier's crossings, its airspace
// or a supply route (no "off" needed) shows force; closing a factory or a
// road for repairs does not (event_trig_cordon.go, closedPassages).
func TestPassageClosed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "closed the crossings", text: "Egypt closed the crossings on Sunday after a rocket attack on its border post.",
			want: []string{"MILITARY_POSTURE closed [Egypt:AGENT]"}},
		{name: "closed a supply route", text: "Iran has closed the main supply route near Zahedan for Afghan traders.",
			want: []string{"MILITARY_POSTURE closed [Iran:AGENT]"}},
		{name: "a road closed for repairs", text: "Kenya closed the route for repairs on Monday.",
			absent: []string{"MILITARY_POSTURE"}},
		{name: "a factory closed", text: "Toyota closed the factory in Ohio last year.",
			absent: []string{"MILITARY_POSTURE"}},
	})
}
