package pipeline

import "testing"

// TestRaidEntry: forces going into a country for a search or an operation
// raid it; forces going in to stay or to help a government occupy it.
func TestRaidEntry(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Ugandan troops entered Sudan on Monday in search of rebel commanders.", "-OCCUPY entered"},
		{"Ugandan troops entered Sudan last year in an operation against rebel bases.", "-OCCUPY entered"},
		{"Ugandan troops entered Sudan last year to attack rebel bases.", "-OCCUPY entered"},
		{"Ugandan troops entered Sudan last year to help the government.", "OCCUPY entered"},
	})
}
