package pipeline

import "testing"

// TestSplitVisits: a trip to places named in one list is one VISIT per
// place (the Guideline's "visits to two places in one clause are two
// VISITs"); places gathered from different phrases, one of them a people's
// adjective, stay one visit.
func TestSplitVisits(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "list of stops",
			text: "German Foreign Minister Frank-Walter Steinmeier will travel to Egypt, Jordan and Syria next week.",
			want: []string{
				"VISIT travel [Egypt:PATIENT Frank-Walter Steinmeier:AGENT]",
				"VISIT travel [Frank-Walter Steinmeier:AGENT Jordan:PATIENT]",
				"VISIT travel [Frank-Walter Steinmeier:AGENT Syria:PATIENT]",
			},
		},
		{
			name: "troops in a city",
			text: "Secretary of State Condoleezza Rice visited American troops in Baghdad on Monday.",
			want: []string{"VISIT visited [Baghdad:PATIENT Condoleezza Rice:AGENT United States:PATIENT]"},
		},
		{
			// an earlier leg told in an "after ...ing" clause is not the
			// arrival the main clause tells
			name: "two legs",
			text: "After visiting Brazil and Chile, Mr. Li is now on his way to Caracas, where he is to arrive on Monday.",
			want: []string{"VISIT visiting [Brazil:PATIENT Li:AGENT]", "VISIT visiting [Chile:PATIENT Li:AGENT]"},
		},
	})
}
