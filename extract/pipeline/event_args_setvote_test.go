package pipeline

import "testing"

// TestSetVote: an undated election in a story about one country is that
// country's when it is told as one set vote (a scheduling participle or
// "to be held" after it, a definite article before it); a bare plural
// told as a kind stays without one. An election bill is no vote.
func TestSetVote(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	story := "Peru's Congress met in a special session. Opposition lawmakers in Peru walked out of the chamber. "
	checkEventCases(t, p, []eventCase{
		{
			name: "scheduled for a month",
			text: story + "Lawmakers fear the standoff will hurt elections scheduled for the spring.",
			want: []string{"ELECTION elections [Peru:PARTICIPANT]"},
		},
		{
			name: "to be held, a short phrase between",
			text: story + "Officials say parliamentary elections for a new assembly to be held in the autumn will settle the dispute.",
			want: []string{"ELECTION elections [Peru:PARTICIPANT]"},
		},
		{
			name: "definite",
			text: story + "The minister says the elections are a test for the young democracy.",
			want: []string{"ELECTION elections [Peru:PARTICIPANT]"},
		},
		{
			name:   "a kind of vote, no one vote",
			text:   story + "Lawmakers say free and fair elections are the basis of democracy.",
			absent: []string{"ELECTION"},
		},
		{
			name:   "an election bill is a statute",
			text:   story + "Differences over an election bill have held up Tuesday's expected announcement of a new cabinet in Peru.",
			absent: []string{"ELECTION"},
		},
	})
}
