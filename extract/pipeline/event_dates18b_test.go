package pipeline

import "testing"

// TestEventDatesSeventeenthSaidComma: a report's day set off by a comma
// from its verb ("A spokesman Sunday, said") bounds the bare weekdays the
// report tells of, as "said Sunday" does: the published Thursday told after
// it is the Thursday before that Sunday (timex saidAfterComma).
func TestEventDatesSeventeenthSaidComma(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "report day set off by a comma",
			text: "A Somali government spokesman Sunday, said the clan militias, including the Hawiye, agreed to stop the fighting after meeting late Thursday with Prime Minister Ali Gedi.",
			want: []string{"AGREEMENT agreed=2007-06-07@0"},
		},
		{
			// near: no report's day before it; the published Thursday stands
			name: "no report day",
			text: "A Somali government spokesman said the clan militias, including the Hawiye, agreed to stop the fighting after meeting late Thursday with Prime Minister Ali Gedi.",
			want: []string{"AGREEMENT agreed=2007-06-14@0"},
		},
	})
}

// TestEventDatesSeventeenthDayAfter: "sentenced Friday - one day after ..."
// turns the story back to the day before that Friday: the published
// Thursday the next sentence names is the Thursday of the week before
// (dayBeforeTold); without the "day after" it is the published day.
func TestEventDatesSeventeenthDayAfter(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "one day after",
			text: "A court in Minsk has jailed an opposition activist for ten days.\n\nAles Bialou was sentenced Friday - one day after two other activists were given similar terms.\n\nThursday, a district court sentenced Pavel Sevyarynets for organizing an unsanctioned rally.",
			want: []string{"SENTENCE sentenced=2007-06-07@2"},
		},
		{
			name: "no day after",
			text: "A court in Minsk has jailed an opposition activist for ten days.\n\nAles Bialou was sentenced Friday for taking part in a rally.\n\nThursday, a district court sentenced Pavel Sevyarynets for organizing an unsanctioned rally.",
			want: []string{"SENTENCE sentenced=2007-06-14@2"},
		},
	})
}

// TestEventDatesSeventeenthEarlierInWeek: "earlier in the week" is the week
// of the day the story is at (a Saturday of the week before the published
// one), not the published week; with no day named it is the published week.
func TestEventDatesSeventeenthEarlierInWeek(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "week of the story's day",
			text: "An Afghan army spokesman said Saturday that troops arrested two suspects.\n\nTaliban fighters attacked a police post in Kandahar earlier in the week.",
			want: []string{"ATTACK attacked=2007-W23@1"},
		},
		{
			name: "no day named",
			text: "Afghan troops are searching for two suspects.\n\nTaliban fighters attacked a police post in Kandahar earlier in the week.",
			want: []string{"ATTACK attacked=2007-W24@1"},
		},
	})
}
