package pipeline

import "testing"

// TestBusinessEvents pins when buying and merging are business events: a
// company named beside the verb or noun, not shares, products or skills.
func TestBusinessEvents(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{name: "acquired", text: "The search company Google acquired YouTube for 1.65 billion dollars on Monday.",
			want: []string{"ACQUISITION acquired [Google:AGENT YouTube:PATIENT]"}},
		{name: "agreed to buy", text: "The media group Disney agreed to buy Pixar last week.",
			want: []string{"ACQUISITION buy [Disney:AGENT Pixar:PATIENT]"}},
		{name: "described", text: "Verizon agreed to buy U.S. rival MCI.",
			want: []string{"ACQUISITION buy [MCI:PATIENT Verizon:AGENT]"}},
		{name: "takeover of", text: "The board said Vodafone's takeover of Mannesmann was completed on Friday.",
			want: []string{"ACQUISITION takeover [Mannesmann:PATIENT Vodafone:AGENT]"}},
		{name: "takeover by", text: "In the wake of P&O Princess's takeover by Carnival, prices rose.",
			want: []string{"ACQUISITION takeover [Carnival:AGENT P&O Princess:PATIENT]"}},
		{name: "merged with", text: "In 1998, Daimler merged with Chrysler.",
			want: []string{"MERGER merged [Chrysler:PARTICIPANT Daimler:PARTICIPANT]"}},
		{name: "agreed to merge", text: "The oil firm Rosneft has agreed to merge with Gazprom.",
			want: []string{"MERGER merge [Gazprom:PARTICIPANT Rosneft:PARTICIPANT]"}},
		{name: "shares", text: "The group said it bought 32,800 Robeson common shares in January.",
			absent: []string{"ACQUISITION"}},
		{name: "aircraft", text: "The airline Qantas will buy four Boeing 747s.",
			absent: []string{"ACQUISITION"}},
		{name: "presents", text: "Shoppers put off buying Christmas presents until December.",
			absent: []string{"ACQUISITION"}},
		{name: "seller's holding", text: "The chairman agreed to buy BSkyB's 4.76% holding in the club.",
			absent: []string{"ACQUISITION"}},
		{name: "skills", text: "Students acquire new skills at the school.",
			absent: []string{"ACQUISITION"}},
		{name: "weapons", text: "The army bought new helicopters from Russia.",
			absent: []string{"ACQUISITION"}},
	}
	checkEventCases(t, p, cases)
}
