package pipeline

import "testing"

// TestCountedAttacksAreATally: attacks counted by "a series of" or "dozens
// of" with no day sum many acts; a series told on a day is one operation.
func TestCountedAttacksAreATally(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Insurgents have staged a series of attacks on Iraqi police convoys along the highway in recent weeks.", "-ATTACK attacks"},
		{"The group has claimed dozens of suicide bombings against Israel since its founding.", "-ATTACK bombings"},
		{"Iraqi troops carried out a series of raids on al-Qaida hideouts north of Baghdad late Tuesday.", "ATTACK carried out"},
	})
}
