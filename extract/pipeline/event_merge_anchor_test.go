package pipeline

import "testing"

// TestAnchoredApart: a verb in a clause that dates another event ("days
// after X met Y") is an event of its own when it names a party the other
// does not, or when a span of years parts it from the event of its
// sentence; a retelling with the same parties, and "after the
// negotiations" with no span, stay one event. Two pacts of one country with
// two other countries are two pacts; a pact retold with a city for a
// country is one.
func TestAnchoredApart(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "days after another meeting",
			text: "Jordan's foreign minister Nasser Judeh met with Hamas leader Ismail Haniyeh Monday in Amman. The meeting comes just days after Judeh met with members of a Fatah delegation.",
			want: []string{"MEET met with=*@0", "MEET met with=*@1"},
		},
		{
			// near: the clause retells the meeting told before
			name: "after the same meeting",
			text: "President Bush met Russian President Vladimir Putin in Moscow on Monday. The Kremlin issued a statement after Mr. Bush met Mr. Putin.",
			want: []string{"MEET met=*@0,1"},
		},
		{
			name: "years after negotiations",
			text: "Israel and Syria have resumed indirect talks in Istanbul, nine years after negotiations between Syria and Israel broke down over the Golan Heights.",
			want: []string{"NEGOTIATE talks=*@0", "NEGOTIATE negotiations=*@0"},
		},
		{
			name: "two countries' pacts",
			text: "Kazakhstan and the United States have signed an agreement on nuclear energy. Officials say Kazakhstan signed a deal with a Chinese company to build the first reactor.",
			want: []string{"AGREEMENT agreement=*@0", "AGREEMENT signed=*@1"},
		},
		{
			// near: a city names the same country: one pact
			name: "one pact retold",
			text: "Kazakhstan and the United States have signed an agreement on nuclear energy. Officials say Kazakhstan signed the deal with Washington after months of talks.",
			want: []string{"AGREEMENT agreement=*@0,1"},
		},
	})
	// near: no span, a noun: the talks told before
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{{
		name:   "after the negotiations",
		text:   "Israel and Syria have resumed indirect talks in Istanbul, after the negotiations between Syria and Israel broke down over the Golan Heights.",
		absent: []string{"NEGOTIATE negotiations"},
	}})
}
