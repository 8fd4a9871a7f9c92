package pipeline

import "testing"

// TestStruckRanks: a police general, chief or commando struck stands for
// the state whose police he serves, as policemen do (struckForce); a
// country named only on a border is the neighbour, and an army's officer
// may serve abroad.
func TestStruckRanks(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a police general killed",
			text: "A roadside bomb killed a police general and his driver in Iraq's Diyala province on Sunday.",
			want: []string{"ATTACK killed [Iraq:PATIENT]"},
		},
		{
			name: "a police chief's convoy attacked",
			text: "Gunmen in Iraq attacked a local police chief's convoy Saturday, wounding him.",
			want: []string{"ATTACK attacked [Iraq:PATIENT]"},
		},
		{
			name:   "a country on the border is the neighbour",
			text:   "A suicide bomber attacked the convoy of a police commander near the Pakistani border on Tuesday.",
			absent: []string{"ATTACK attacked"},
		},
		{
			name:   "an army general may serve abroad",
			text:   "Gunmen killed an army general near the town of Khost in Afghanistan on Monday.",
			absent: []string{"ATTACK killed"},
		},
	})
}
