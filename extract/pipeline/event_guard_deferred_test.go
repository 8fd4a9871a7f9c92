package pipeline

import (
	"strings"
	"testing"
)

// TestDeferredEventsAreNotEvents: an event put off has not taken place; the
// same event held, or a putting-off only called a mistake, is an event.
func TestDeferredEventsAreNotEvents(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, want string // want: the "TYPE trigger" that must (or, with "-", must not) be found
	}{
		{"The European Union postponed accession talks with Serbia in May.", "-NEGOTIATE talks"},
		{"The European Union opened accession talks with Serbia in May.", "NEGOTIATE talks"},
		{"Mr. Allawi said it would be a mistake to postpone Iraqi elections.", "ELECTION elections"},
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
