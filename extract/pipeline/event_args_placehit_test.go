package pipeline

import "testing"

// TestPlacesHit: a town an attack hit is where it happened, not a side; a
// country hit and a people the tagger took for a place stay PATIENTs.
func TestPlacesHit(t *testing.T) {
	p := newRulesOnly(t) // (the learned filter drops its lone sentences: rulesonly_test.go)
	checkEventCases(t, p, []eventCase{
		{
			name:   "a town fired on is the place",
			text:   "Israeli soldiers opened fire on the town of Beit Hanoun on Tuesday.",
			want:   []string{"ATTACK opened [Israel:AGENT]"},
			absent: []string{"ATTACK opened [Beit Hanoun:PATIENT Israel:AGENT]"},
		},
		{
			name: "a country struck stays the PATIENT",
			text: "Israeli jets carried out air strikes on Lebanon on Sunday.",
			want: []string{"ATTACK air strikes [Israel:AGENT Lebanon:PATIENT]"},
		},
		{
			name: "a militia the tagger took for a place stays",
			text: "Syria intervened to halt months of fighting over refugee camps besieged by Amal militia.",
			want: []string{"ATTACK besieged [Amal:AGENT]"},
		},
		{
			name: "a people the tagger took for a place stays",
			text: "Thousands died in the 1994 slaughter of Tutsis in neighboring Rwanda.",
			want: []string{"ATTACK slaughter [Tutsis:PATIENT]"},
		},
	})
}
