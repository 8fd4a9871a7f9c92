package pipeline

import "testing"

// TestHeldVote: a vote is set in advance, so a wish for something else
// near it or a try to hinder it leaves it real; a vote not yet set, or
// one prevented, stays unreal.
func TestHeldVote(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "wish for another word",
			text: "Officials in Nepal say violence will likely increase ahead of the elections.",
			want: []string{"ELECTION elections [Nepal:PARTICIPANT]"},
		},
		{
			name: "trying to stop a set vote",
			text: "Officials say Maoist rebels are trying to stop Nepal's parliamentary elections, scheduled for November 22.",
			want: []string{"ELECTION elections [Nepal:PARTICIPANT]"},
		},
		{
			name:   "prevented vote",
			text:   "The army prevented Nepal's parliamentary elections last year.",
			absent: []string{"ELECTION"},
		},
		{
			name:   "purpose without a day",
			text:   "The European Union is sending a veteran diplomat to Nepal to help organize parliamentary elections.",
			absent: []string{"ELECTION"},
		},
		{
			name:   "a vote avoided",
			text:   "The king wants to avoid a runoff vote in Nepal.",
			absent: []string{"ELECTION"},
		},
	})
}
