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
