package pipeline

import "testing"

// TestEventDatesSixteenthPossessiveWeekday: an event named by a weekday in
// the possessive after a past day of the same sentence ("police Friday
// detained ... over Thursday's bombing") is the one before that day (timex
// possessiveAt), not the published Thursday.
func TestEventDatesSixteenthPossessiveWeekday(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "possessive weekday after a past day",
			text: "Afghan police on Friday arrested three men in connection with Thursday's attack on the Indian embassy in Kabul.",
			want: []string{"ATTACK attack=2007-06-07@0"},
		},
		{
			// near: no day named before it, the published Thursday
			name: "possessive weekday alone",
			text: "Afghan police have arrested three men in connection with Thursday's attack on the Indian embassy in Kabul.",
			want: []string{"ATTACK attack=2007-06-14@0"},
		},
	})
}

// TestEventDatesSixteenthSpanStart: a visit or meeting of several days told
// at its end ("at the end of a three-day visit") is dated by its first day
// (spanStarts); one told during its course keeps the day told.
func TestEventDatesSixteenthSpanStart(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "end of a three-day visit",
			text: "Speaking in Nairobi Friday at the end of a three-day visit to Kenya, Chinese President Hu Jintao pledged more aid.",
			want: []string{"VISIT visit=2007-06-06@0"},
		},
		{
			name: "report at the end of a two-day meeting",
			text: "In a statement released Sunday at the end of their two-day meeting in Brussels, NATO defense ministers praised the mission.",
			want: []string{"MEET meeting=2007-06-09@0"},
		},
		{
			// near: during the visit, the day told is a day of it
			name: "during a three-day visit",
			text: "Speaking in Nairobi Friday during a three-day visit to Kenya, Chinese President Hu Jintao pledged more aid.",
			want: []string{"VISIT visit=2007-06-08@0"},
		},
	})
}

// TestEventDatesSixteenthParenthesis: a list's part (", including a
// child,") or an apposition to a name (", a member of ...,") between an
// event and the date at the end of its clause leaves the date the event's
// (parenthesisOpens); a list of names going on after the comma does not.
func TestEventDatesSixteenthParenthesis(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "list part between",
			text: "President Karzai has ordered an investigation into the killings of nine Afghans, including two women, by NATO troops in Khost province on Tuesday.",
			want: []string{"ATTACK killings=2007-06-12@0"},
		},
		{
			name: "apposition between",
			text: "The Iraqi army says soldiers killed Abu Omar, a senior leader of the Islamic Army group, during a raid in Mosul on Sunday.",
			want: []string{"ATTACK killed=2007-06-10@0"},
		},
		{
			// near: a list of names, then a verb of its own with the date
			name: "list of names then another verb",
			text: "Australian trade minister Mark Vaile is on a two-day visit to Malaysia after talks in Japan, the EU and Thailand, and leaves for Indonesia on Wednesday.",
			want: []string{"VISIT visit=@0"},
		},
	})
}
