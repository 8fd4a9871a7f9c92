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
