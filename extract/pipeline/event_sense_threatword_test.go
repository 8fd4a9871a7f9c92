package pipeline

import "testing"

// TestThreatenNeedsAThreatWord: a THREATEN read from a sentence with no word
// of threat, warning or condition is dropped; a stated threat stays one.
func TestThreatenNeedsAThreatWord(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Acme Corp said it is escalating its war with software pirates in Asia.", "-THREATEN escalating"},
		{"Finance Minister Helmut Kohl pledged to continue making defeat of inflation a top priority.", "-THREATEN pledged"},
		{"Syria threatened to close its border with Jordan, officials said.", "THREATEN threatened"},
	})
}
