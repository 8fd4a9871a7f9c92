package pipeline

import "testing"

// TestConditionDemand: the condition of a threat ("unless X withdraws",
// "if X does not release") is a DEMAND by the threatener on the one named
// in it; an "if" naming no one, and a condition with no threat before it,
// are not (event_trig_conddemand.go).
func TestConditionDemand(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "unless a named side acts", text: "Iraqi insurgents have threatened to behead two Bulgarian drivers unless Bulgaria withdraws its troops from Iraq.",
			want: []string{"DEMAND unless [Bulgaria:PATIENT Iraq:AGENT]"}},
		{name: "unless with no one named", text: "Iraqi insurgents have threatened to kill a kidnapped French engineer unless jailed militants are freed within 48 hours.",
			want: []string{"DEMAND unless [Iraq:AGENT]"}},
		{name: "if the named side does not", text: "Iraqi militants are threatening to kill the hostages if Italy does not pull its troops out of Iraq.",
			want: []string{"DEMAND if [Iraq:AGENT Italy:PATIENT]"}},
		{name: "if naming no one", text: "President Rafael Correa had threatened to resign if the reform was not approved.",
			absent: []string{"DEMAND"}},
		{name: "a forecast, no threat", text: "OPEC said prices would keep rising unless Venezuela raises output.",
			absent: []string{"DEMAND"}},
	})
}

// TestInsistDemand: "insisted that X VERB" with a bare verb (or "must")
// is a DEMAND on X; insisting that a fact holds is not
// (event_trig_insist.go).
func TestInsistDemand(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "insisted that X remain", text: "Germany's ruling party has insisted that Gerhard Schroeder remain chancellor.",
			want: []string{"DEMAND insisted [Gerhard Schroeder:PATIENT Germany:AGENT]"}},
		{name: "insisted X must", text: "Britain insisted that Iran must suspend uranium enrichment before any talks.",
			want: []string{"DEMAND insisted [Britain:AGENT Iran:PATIENT]"}},
		{name: "insisted a fact", text: "Iran has insisted that its nuclear program is peaceful.",
			absent: []string{"DEMAND"}},
		{name: "insisted a past fact", text: "Britain insisted Iran had broken its promise.",
			absent: []string{"DEMAND"}},
	})
}
