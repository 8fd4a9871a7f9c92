package pipeline

import "testing"

// TestEventTriggers10 pins the trigger mechanisms of the ninth session,
// found on the type-level misses of the least tuned development sets
// (dev6, dev7). Each sentence is written for the test.
func TestEventTriggers10(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			// a poll named by the day it is held on is a vote, an opinion
			// poll is not
			name: "day's poll",
			text: "Kenyan President Mwai Kibaki has won Thursday's poll, officials said.",
			want: []string{"ELECTION poll [Mwai Kibaki:PARTICIPANT]"},
		},
		{
			name:   "opinion poll",
			text:   "A new opinion poll shows Kenyan President Mwai Kibaki ahead of his rivals.",
			absent: []string{"ELECTION"},
		},
		{
			// a share of the vote is an election's result; who won it ran
			name: "share of the vote",
			text: "Opposition leader Raila Odinga won 44 percent of the vote.",
			want: []string{"ELECTION vote [Raila Odinga:PARTICIPANT]"},
		},
		{
			// ... and it belongs to the election the story just told
			name: "share of the vote joins the election",
			text: "Liberians voted Tuesday in a presidential election.\n\nWith a third of the ballots counted, George Weah has 28 percent of the vote.",
			want: []string{"ELECTION voted [George Weah:PARTICIPANT Liberia:AGENT]"},
		},
		{
			// the voters' country is the one voting
			name: "voters' country",
			text: "Opinion polls show Dutch voters are ready to reject the constitution in next week's referendum.",
			want: []string{"ELECTION referendum [Netherlands:PARTICIPANT]"},
		},
		{
			// the clause, not twelve words, bounds the verb that names who ran
			name: "won far before the election noun",
			text: "Hamas emerged as a key player after winning an overwhelming victory in its Gaza Strip strongholds in January's municipal elections.",
			want: []string{"ELECTION elections [Hamas:PARTICIPANT]"},
		},
		{
			// CAMEO's appeal patterns on "campaign" and "call" read running
			// for office or calling a vote
			name:   "electoral campaign launched, election called",
			text:   "Canadian Prime Minister Paul Martin launched his political campaign Sunday for the early general election he has called for June 28.",
			absent: []string{"APPEAL"},
		},
		{
			name: "campaign of appeals stays an appeal",
			text: "Amnesty International launched a campaign Monday urging Egypt to free the jailed blogger Abdel Karim Suleiman.",
			want: []string{"APPEAL launched [Amnesty International:AGENT Egypt:PATIENT]"},
		},
		{
			// a verb of feeling told of the subject is how it feels
			name:   "disturbed to learn",
			text:   "The State Department said Friday the United States is disturbed to learn that Russia has expelled a British diplomat.",
			absent: []string{"PROTEST"},
		},
		{
			name: "threatened by someone stays a threat",
			text: "Iraqi Prime Minister Nouri al-Maliki was threatened by al-Qaida militants on Monday.",
			want: []string{"THREATEN threatened [Nouri al-Maliki:PATIENT al-Qaida:AGENT]"},
		},
		{
			// a time between "warned" and its complement belongs to the verb
			name: "warned last month that it would attack",
			text: "The Taleban warned last month that it would attack any foreign planes landing in Kandahar.",
			want: []string{"THREATEN warned [Taleban:AGENT]"},
		},
		{
			// a party choosing who leads it holds a vote
			name: "party chooses a new leader",
			text: "Israel's Labor Party will choose a new leader in November.",
			want: []string{"ELECTION choose [Labor Party:AGENT]"},
		},
		{
			name: "picked someone as its new leader",
			text: "Britain's Conservative Party picked David Cameron as its new leader on Tuesday.",
			want: []string{"ELECTION picked [Conservative Party:AGENT David Cameron:PATIENT]"},
		},
		{
			name:   "choosing something else",
			text:   "Britain's Conservative Party chose a new logo on Tuesday.",
			absent: []string{"ELECTION"},
		},
		{
			// a legislature approving a cabinet or ministers appoints them
			name: "parliament approved ministers",
			text: "Afghanistan's parliament has approved 17 new cabinet ministers.",
			want: []string{"APPOINTMENT approved [Afghanistan:AGENT]"},
		},
		{
			name: "senate confirmed someone as an office holder",
			text: "The U.S. Senate confirmed Robert Gates as defense secretary on Wednesday.",
			want: []string{"APPOINTMENT confirmed [Robert Gates:PATIENT Senate:AGENT]"},
		},
		{
			name:   "approved what a cabinet does",
			text:   "Afghanistan's parliament has approved the cabinet's budget.",
			absent: []string{"APPOINTMENT"},
		},
		{
			// what a report the sentence calls false says is denied
			name:   "reports that he died are false",
			text:   "Nigerian officials say reports that President Umaru Yar'Adua has died are untrue.",
			absent: []string{"DEATH"},
		},
		{
			name: "reports called true stay",
			text: "Police say reports that Egyptian police arrested the Muslim Brotherhood leader Mohammed Habib on Monday are accurate.",
			want: []string{"ARREST arrested [Egypt:AGENT Mohammed Habib:PATIENT]"},
		},
		{
			// a crowd out to celebrate is no protest; one out to protest is
			name:   "took to the streets to celebrate",
			text:   "Thousands of Kenyans took to the streets of Nairobi on Monday to celebrate the victory of President Mwai Kibaki.",
			absent: []string{"PROTEST"},
		},
		{
			name: "took to the streets to protest",
			text: "Thousands of Kenyans took to the streets of Nairobi on Monday to protest against President Mwai Kibaki.",
			want: []string{"PROTEST took [Kenya:AGENT Mwai Kibaki:PATIENT]"}, // the aim's target (event_args_protestaim.go)
		},
		{
			// the pattern naming what the verb acts on beats a bare adverb
			// particle: breaking off relations reduces them (161), no threat
			name:   "broke off diplomatic relations",
			text:   "Morocco broke off diplomatic relations with Iran in March.",
			absent: []string{"THREATEN"},
		},
		{
			// a warning to travellers is advice; a warning to an enemy a threat
			name:   "travel warning",
			text:   "The British Foreign Office issued a warning to Britons traveling in Kenya on Monday.",
			absent: []string{"THREATEN"},
		},
		{
			name: "warning to an enemy",
			text: "Iran's President Mahmoud Ahmadinejad warned Israel against attacking its nuclear sites.",
			want: []string{"THREATEN warned [Israel:PATIENT Mahmoud Ahmadinejad:AGENT]"},
		},
	}
	checkEventCases(t, p, cases)
}
