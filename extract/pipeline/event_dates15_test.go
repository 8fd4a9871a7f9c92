package pipeline

import "testing"

// TestEventDatesFourteenth pins date mechanisms of the fourteenth session's
// helper dates15: each case failed before its mechanism, and each near case
// is one the mechanism must leave alone.
func TestEventDatesFourteenth(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			// a perfect lead told without "say" takes the day of the report
			// the next sentence gives (newsNextDay)
			name: "lead dated by the next sentence's report",
			text: "The Asian Development Bank has suspended loans to Laos after finding evidence of fraud in two irrigation projects.\n\n" +
				"In a statement released Tuesday, the bank said the suspended projects involved roads and water supply.",
			want: []string{"SANCTION suspended=2007-06-12@0*"},
		},
		{
			// near: a day of the news itself wins over the report's
			name: "news day wins over the report day",
			text: "The Asian Development Bank has suspended loans to Laos after finding evidence of fraud in two irrigation projects.\n\n" +
				"The bank said Tuesday it suspended the loans on Monday.",
			want: []string{"SANCTION suspended=2007-06-11@0*"},
		},
		{
			// "told VOA Friday" is a report's day: the published weekday
			// after it is the one before that Friday (timex toldHearer)
			name: "told a hearer on a day",
			text: "Colombia says a car bomb has killed a senior prosecutor, Luis Alberto Mejia.\n\n" +
				"Officials told VOA Friday the charred body was identified as that of Mr. Mejia, who was killed around midnight Thursday as he drove home in Bogota.",
			want: []string{"ATTACK killed=2007-06-07@0*"},
		},
	})
}

// TestEventDatesFourteenthWeekBack: a bare weekday read as the published day
// is the one a week back when the event was first told by a past period
// that holds that day (weekBack); a period holding the published day keeps
// it.
func TestEventDatesFourteenthWeekBack(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "published weekday a week back",
			text: "Nigerian officials say gunmen have freed a Dutch oil engineer seized last week in the Niger Delta.\n\n" +
				"Officials say the Dutch national was freed late Sunday.\n\n" +
				"He was seized Thursday by four gunmen near the town of Port Harcourt.",
			want: []string{"ATTACK seized=2007-06-07@0,2"},
		},
		{
			name: "this week holds the published weekday",
			text: "Nigerian officials say gunmen have freed a Dutch oil engineer seized earlier this week in the Niger Delta.\n\n" +
				"Officials say the Dutch national was freed late Sunday.\n\n" +
				"He was seized Thursday by four gunmen near the town of Port Harcourt.",
			want: []string{"ATTACK seized=2007-06-14@0,2"},
		},
	})
}

// TestEventDatesFourteenthInNoun: a verb's act done "in" an event noun of
// another type shares its day (inEventDay); the noun of a clause of its own
// does not.
func TestEventDatesFourteenthInNoun(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "arrests in raids",
			text: "Gunmen killed two Iraqi soldiers in Baghdad Wednesday.\n\n" +
				"In another development today, Iraqi officials say police have detained at least 40 suspected insurgents in raids across the country.",
			want: []string{"ATTACK raids=2007-06-14@1"},
		},
		{
			name: "raids in a clause of their own",
			text: "Gunmen killed two Iraqi soldiers in Baghdad Wednesday.\n\n" +
				"In another development today, Iraqi officials say police have detained at least 40 suspected insurgents, and raids across the country continue.",
			want: []string{"ATTACK raids=@1"},
		},
	})
}

// TestEventDatesFourteenthNamedPresent: the news present after a named
// subject is the coming weekday (namedSubjectPresent); the past tense keeps
// the past one.
func TestEventDatesFourteenthNamedPresent(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "named subject, news present",
			text: "Ukraine's president will address the U.S. Congress next week.\n\n" +
				"Mr. Yushchenko meets President Bush at the White House Monday.",
			want: []string{"MEET meets=2007-06-18@1"},
		},
		{
			name: "named subject, past",
			text: "Ukraine's president addressed the U.S. Congress last week.\n\n" +
				"Mr. Yushchenko met President Bush at the White House Monday.",
			want: []string{"MEET met=2007-06-11@1"},
		},
	})
}

// TestEventDatesFourteenthPair: the first of two past predicates joined by
// "and" shares the day told after the second (firstOfPair); a new clause
// after a comma does not.
func TestEventDatesFourteenthPair(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "two predicates, one day",
			text: "Thai police took 40-year-old Somchai Prasert into custody and charged him in the case Friday.",
			want: []string{"ARREST took=2007-06-08@0"},
		},
		{
			name: "a new clause after a comma",
			text: "Thai police took 40-year-old Somchai Prasert into custody, and prosecutors charged him in the case Friday.",
			want: []string{"ARREST took=@0"},
		},
	})
}
