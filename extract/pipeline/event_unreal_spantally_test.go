package pipeline

import "testing"

// TestSpanTallyIsNoEvent: a perfect with a count and a span sums many acts;
// the same count told with a day and no perfect is one attack.
func TestSpanTallyIsNoEvent(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Officials in Kabul said 18 Afghan policemen have been killed since Sunday.", "-ATTACK killed"},
		{"Officials in Kabul said Taleban gunmen killed 18 Afghan policemen Sunday.", "ATTACK killed"},
		{"More than 40 Iraqi civilians have died in the violence in recent weeks.", "-DEATH died"},
		{"Russian police have arrested more than 30 Chechen suspects over the past month.", "-ARREST arrested"},
		{"Russian police have arrested three Chechen suspects in connection with the bombing.", "ARREST arrested"},
	})
}
