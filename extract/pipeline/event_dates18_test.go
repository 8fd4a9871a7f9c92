package pipeline

import "testing"

// TestEventDatesSeventeenthLeadAdverb: a lead's perfect with an adverb
// between "has" and the participle ("has formally requested") is dated by
// the day the next sentence gives, as a plain perfect is (perfectAfterAdverb);
// a negated perfect is no news of a day.
func TestEventDatesSeventeenthLeadAdverb(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "adverb inside the perfect",
			text: "Opposition leader Tomas Varga has formally requested political asylum in Argentina.\n\nArgentine officials say Mr. Varga filed his application after arriving from Chile Tuesday.",
			want: []string{"APPEAL requested=2007-06-12@0"},
		},
		{
			name: "plain perfect",
			text: "Opposition leader Tomas Varga has requested political asylum in Argentina.\n\nArgentine officials say Mr. Varga filed his application after arriving from Chile Tuesday.",
			want: []string{"APPEAL requested=2007-06-12@0"},
		},
	})
}

// TestEventDatesSeventeenthPerfectSubject: the event noun that is the
// subject of a later sentence's perfect ("A suspected missile strike has
// killed ...") takes the day the next sentence gives (perfectSubject); a
// noun event told after the perfect's object with a tie of its own does
// not.
func TestEventDatesSeventeenthPerfectSubject(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "subject noun of the perfect",
			text: "Oil prices rose on Monday.\n\nA suspected U.S. missile strike has killed three people in Pakistan's South Waziristan region.\n\nLocal officials say the strike Sunday hit a compound near the town of Wana.",
			want: []string{"ATTACK missile strike=2007-06-10@1"},
		},
		{
			// near: the next sentence tells another story; its day is not the strike's
			name: "next sentence of another story",
			text: "Oil prices rose on Monday.\n\nA suspected U.S. missile strike has killed three people in Pakistan's South Waziristan region.\n\nShares of Toyota closed higher in Tokyo on Sunday.",
			want: []string{"ATTACK missile strike=@1"},
		},
	})
}

// TestEventDatesSeventeenthArrival: a visit told without its day or by a
// week takes the day of its agent's arrival told in a later sentence
// (arrivalDay); an arrival of someone else leaves it alone.
func TestEventDatesSeventeenthArrival(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "coming arrival by a pronoun",
			text: "German Foreign Minister Frank Steinmeier will visit Ukraine later this week.\n\nHe is flying to the Ukrainian capital, Kiev, Friday for talks with President Viktor Yushchenko.",
			want: []string{"VISIT visit=2007-06-15@0"},
		},
		{
			name: "arrival after a relative clause",
			text: "Japanese Foreign Minister Taro Aso will visit China this week to discuss the stalled nuclear talks.\n\nMr. Aso, who is also a senior member of the ruling party, will arrive in Beijing on Tuesday.",
			want: []string{"VISIT visit=2007-06-19@0"},
		},
		{
			// near: someone else flies; the visit keeps its week
			name: "another's journey",
			text: "German Foreign Minister Frank Steinmeier will visit Ukraine later this week.\n\nUkrainian Prime Minister Viktor Yanukovych is flying to Moscow Friday for talks with President Vladimir Putin.",
			want: []string{"VISIT visit=2007-W24@0"},
		},
	})
}
