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

// TestEventDatesEighteenthSameWeekday: told on a Thursday, a weekday
// "Thursday" after "will" is the Thursday a week ahead; the news present
// of the headline ("holds talks ... Thursday") is today (weekAhead).
func TestEventDatesEighteenthSameWeekday(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "will ... Thursday",
			text: "Leaders of Italy's two main parties will hold a special meeting Thursday to decide who should lead the next government.",
			want: []string{"MEET meeting=2007-06-21@0"},
		},
		{
			name: "will ... Friday",
			text: "Leaders of Italy's two main parties will hold a special meeting Friday to decide who should lead the next government.",
			want: []string{"MEET meeting=2007-06-15@0"},
		},
		{
			name: "news present today",
			text: "U.S. envoy George Mitchell holds talks with Israeli Prime Minister Benjamin Netanyahu in Jerusalem Thursday.",
			want: []string{"NEGOTIATE talks=2007-06-14@0"},
		},
	})
}
