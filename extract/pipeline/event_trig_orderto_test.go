package pipeline

import "testing"

// TestOrderedTo pins event_trig_orderto.go: "ordered NP to VERB" and
// "ordered NP out" are a DEMAND of the orderer (a closure or an envoy sent
// out a SANCTION), while purchases, passives, court orders, a thing
// ordered with its purpose and a company's staff stay out. Sentences
// written for the test.
func TestOrderedTo(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "a minister orders a body to act", text: "Finance Minister Pedro Alvarez has ordered the Central Bank to freeze the accounts.",
			want: []string{"DEMAND ordered [Central Bank:PATIENT Pedro Alvarez:AGENT]"}},
		{name: "his own troops, a verb the word classes do not know", text: "General Marco Silva ordered his troops to redeploy to the north.",
			want: []string{"DEMAND ordered [Marco Silva:AGENT]"}},
		{name: "ordered out", text: "Kenyan police have ordered journalist Peter Odhiambo out of the city.",
			want: []string{"DEMAND ordered [Kenya:AGENT Peter Odhiambo:PATIENT]"}},
		{name: "an outlet ordered closed", text: "Belarus's Information Ministry has ordered an independent newspaper to close.",
			want: []string{"SANCTION ordered [Information Ministry:AGENT]"}},
		{name: "a purchase", text: "Lufthansa has ordered 20 new jets from Airbus.",
			absent: []string{"DEMAND"}},
		{name: "a thing ordered done", text: "Lufthansa has ordered the jets to be delivered in March.",
			absent: []string{"DEMAND"}},
		{name: "a passive", text: "The Ghanaian soldiers were ordered to leave the town.",
			absent: []string{"DEMAND"}},
		{name: "a court's order", text: "A court in Paris ordered Renault to reinstate the workers.",
			absent: []string{"DEMAND"}},
		{name: "a thing ordered with its purpose", text: "Chancellor Werner Brandt ordered spending cuts to reduce the deficit.",
			absent: []string{"DEMAND"}},
	})
}
