package pipeline

import "testing"

// TestEventDatesWaitingWeekday: a set event named by its weekday after a
// preposition of waiting ("ahead of", "on the eve of", "to", "pulled out
// of", "during" in a pledge's infinitive) is the coming one, whatever the
// tense of the sentence (waitingWeekday); the same noun after a word of
// its outcome ("the winner of", "results from") stays past.
func TestEventDatesWaitingWeekday(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "observer mission to the possessive weekday",
			text: "The European Union sent a large observer mission to Sunday's presidential election in Ukraine.",
			want: []string{"ELECTION election=2007-06-17@0"},
		},
		{
			name: "eve of a meeting weekday",
			text: "Speaking on CNN on the eve of a White House meeting Monday with President Bush, Pakistani President Pervez Musharraf said the border was secure.",
			want: []string{"MEET meeting=2007-06-18@0"},
		},
		{
			name: "pledged calm during the possessive weekday",
			text: "Several armed Iraqi groups have pledged to maintain calm during Saturday's Iraqi parliamentary elections.",
			want: []string{"ELECTION elections=2007-06-16@0"},
		},
		{
			name: "vowed to disrupt the possessive weekday",
			text: "Several armed Iraqi groups have vowed to disrupt Saturday's Iraqi parliamentary elections.",
			want: []string{"ELECTION elections=2007-06-16@0"},
		},
		{
			// near: the same noun after a word of its outcome is past
			name: "results of the possessive weekday",
			text: "Several armed Iraqi groups have rejected the results of Saturday's Iraqi parliamentary elections.",
			want: []string{"ELECTION elections=2007-06-09@0"},
		},
	})
}

// TestEventDatesCalledFor: a set event called or set by a verb and dated
// after its object ("called a snap election for May 5", "called an
// emergency meeting of the council on Tuesday") is still to come
// (calledFor); a known meeting ("the meeting") keeps the past reading.
func TestEventDatesCalledFor(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "called an election for a day of next year",
			text: "Canada's Prime Minister Paul Martin has called a snap parliamentary election for January 23.",
			want: []string{"ELECTION election=2008-01-23@0"},
		},
		{
			name: "called a meeting on a weekday",
			text: "Arab foreign ministers have called an emergency meeting of the Arab League on Monday to discuss the crisis.",
			want: []string{"MEET meeting=2007-06-18@0"},
		},
		{
			// near: a past meeting held on the day
			name: "held a meeting on a weekday",
			text: "Arab foreign ministers held an emergency meeting of the Arab League on Monday to discuss the crisis.",
			want: []string{"MEET meeting=2007-06-11@0"},
		},
	})
}
