package pipeline

import "testing"

// TestCommaAndVerb pins ", and" right before an appeal verb as the
// second predicate of the clause's subject (event_args_andverb.go); the
// near sentence has a subject of its own after ", and". Sentences written
// for the test.
func TestCommaAndVerb(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "comma and the verb", text: "Amnesty International criticized the new security law in a report on Monday, and urged lawmakers to amend it.",
			want: []string{"APPEAL urged [Amnesty International:AGENT]"}},
		{name: "and an auxiliary", text: "Human Rights Watch documented dozens of arrests, and has urged the authorities to free the detainees.",
			want: []string{"APPEAL urged [Human Rights Watch:AGENT]"}},
		{name: "comma and a new subject", text: "Amnesty International criticized the new law on Monday, and some lawmakers urged a vote.",
			absent: []string{"APPEAL urged [Amnesty International:AGENT]"}},
	})
}
