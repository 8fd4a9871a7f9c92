package pipeline

import "testing"

// TestAskedClause pins the subject of the clause an appeal or demand asks
// for as its addressee, and leaves alone a document's provision and a
// relative clause after the noun. Each case is a sentence written for the test.
func TestAskedClause(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "demanded that X + bare verb",
			text: "Japanese officials demanded Monday that North Korea return the abducted citizens.",
			want: []string{"DEMAND demanded [Japan:AGENT North Korea:PATIENT]"},
		},
		{
			name: "called for X's leaders to + verb",
			text: "The European Union again called for Zimbabwe's leaders to release the jailed activists.",
			want: []string{"APPEAL called [European Union:AGENT Zimbabwe:PATIENT]"},
		},
		{
			name:   "a plan that calls for X to act is no appeal",
			text:   "The new plan calls for Israel to free 500 prisoners over the next three months.",
			absent: []string{"APPEAL"},
		},
		{
			name: "a thing asked for names no addressee",
			text: "The European Union called for the release of the jailed activists.",
			want: []string{"APPEAL called [European Union:AGENT]"},
		},
	})
}

// TestAskedClauseThings leaves alone a thing asked for with an infinitive
// of its own, and one a call is made for, not of. Sentences written for the test.
func TestAskedClauseThings(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a reform asked for, with its own infinitive",
			text: "The French president called for a review of NATO's budget rules to give members more room.",
			want: []string{"APPEAL called [France:AGENT]"},
		},
		{
			name: "one acted for",
			text: "The European Commission called for the World Bank to be given a larger role.",
			want: []string{"APPEAL called [European Commission:AGENT]"},
		},
	})
}
