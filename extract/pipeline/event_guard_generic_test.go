package pipeline

import (
	"strings"
	"testing"
)

// TestGenericEventsAreNotEvents: a habit or a tally over a long span is not
// an event a story reports; one act told with its time is.
func TestGenericEventsAreNotEvents(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, want string // want: the "TYPE trigger" that must (or, with "-", must not) be found
	}{
		{"Pakistani troops clash regularly with Taleban fighters along the Afghan border.", "-ATTACK clash"},
		{"Pakistani troops clashed with Taleban fighters along the Afghan border on Sunday.", "ATTACK clashed"},
		{"There have been almost daily demonstrations in Kathmandu against China since March.", "-PROTEST demonstrations"},
		{"Hundreds of Tibetans staged demonstrations in Kathmandu against China on Monday.", "PROTEST demonstrations"},
		{"Suspected U.S. drones have carried out at least 20 missile strikes on militant targets in Pakistan over the past year.", "-ATTACK missile strikes"},
		{"Suspected U.S. drones carried out two missile strikes on militant targets in Pakistan over the weekend.", "ATTACK missile strikes"},
		{"Sri Lankan troops have been battling Tamil Tiger rebels in the east since July.", "-ATTACK battling"},
	} {
		got := eventTypes(t, p, c.text)
		want, absent := strings.CutPrefix(c.want, "-")
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if found == absent {
			t.Errorf("Analyze(%q) = %v; want %q found: %v", c.text, got, want, !absent)
		}
	}
}
