package pipeline

import "testing"

// TestBlamedAgents: a later claim or blame names the doer of an attack told
// before; a denial, a condemnation and parties blaming each other name none.
func TestBlamedAgents(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "blamed X for the attack, two sentences on",
			text: "Rebels ambushed an Indian army patrol in Manipur state on Tuesday, killing nine soldiers. The soldiers were returning to their camp. Police have blamed the United Liberation Front of Assam for the attack.",
			want: []string{"ATTACK ambushed [India:PATIENT United Liberation Front of Assam:AGENT]"},
		},
		{
			name: "officials blame X, no attack named",
			text: "A roadside bomb in southern Kandahar province killed two Afghan policemen on Sunday. No one has claimed responsibility, but Afghan officials blame Taleban insurgents.",
			want: []string{"ATTACK killed [Afghanistan:PATIENT Taleban:AGENT]"},
		},
		{
			name: "police suspect X was responsible",
			text: "Five years ago, militants bombed a market in Poso, killing six people. Police suspect the radical Jemaah Islamiyah group was responsible.",
			want: []string{"ATTACK killing [Jemaah Islamiyah:AGENT]"},
		},
		{
			name:   "contested blame names no doer",
			text:   "Unidentified planes hit the oilfield last November, killing eight workers. Western diplomats say Iran was responsible but Tehran has blamed Iraq.",
			absent: []string{"Iraq:AGENT", "Iran:AGENT"},
		},
		{
			name:   "the group, not its place",
			text:   "A car bomb killed 20 people near a market on Monday. Officials say al-Qaida in Iraq was behind the attack.",
			absent: []string{"Iraq:AGENT"},
		},
		{
			name:   "a condemnation names no doer",
			text:   "A roadside bomb in southern Kandahar province killed two Afghan policemen on Sunday. Hamid Karzai condemned the attack.",
			absent: []string{"Hamid Karzai:AGENT"},
		},
		{
			name:   "a denial names no doer",
			text:   "A roadside bomb in southern Kandahar province killed two Afghan policemen on Sunday. A Taleban spokesman denied that the Taleban was responsible.",
			absent: []string{"Taleban:AGENT"},
		},
	})
}
