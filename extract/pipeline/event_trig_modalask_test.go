package pipeline

import "testing"

// TestModalAsk pins modalAsk (event_trig_modalask.go): a reported
// "should" / "needs to" put to a named party is an APPEAL, a reported
// "must" a DEMAND, and a state's own "should" a DEMAND; the sayer is the
// AGENT and the party bound the PATIENT. The near sentences hold a rule
// with no sayer, a leader binding his own country, a name inside a phrase,
// a passive and a described sayer. Sentences written for the test.
func TestModalAsk(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "should, a person's appeal", text: "British Prime Minister Gordon Brown said Japan should cut its interest rates.",
			want: []string{"APPEAL should cut [Gordon Brown:AGENT Japan:PATIENT]"}},
		{name: "needs to", text: "Brazilian President Lula says Congress needs to approve the budget this year.",
			want: []string{"APPEAL needs to approve [Congress:PATIENT Lula:AGENT]"}},
		{name: "must, joined parties", text: "German Chancellor Angela Merkel said Thursday that Serbia and Kosovo must resume their talks.",
			want: []string{"DEMAND must resume [Angela Merkel:AGENT Kosovo:PATIENT Serbia:PATIENT]"}},
		{name: "a people's forces", text: "Sudanese rebel leader Joseph Kony said Ugandan forces must leave the region.",
			want: []string{"DEMAND must leave [Joseph Kony:AGENT Uganda:PATIENT]"}},
		{name: "a state's should", text: "Syria says Israel should return the occupied land without conditions.",
			want: []string{"DEMAND should return [Israel:PATIENT Syria:AGENT]"}},
		{name: "a rule, no sayer", text: "Under the new law, Chinese citizens must register their phone numbers.",
			absent: []string{"DEMAND", "APPEAL"}},
		{name: "a leader's own country", text: "The German chancellor said Germany should expand its trade with India.",
			absent: []string{"APPEAL", "DEMAND"}},
		{name: "a known leader's own country", text: "Mahmoud Ahmadinejad said Wednesday Iran must base its budget on cheaper oil.",
			absent: []string{"DEMAND"}},
		{name: "a leader titled by his own country in another sentence", text: "Chinese Premier Zhao Ziyang spoke to the congress on Monday. Zhao said China must also expand its steel market.",
			absent: []string{"DEMAND"}},
		{name: "a sayer whose side the story does not tell", text: "Mr Howard said Britain should take its fair share of refugees.",
			absent: []string{"APPEAL"}},
		{name: "a name inside a phrase", text: "The minister said talks with Turkey should include other options.",
			absent: []string{"APPEAL", "DEMAND"}},
		{name: "a passive", text: "Prime Minister Ali Gedi said Sweden must be told of the decision.",
			absent: []string{"DEMAND"}},
		{name: "a described sayer", text: "European Union officials say Turkey should recognize Cyprus.",
			absent: []string{"APPEAL", "DEMAND"}},
	})
}
