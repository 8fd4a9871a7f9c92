package pipeline

import "testing"

// TestAgreedConsent: a party's concession, a transfer to a named recipient
// and a body's members agreeing are AGREEMENTs; agreeing to talks, to a
// noun phrase or to extradite someone stays one-sided, dropped.
func TestAgreedConsent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "concession",
			text: "Venezuela agreed on Tuesday to halt oil shipments through the disputed pipeline, officials said.",
			want: []string{"AGREEMENT agreed [Venezuela:PARTICIPANT]"},
		},
		{
			name: "agreed not to",
			text: "Greek dock workers have agreed not to walk out during the summer tourist season.",
			want: []string{"AGREEMENT agreed [Greece:PARTICIPANT]"},
		},
		{
			// near: a noun phrase may name the other side the rule misses
			name:   "agreed to a noun phrase",
			text:   "Khartoum agreed this week to the deployment of a hybrid peacekeeping force after long pressure.",
			absent: []string{"AGREEMENT"},
		},
		{
			name: "recipient after to",
			text: "Japan agreed to send 50,000 tons of rice to Cambodia after a poor harvest.",
			want: []string{"AGREEMENT agreed [Cambodia:PARTICIPANT Japan:PARTICIPANT]"},
		},
		{
			name: "object of help",
			text: "China has agreed to help Nepal build a railway to the border.",
			want: []string{"AGREEMENT agreed [China:PARTICIPANT Nepal:PARTICIPANT]"},
		},
		{
			name: "buyer after the thing sold, its description skipped",
			text: "Norsk Metals said it agreed to sell its cable unit to Texas oil tycoon Harold Brandt for 40 mln dlrs.",
			want: []string{"AGREEMENT agreed [Harold Brandt:PARTICIPANT Norsk Metals:PARTICIPANT]"},
		},
		{
			// near: the first object of "sell" is what is sold, not a buyer
			name:   "sold, no buyer",
			text:   "Halvorsen Corp had previously agreed to sell Western Pumps for at least 50 mln dlrs.",
			absent: []string{"AGREEMENT"},
		},
		{
			name: "members of a body",
			text: "European Union finance ministers have agreed on new rules for hedge funds.",
			want: []string{"AGREEMENT agreed [European Union:PARTICIPANT]"},
		},
		{
			// near: agreeing to talks is intent to negotiate
			name:   "agreed to talks",
			text:   "Syria agreed to the talks in order to ease tension on the border.",
			absent: []string{"AGREEMENT"},
		},
		{
			// near: a decision of one's own, no other side
			name:   "agreed to extradite",
			text:   "Canada agreed to extradite the businessman to Mexico after a court hearing.",
			absent: []string{"AGREEMENT"},
		},
	})
}

// TestAgreedToPay: a sum paid to settle a claim and a captive freed are
// concessions (twentieth session); a sum paid for a thing is a purchase,
// whose seller the sentence leaves out, and stays one-sided, dropped.
func TestAgreedToPay(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a sum paid to settle",
			text: "Halvorsen Corp has agreed to pay $40 million to settle claims over its pension fund.",
			want: []string{"AGREEMENT agreed [Halvorsen Corp:PARTICIPANT]"},
		},
		{
			name: "a fine paid for a wrong",
			text: "Halvorsen Corp has agreed to pay a $1.5 million fine for bribing a customs official.",
			want: []string{"AGREEMENT agreed [Halvorsen Corp:PARTICIPANT]"},
		},
		{
			name: "captives freed",
			text: "Indonesia has agreed to free two Australian fishermen held since March.",
			want: []string{"AGREEMENT agreed [Indonesia:PARTICIPANT]"},
		},
		{
			// near: the sum buys a thing, and the seller goes unnamed
			name:   "a sum paid for a thing",
			text:   "Halvorsen Corp has agreed to pay 125 mln dlrs for six vessels and port equipment.",
			absent: []string{"AGREEMENT"},
		},
	})
}
