package pipeline

import "testing"

// TestForceSubject pins the force that arrests, told some words before its
// verb or as the reporter of a passive arrest: each case is a short story
// of its own, written for the test.
func TestForceSubject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a participle phrase between the force and its verb",
			text: "Greek police investigating a smuggling ring have arrested 12 dock workers at the port of Piraeus.",
			want: []string{"ARREST arrested [Greece:AGENT]"},
		},
		{
			name: "the force reports a passive arrest",
			text: "Rioting spread to a dozen towns across Portugal on Monday.\n\nPolice say 40 people were arrested in the latest violence.",
			want: []string{"ARREST arrested [Portugal:AGENT]"},
		},
		{
			// the reporter of a passive killing reports it, it did not kill
			name:   "a passive killing the military reports",
			text:   "The Colombian military says three soldiers were killed in an ambush on Monday.",
			absent: []string{"ATTACK killed [Colombia:AGENT]"},
		},
		{
			// the arrest is another clause's, not the report's
			name:   "another clause between",
			text:   "Rioting spread to a dozen towns across Portugal on Monday.\n\nPolice say the youths who burned the cars were arrested last year.",
			absent: []string{"ARREST arrested [Portugal:AGENT]"},
		},
	}
	checkEventCases(t, p, cases)
}
