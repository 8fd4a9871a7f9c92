package pipeline

import "testing"

// TestSpeechlessSense pins speech-act triggers read in a sense that is no
// act of speech, beside the speech acts they must not lose. The sentences
// are written for the test.
func TestSpeechlessSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "pressured a party to act",
			text: "Prime Minister Ehud Olmert pressured the Labor Party to accept the budget cuts.",
			want: []string{"APPEAL pressured [Ehud Olmert:AGENT Labor Party:PATIENT]"},
		},
		{
			name:   "pressures with no one pressing",
			text:   "Analysts at Barclays say inflationary pressures continue to build in Germany.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "pressured by costs",
			text:   "Toyota was pressured by rising steel costs to raise its prices in Japan.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "a vaccination campaign",
			text:   "Health officials in Kenya are launching a campaign to vaccinate two million children against measles.",
			absent: []string{"APPEAL", "DEMAND"},
		},
		{
			name:   "campaigning",
			text:   "The Conservative leader, David Cameron, is campaigning Tuesday in Scotland.",
			absent: []string{"APPEAL", "DEMAND"},
		},
		{
			name:   "sought refuge",
			text:   "A Chinese dissident has sought refuge at the Canadian embassy in Beijing.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "a warning about a virus",
			text:   "Finnish security firm F-Secure issued a warning about a new mobile phone virus on Monday.",
			absent: []string{"THREATEN"},
		},
		{
			name:   "asked questions",
			text:   "Police asked Prime Minister Ehud Olmert questions for two hours on Friday.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "troops searching",
			text:   "American troops searching the house in Baquba found weapons and documents.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "talks only wanted",
			text:   "Kenyan opposition leaders said Monday they will boycott the talks with President Mwai Kibaki in Nairobi.",
			absent: []string{"NEGOTIATE"},
		},
		{
			name:   "negotiations wanted",
			text:   "The Syrian president told reporters in Damascus he wanted renewed negotiations with Israel and Turkey.",
			absent: []string{"NEGOTIATE"},
		},
		{
			name:   "talks offered",
			text:   "Colombian President Alvaro Uribe has offered to hold peace talks with the ELN rebels in Havana.",
			absent: []string{"NEGOTIATE"},
		},
		{
			name:   "talks refused",
			text:   "Iran has refused to return to talks with France, Britain and Germany on its nuclear program.",
			absent: []string{"NEGOTIATE"},
		},
		{
			name:   "talks still to be revived",
			text:   "Egypt is leading efforts to revive peace talks between Israel and Syria.",
			absent: []string{"NEGOTIATE"},
		},
		{
			name: "talks held are kept",
			text: "Colombian President Alvaro Uribe held peace talks with the ELN rebels in Havana on Monday.",
			want: []string{"NEGOTIATE talks [Alvaro Uribe:PARTICIPANT ELN:PARTICIPANT]"},
		},
		{
			name: "scheduled talks are kept",
			text: "Japan says it will hold talks with North Korea next month on the fate of its abducted citizens.",
			want: []string{"NEGOTIATE talks [Japan:PARTICIPANT North Korea:PARTICIPANT]"},
		},
		{
			name:   "buyers' demand",
			text:   "Chinese demand for crude oil rose sharply in March, pushing prices to a record high.",
			absent: []string{"DEMAND"},
		},
		{
			name: "a party's demand is kept",
			text: "Greece demanded that Macedonia change its name.",
			want: []string{"DEMAND demanded [Greece:AGENT Macedonia:PATIENT]"},
		},
		{
			name: "an appeal is kept",
			text: "Amnesty International urged Kenya on Monday to release the detained journalists.",
			want: []string{"APPEAL urged [Amnesty International:AGENT Kenya:PATIENT]"},
		},
	})
}

// TestAdvocatedStance: advocating a policy is a stance, no appeal; urging a
// named party to adopt it is one.
func TestAdvocatedStance(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"The Islamic Party advocates a religious state, achieved through peaceful means.", "-APPEAL advocates"},
		{"The Islamic Party urged the government to adopt a religious constitution.", "APPEAL urged"},
	})
}
