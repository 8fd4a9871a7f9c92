package pipeline

import "testing"

// TestSayerForce: the possessive right after a report verb makes the sayer
// the owner of the force, which acts or is hit; a named person's "his
// forces" and a force owned inside another phrase are left alone.
func TestSayerForce(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an alliance's force acts",
			text: "NATO says its forces killed 14 suspected insurgents in Helmand province on Monday.",
			want: []string{"ATTACK killed [NATO:AGENT]"},
		},
		{
			name: "a titled sayer's nationality",
			text: "The Dutch military commander says his troops in Afghanistan have killed nine militants near Deh Rawood.",
			want: []string{"ATTACK killed [Netherlands:AGENT]"},
		},
		{
			name: "the force hit",
			text: "NATO said three of its soldiers were killed Tuesday when a bomb exploded near their patrol in Kunar.",
			want: []string{"ATTACK killed [NATO:PATIENT]"},
		},
		{
			name: "a named person's forces",
			text: "Afghan President Hamid Karzai says his forces killed 18 militants in Helmand.",
			want: []string{"ATTACK killed [Hamid Karzai:AGENT]"},
		},
		{
			name:   "the force inside another phrase",
			text:   "NATO says the attack on its troops killed two civilians in Helmand.",
			absent: []string{"ATTACK killed"},
		},
	})
}
