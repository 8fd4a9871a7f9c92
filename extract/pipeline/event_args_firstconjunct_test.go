package pipeline

import "testing"

// TestFirstConjunctVerb: "shot and killed" after a report verb shares the
// subject of "shot", a form the treebank knows only as a participle, not the
// sayer's; the near sentence, a passive pair, keeps its victim as PATIENT.
func TestFirstConjunctVerb(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "sayer's people are the victims",
			text: "Afghan officials say NATO troops shot and killed a Briton near a checkpoint on Sunday.",
			want: []string{"ATTACK shot and [Britain:PATIENT NATO:AGENT]"},
		},
		{
			name: "passive pair left to passivePair",
			text: "Afghan officials say two NATO soldiers were shot and killed near a checkpoint on Sunday.",
			want: []string{"ATTACK shot and [NATO:PATIENT]"},
		},
	})
}
