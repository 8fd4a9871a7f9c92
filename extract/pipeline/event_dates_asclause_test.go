package pipeline

import "testing"

// TestEventDatesAsClause: an event told in a clause of time opened by "as"
// shares the sentence's one day, tied to a dated event (linkedClause) or to
// a dated report right before it (asAfterDate); "as saying" opens no clause.
func TestEventDatesAsClause(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "after a dated report",
			text: "The findings were released Tuesday in Geneva, as Sudanese troops deployed near the border with Chad.",
			want: []string{"MILITARY_POSTURE deployed=2007-06-12@0"},
		},
		{
			name: "after a dated event",
			text: "The Prime Minister arrived in Cairo Monday as rebels attacked a police station in Sudan.",
			want: []string{"ATTACK attacked=2007-06-11@0"},
		},
		{
			// near: "as well as" joins two things named, no clause of time
			name: "as well as",
			text: "The rebels are blamed for Sunday's bombings in Lagos, as well as the 2004 bombings which killed 30 Nigerians in Kano.",
			want: []string{"ATTACK killed=2004@0"},
		},
	})
}
