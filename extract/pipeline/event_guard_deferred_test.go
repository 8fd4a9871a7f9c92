package pipeline

import "testing"

// TestDeferredEventsAreNotEvents: an event put off has not taken place; the
// same event held, or a putting-off only called a mistake, is an event.
func TestDeferredEventsAreNotEvents(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"The European Union postponed accession talks with Serbia in May.", "-NEGOTIATE talks"},
		{"The European Union opened accession talks with Serbia in May.", "NEGOTIATE talks"},
		{"Mr. Allawi said it would be a mistake to postpone Iraqi elections.", "ELECTION elections"},
	})
}
