package pipeline

import "testing"

// TestBailSum pins a release on a sum of bail or on bond as a TRIAL
// (bailSum, event_trig_bail.go) and leaves bond markets alone.
func TestBailSum(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Former mayor Mark Dobbs was released on $25,000 bond after he surrendered to police.", "TRIAL released on $25,000 bond"},
		{"Aid worker Laura Kent was freed earlier this week on $300,000 bail, her lawyer said.", "TRIAL freed earlier this week on $300,000 bail"},
		{"Former mayor Mark Dobbs was released on bond.", "TRIAL released on bond"},
		{"The central bank released new figures on bond yields on Tuesday.", "-TRIAL"},
		{"The Treasury freed $5 billion on bond sales last year.", "-TRIAL"},
	})
}

// TestCourtNouns pins the reach of the three court lists that share
// courtHeads (event_courtnouns.go): each keeps the words its reader added,
// and none takes another's ("the Justice Ministry ruled" is no court
// decision; an umpire decides an appeal, not a plea in court).
func TestCourtNouns(t *testing.T) {
	for _, c := range []struct {
		set  map[string]bool
		name string
		in   []string
		out  []string
	}{
		{courtWords, "courtWords", []string{"court", "judge", "tribunal", "justice", "panel"}, []string{"umpire", "jury"}},
		{courtSubjects, "courtSubjects", []string{"court", "courts", "magistrates", "jury", "arbitrator"}, []string{"justice", "panel", "umpire"}},
		{deciders, "deciders", []string{"court", "magistrate", "justice", "umpire", "referees", "arbitration"}, []string{"panel", "jury"}},
	} {
		for _, w := range c.in {
			if !c.set[w] {
				t.Errorf("%s lacks %q", c.name, w)
			}
		}
		for _, w := range c.out {
			if c.set[w] {
				t.Errorf("%s has %q", c.name, w)
			}
		}
	}
}
