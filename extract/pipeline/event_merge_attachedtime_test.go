package pipeline

import "testing"

// TestTimeAtTrigger: a past year attached to a verb trigger ("was reelected
// in 1998") tells an earlier event than the one told before; the same verb
// without a time retells it. A noun told first without a time is dated by
// the later report, not split from it.
func TestTimeAtTrigger(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "reelected in an earlier year",
			text: "Guinean President Lansana Conte was reelected on Sunday. He was reelected in 1998 and again in 2003.",
			want: []string{"ELECTION reelected=2007-06-10@0", "ELECTION reelected=1998@1"},
		},
		{
			// near: no time on the trigger: the same election
			name: "retold",
			text: "Guinean President Lansana Conte was reelected on Sunday. He was reelected with 95 percent of the vote.",
			want: []string{"ELECTION reelected=2007-06-10@0,1"},
		},
	})
}
