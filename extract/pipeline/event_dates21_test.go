package pipeline

import "testing"

// TestEventDatesTwentiethSameWeekday: a weekday that is the published
// day's own (2007-06-14 is a Thursday) is that day, in a future clause too:
// a wire's "will file a suit Tuesday" in a Tuesday story means today. dates21
// read it as next week's, the convention a few VOA labels follow for stories
// whose real day is unknown; the lead kept real news's reading and reverted
// it (nextWeekSameDay: TUNE dates +3, Reuters 0 changed).
func TestEventDatesTwentiethSameWeekday(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "modal future",
			text: "Chancellor Angela Merkel will hold talks with French President Nicolas Sarkozy Thursday in Berlin on the budget dispute.",
			want: []string{"NEGOTIATE talks=2007-06-14@0"},
		},
		{
			name: "past clause",
			text: "Chancellor Angela Merkel held talks with French President Nicolas Sarkozy Thursday in Berlin on the budget dispute.",
			want: []string{"NEGOTIATE talks=2007-06-14@0"},
		},
		{
			// another weekday is the coming one of this week
			name: "other weekday",
			text: "Chancellor Angela Merkel will hold talks with French President Nicolas Sarkozy Saturday in Berlin on the budget dispute.",
			want: []string{"NEGOTIATE talks=2007-06-16@0"},
		},
	})
}

// TestEventDatesTwentiethDuringGathering: a gathering noun after "during"
// right after a dated act was held that day ("made the demand Sunday during
// a meeting with ..."); a gathering the act is only about keeps no date
// (venueGathering).
func TestEventDatesTwentiethDuringGathering(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "during a meeting",
			text: "Trade Minister Akira Amari made the request Sunday during a meeting with U.S. Trade Representative Susan Schwab in Tokyo.",
			want: []string{"MEET meeting with=2007-06-10@0"},
		},
		{
			// near: the meeting is what the request is about, still to come
			name: "about a meeting",
			text: "Trade Minister Akira Amari made the request Sunday for a meeting with U.S. Trade Representative Susan Schwab in Tokyo.",
			want: []string{"MEET meeting with=@0"},
		},
	})
}

// TestEventDatesTwentiethDuringOccasion: an occasion told right after the
// sentence's one date after "during" was going on at that date, at any
// precision; an occasion after another preposition is left alone
// (duringOccasion).
func TestEventDatesTwentiethDuringOccasion(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "month",
			text: "Pakistani President Pervez Musharraf met Kashmiri separatist leaders last month during his visit to India.",
			want: []string{"VISIT visit=2007-05@0"},
		},
		{
			// near: the visit is what the meeting looked ahead to
			name: "before",
			text: "Pakistani President Pervez Musharraf met Kashmiri separatist leaders last month before his visit to India.",
			want: []string{"VISIT visit=@0"},
		},
	})
}
