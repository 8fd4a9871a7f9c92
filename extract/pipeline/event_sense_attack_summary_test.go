package pipeline

import "testing"

// TestAttackSummary: a count of attacks or fighting summed over years is a
// summary, not an event; one attack on a named day, or attacks a verb
// launches, are kept.
func TestAttackSummary(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Police say a rising number of attacks on Turkish border posts has alarmed Ankara.", "-ATTACK attacks"},
		{"Officials in Kabul say a wave of Taleban-led attacks on aid workers has slowed reconstruction.", "-ATTACK attacks"},
		{"The Sri Lankan army has been battling Tamil Tiger rebels for more than two decades.", "-ATTACK battling"},
		{"Indian troops battled Kashmiri militants for several years in the 1990s.", "-ATTACK battled"},
		{"Taleban militants launched attacks on Afghan police posts in Helmand on Monday.", "ATTACK launched"},
		{"Indian troops battled Kashmiri militants for several hours in Kupwara on Sunday.", "ATTACK battled"},
	})
}
