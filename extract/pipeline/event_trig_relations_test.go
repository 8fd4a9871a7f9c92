package pipeline

import "testing"

// TestRelationsCut pins the CAMEO 161/162/164 patterns read as SANCTIONs
// (event_trig_relations.go): a cut against a named side is kept, one
// against no one, or a state described, is not.
func TestRelationsCut(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "recalled its ambassador to",
			text: "Bolivia recalled its ambassador to Peru on Tuesday after a dispute over gas exports.",
			want: []string{"SANCTION recalled [Bolivia:AGENT Peru:PATIENT]"},
		},
		{
			// the envoy's own country is not the target
			name: "withdrew its country's ambassador",
			text: "President Evo Morales withdrew Bolivia's ambassador to Chile.",
			want: []string{"SANCTION withdrew [Chile:PATIENT Evo Morales:AGENT]"},
		},
		{
			name: "halted aid to",
			text: "The World Bank halted aid to Chad last week.",
			want: []string{"SANCTION halted [Chad:PATIENT World Bank:AGENT]"},
		},
		{
			name:   "broke off talks with",
			text:   "The Tamil Tigers broke off talks with Sri Lanka on Monday.",
			want:   []string{"SANCTION broke off [Liberation Tigers of Tamil Eelam:AGENT Sri Lanka:PATIENT]"},
			absent: []string{"THREATEN"},
		},
		{
			name:   "postponed with no target",
			text:   "The prime minister of Kenya postponed a cabinet meeting planned for Sunday.",
			absent: []string{"SANCTION"},
		},
		{
			name:   "stalled talks",
			text:   "The chief negotiator at stalled nuclear talks with North Korea, Christopher Hill, spoke on Monday.",
			absent: []string{"SANCTION"},
		},
	}
	checkEventCases(t, p, cases)
}
