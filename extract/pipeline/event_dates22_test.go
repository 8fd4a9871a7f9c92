package pipeline

import "testing"

// TestEventDatesTwentyFirstPresentWaited: a possessive weekday naming a set
// event in a clause of the present is the coming day (2007-06-14 is a
// Thursday); in a clause of the past, or after a word of its outcome, it is
// the last one (presentWaited).
func TestEventDatesTwentyFirstPresentWaited(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "front-runner for",
			text: "Former Prime Minister Viktor Orban remains the favorite for Sunday's parliamentary election, as campaigning in Hungary draws to a close.",
			want: []string{"ELECTION election=2007-06-17@0"},
		},
		{
			name: "at stake in",
			text: "At stake in Saturday's election in Kenya is control of the 210-seat parliament.",
			want: []string{"ELECTION election=2007-06-16@0"},
		},
		{
			// near: the same noun in a clause of the past
			name: "past clause",
			text: "Foreign observers praised Sunday's parliamentary election in Hungary as free and fair.",
			want: []string{"ELECTION election=2007-06-10@0"},
		},
		{
			// near: a present clause about the outcome
			name: "outcome",
			text: "Opposition leaders in Hungary reject Sunday's election results as rigged.",
			want: []string{"ELECTION election=2007-06-10@0"},
		},
	})
}

// TestEventDatesTwentyFirstOpeningPlace: a date opening the sentence with
// its place before one comma dates the main clause ("Earlier today in Saudi
// Arabia, Ms. Rice had talks"); a date after a participle is the
// participle's (datePlaceOpening).
func TestEventDatesTwentyFirstOpeningPlace(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "date and place",
			text: "On Wednesday in Riyadh, Secretary of State Condoleezza Rice had talks with King Abdullah on the war on terror.",
			want: []string{"NEGOTIATE talks=2007-06-13@0"},
		},
		{
			// near: a sentence with a second date is a report of what that date tells
			name: "second date",
			text: "Earlier today in Washington, U.S. television networks reported that American forces attacked two Iranian oil platforms late Sunday.",
			want: []string{"ATTACK attacked=2007-06-10@0"},
		},
		{
			// near: the date belongs to the opening participle
			name: "participle",
			text: "Speaking Wednesday in Riyadh, Secretary of State Condoleezza Rice said the June elections in Lebanon must be fair.",
			want: []string{"ELECTION elections=2007-06@0"},
		},
	})
}

// TestEventDatesTwentyFirstObjectVerb: a date right after the object noun
// of a verb of the same event ("delivered the warning Thursday") is the
// verb's; a date of another clause after the object is not
// (objectVerbOf).
func TestEventDatesTwentyFirstObjectVerb(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "object then date",
			text: "Saudi Crown Prince Abdullah delivered the warning Thursday to the Syrian leader.",
			want: []string{"THREATEN delivered=2007-06-14@0"},
		},
		{
			// near: the day is another clause's
			name: "date of the talks",
			text: "Saudi Crown Prince Abdullah delivered the warning to the Syrian leader before the talks Thursday.",
			want: []string{"THREATEN delivered=@0"},
		},
	})
}
