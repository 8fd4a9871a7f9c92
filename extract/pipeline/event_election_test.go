package pipeline

import "testing"

// TestElectionVoters pins how news tells who took part in an election: each
// sentence is of a shape of its own; none comes from a labelled story.
func TestElectionVoters(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{name: "voted in", text: "Turks voted on Sunday in a general election.",
			want: []string{"ELECTION election [Turkey:PARTICIPANT]"}},
		{name: "won the elections", text: "Hamas won the parliamentary elections in January.",
			want: []string{"ELECTION elections [Hamas:PARTICIPANT]"}},
		{name: "polls opened in", text: "Polls opened in Nigeria on Saturday for presidential elections.",
			want: []string{"ELECTION elections [Nigeria:PARTICIPANT]"}},
		{name: "run against", text: "Kizza Besigye plans to run against President Yoweri Museveni in next month's presidential election.",
			want: []string{"ELECTION election [Kizza Besigye:PARTICIPANT Yoweri Museveni:PARTICIPANT]"}},
		{name: "went to the polls", text: "Nigerians went to the polls on Saturday.",
			want: []string{"ELECTION went to the polls [Nigeria:AGENT]"}},
		{name: "cast ballots", text: "Iranians cast their ballots on Friday.",
			want: []string{"ELECTION cast their ballots [Iran:AGENT]"}},
		{name: "runoff", text: "Mauritania held a presidential runoff on Sunday.",
			want: []string{"ELECTION runoff [Mauritania:AGENT]"}},
		{name: "year poll", text: "Ethiopia's disputed 2005 poll led to violent unrest.",
			want: []string{"ELECTION poll [Ethiopia:PARTICIPANT]"}},
		{name: "opinion polls", text: "Opinion polls in France show Nicolas Sarkozy ahead.",
			absent: []string{"ELECTION polls"}},
		{name: "a no vote", text: "Prime Minister Jan Peter Balkenende says a \"no\" vote in next week's referendum would damage the country.",
			absent: []string{"ELECTION referendum [Jan Peter Balkenende:PARTICIPANT]"}},
		{name: "running as a habit", text: "Its members, running in elections as independents, hold many seats in Egypt's parliament.",
			absent: []string{"ELECTION elections"}},
	}
	checkEventCases(t, p, cases)
}
