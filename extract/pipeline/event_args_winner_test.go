package pipeline

import "testing"

// TestElectionWinner pins the winner an election's sentence names around
// the election noun (event_args_winner.go); the sentences are made up in
// the shape of news, none from a labelled story.
func TestElectionWinner(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{name: "possessor of victory", text: "Markets rose on Monday after the Socialist Party's narrow victory in Portuguese parliamentary elections.",
			want: []string{"ELECTION elections [Portugal:PARTICIPANT Socialist Party:PARTICIPANT]"}},
		{name: "his victory", text: "Britain and Italy congratulated Goodluck Jonathan on his victory in the Nigerian presidential election.",
			want: []string{"ELECTION election [Goodluck Jonathan:PARTICIPANT Nigeria:PARTICIPANT]"}},
		{name: "which won", text: "Officials urged Fidesz, which won Hungarian elections in April, to form a government quickly.",
			want: []string{"ELECTION elections [Fidesz:PARTICIPANT Hungary:PARTICIPANT]"}},
		{name: "which won seats in", text: "The president met leaders of the Justice Party, which won 40 seats in the new assembly in legislative elections on Sunday.",
			want: []string{"ELECTION elections [Justice Party:PARTICIPANT]"}},
		{name: "went on to win", text: "The opposition leader Morgan Tsvangirai went on to win the presidential election in March.",
			want: []string{"ELECTION election [Morgan Tsvangirai:PARTICIPANT]"}},
		{name: "victory without possessor", text: "The generals claimed an overwhelming victory in the widely criticized election.",
			absent: []string{"ELECTION election [generals:PARTICIPANT]"}},
	}
	checkEventCases(t, p, cases)
}
