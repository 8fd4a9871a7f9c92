package pipeline

import "testing"

// TestToldBack: "The blast ... also injured" and "wounded in the fighting"
// tell the attack just before again, with more victims; a clause break or
// a new item keeps another attack apart.
func TestToldBack(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "the blast also injured",
			text: "A roadside bomb killed three Iraqi policemen in Mosul on Sunday. The blast near the market also injured two British soldiers.",
			want: []string{"ATTACK killed=*@0,1"},
		},
		{
			name: "wounded in the fighting",
			text: "Taleban militants attacked an Afghan army post in Helmand province on Sunday. Two British soldiers were wounded in the fighting.",
			want: []string{"ATTACK attacked=*@0,1"},
		},
		{
			// near: "came a day after" breaks the clause: gunmen's killing is another attack
			name: "the bombing came after",
			text: "A roadside bomb killed three Iraqi policemen in Mosul on Sunday. The bombing came a day after gunmen killed two British soldiers in Basra.",
			want: []string{"ATTACK killed=*@0", "ATTACK killed=*@1"},
		},
		{
			// near: "Separately," opens another item
			name: "separately the blast",
			text: "A roadside bomb killed three Iraqi policemen in Mosul on Sunday. Separately, the blast at a market wounded two British soldiers.",
			want: []string{"ATTACK killed=*@0", "ATTACK blast=*@1"},
		},
	})
}
