package pipeline

import "testing"

// TestEventDatesFifteenthAhead: a scheduled event named by a month and day
// after a word of waiting ("before the January 30 elections") is the next
// such day (waitingAhead); after a past verb it is the last one.
func TestEventDatesFifteenthAhead(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "waiting for a named election day",
			text: "Rebels in Haiti are stepping up attacks on police before the January 30 parliamentary elections.",
			want: []string{"ELECTION elections=2008-01-30@0"},
		},
		{
			name: "campaigning for a named election day",
			text: "Campaigning for Haiti's February 8 elections begins Tuesday.",
			want: []string{"ELECTION elections=2008-02-08@0"},
		},
		{
			// near: a past verb before the waiting word tells of the past
			name: "past verb before the waiting word",
			text: "Attacks on police in Haiti surged before the January 30 parliamentary elections.",
			want: []string{"ELECTION elections=2007-01-30@0"},
		},
	})
}

// TestEventDatesFifteenthNamedYear: "March 22, last year" is the year
// before publication (timex namedYear).
func TestEventDatesFifteenthNamedYear(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "day then last year",
			text: "The militant commander was killed by Israeli troops in Gaza on March 22, last year.",
			want: []string{"ATTACK killed=2006-03-22@0"},
		},
		{
			// near: the day alone, in a past sentence, is this year's
			name: "day alone",
			text: "The militant commander was killed by Israeli troops in Gaza on March 22.",
			want: []string{"ATTACK killed=2007-03-22@0"},
		},
	})
}

// TestEventDatesFifteenthExactLater: an event first dated by a period
// ("last month's", "next month's") takes the calendar day a later sentence
// names it by, in the period's direction (exactLaterDay); a day naming an
// event of another type leaves it alone.
func TestEventDatesFifteenthExactLater(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "past period then the day",
			text: "Officials in Haiti say they have fired 30 poll workers for fraud in last month's parliamentary elections.\n\n" +
				"Reports of ballot stuffing in the August 20 vote led to protests in the capital.",
			want: []string{"ELECTION elections=2006-08-20@0*"},
		},
		{
			name: "coming period then the day",
			text: "Electoral officials in Haiti have barred 200 candidates from next month's parliamentary elections.\n\n" +
				"The candidates may not run in the March 9 vote.",
			want: []string{"ELECTION elections=2008-03-09@0*"},
		},
		{
			// near: the day names a summit, not the election
			name: "day of another type's noun",
			text: "Officials in Haiti say they have fired 30 poll workers for fraud in last month's parliamentary elections.\n\n" +
				"The issue will be raised at the August 20 summit of Caribbean leaders.",
			want: []string{"ELECTION elections=2007-05@0*"},
		},
	})
}

// TestEventDatesFifteenthOpens: a relative clause in the news present
// telling when an event noun begins ("which opens Friday") dates that noun,
// also after the name completing it ("the Summit of the Americas"); a
// relative clause of another verb leaves it alone.
func TestEventDatesFifteenthOpens(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "which opens, after a name",
			text: "President Calderon is on his way to Santiago, Chile, to attend the Summit of the Americas, which opens Saturday.",
			want: []string{"MEET Summit=2007-06-16@0"},
		},
		{
			name: "which begins on",
			text: "The U.N. envoy said Sudan must stop efforts to taint the result of the referendum, which begins on Sunday.",
			want: []string{"ELECTION referendum=2007-06-17@0"},
		},
		{
			// near: the clause tells of something else said of the vote
			name: "which another verb",
			text: "The U.N. envoy said Sudan must stop efforts to taint the result of the referendum, which observers criticized on Sunday.",
			want: []string{"ELECTION referendum=@0"},
		},
	})
}
