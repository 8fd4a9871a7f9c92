package pipeline

import "testing"

// TestClaimantPhrase: a claim names its group by a spokesman, a network or
// an appositive; the group is the attack's AGENT, in the claim's sentence
// or told after the attack. A claim by a bare common noun names no one.
func TestClaimantPhrase(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "a spokesman phoned claiming", text: "A suicide bomber killed six soldiers near Kandahar on Monday. Hours later a Taleban spokesman phoned claiming responsibility for the attack.",
			want: []string{"ATTACK killed [Taleban:AGENT]"}},
		{name: "an appositive name", text: "A car bomb exploded outside a market in Mosul, killing nine people. A group linked to al-Qaida, the Islamic Army in Iraq, claimed responsibility for that attack.",
			want: []string{"ATTACK killing [Islamic Army In Iraq:AGENT]"}},
		{name: "a bare group", text: "A car bomb exploded outside a market in Mosul, killing nine people. A little-known group claimed responsibility for that attack.",
			absent: []string{"ATTACK"}},
	})
}
