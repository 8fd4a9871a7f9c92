package pipeline

import "testing"

// TestEventDatesNineteenthArranged: the present progressive of a verb of
// arranged events, read over a place or an object before the day ("are
// holding talks in Geneva Friday", "is meeting in the Austrian capital Vienna
// Monday", "the summit taking place in Accra Saturday"), tells a day still to
// come; a past verb nearer the day keeps it past (arrangedAhead).
func TestEventDatesNineteenthArranged(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "progressive over a place",
			text: "Iranian and European negotiators are holding new talks in Geneva Friday on Tehran's nuclear program.",
			want: []string{"NEGOTIATE talks=2007-06-15@0"},
		},
		{
			name: "progressive over a capital",
			text: "The European Union is meeting in the Austrian capital Vienna Monday to discuss the crisis in Lebanon.",
			want: []string{"MEET meeting=2007-06-18@0"},
		},
		{
			// near: the day is a past verb's, nearer than the progressive
			name: "past verb nearer",
			text: "Iranian and European negotiators are holding new talks in Geneva after Iran rejected the offer Friday.",
			want: []string{"NEGOTIATE talks=@0"},
		},
		{
			// near: a past progressive tells a day gone by
			name: "past progressive",
			text: "Iranian and European negotiators were holding new talks in Geneva Friday on Tehran's nuclear program.",
			want: []string{"NEGOTIATE talks=2007-06-08@0"},
		},
	})
}
