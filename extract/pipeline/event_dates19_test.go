package pipeline

import "testing"

// TestEventDatesEighteenthVenue: a gathering named as the venue of a dated
// act after a place ("announced ... Wednesday in the capital, Montevideo, at
// a meeting of") took place on the act's day; a gathering a later verb of
// its own tells of is left alone (venueGathering).
func TestEventDatesEighteenthVenue(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "venue after a place",
			text: "Chilean President Michelle Bachelet announced the reform Wednesday in the Chilean capital, Santiago, at a meeting with Argentine President Nestor Kirchner.",
			want: []string{"MEET meeting with=2007-06-13@0"},
		},
		{
			name: "comment at a conference",
			text: "Foreign Minister Sergei Lavrov made the remarks Saturday in Manama, Bahrain at a conference of the Gulf Cooperation Council.",
			want: []string{"MEET conference=2007-06-09@0"},
		},
		{
			// near: the venue hangs on a verb of its own after the date
			name: "verb of its own",
			text: "Chilean President Michelle Bachelet said Wednesday in the Chilean capital, Santiago, she will raise the issue at a meeting with Argentine President Nestor Kirchner.",
			want: []string{"MEET meeting with=@0"},
		},
	})
}

// TestEventDatesEighteenthPlanNoun: "announced his plans Wednesday" is a
// past act on the Wednesday before publication; "plans to meet ... on
// Wednesday" is still to come (planNoun).
func TestEventDatesEighteenthPlanNoun(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "plans as a noun",
			text: "Chilean President Michelle Bachelet announced plans Wednesday at a meeting with Argentine President Nestor Kirchner in Santiago.",
			want: []string{"MEET meeting with=2007-06-13@0"},
		},
		{
			name: "plans as a verb",
			text: "Argentina plans talks with Chile on Wednesday, officials said.",
			want: []string{"NEGOTIATE talks=2007-06-20@0"},
		},
	})
}

// TestEventDatesEighteenthMonthDay: a coming event told by a month ("next
// month", "later this month") takes the calendar day a later sentence of
// the item gives the same event: by an event of its type with the same
// sides, or by its own noun retold with "the"; an event of other sides
// keeps its month (comingMonthDay).
func TestEventDatesEighteenthMonthDay(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "same event later",
			text: "The Kremlin says President Vladimir Putin will travel to Brazil next month.\n\nA statement issued Wednesday said Mr. Putin will visit Brazil from November 3 through 5 to meet President Luiz Inacio Lula da Silva.",
			want: []string{"VISIT travel=2007-11-03@0"},
		},
		{
			name: "noun retold",
			text: "India and France will hold their first joint naval exercises later this month.\n\nThe Indian Defense Ministry says the exercises will take place August 18 through August 25 off the coast of Goa.",
			want: []string{"MILITARY_POSTURE naval exercises=2007-08-18@0"},
		},
		{
			// near: the later day is another visit's (another place)
			name: "other sides",
			text: "The Kremlin says President Vladimir Putin will travel to Brazil next month.\n\nA statement issued Wednesday said Mr. Putin will visit Argentina from November 3 through 5 to meet President Nestor Kirchner.",
			want: []string{"VISIT travel=2007-07@0"},
		},
	})
}
