package pipeline

import "testing"

// TestStandingText: a plan or a constitution that "calls for" something
// tells what it provides, no appeal; a body that calls for it appeals, and
// a resolution it passes is its appeal.
func TestStandingText(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"The Arab peace plan calls on Israel to withdraw from all land captured in 1967.", "-APPEAL calls"},
		{"Kenya's new constitution also calls for the president to name a prime minister.", "-APPEAL calls"},
		{"The Arab League called on Israel to withdraw from all land captured in 1967.", "APPEAL called"},
		{"The European Parliament passed a resolution calling on Turkey to recognize the killings.", "APPEAL calling"},
	})
}
