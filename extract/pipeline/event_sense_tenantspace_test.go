package pipeline

import "testing"

// TestSiteOccupiedSpace: a tenant's floors, a site a store stood on and a
// ranking's top spot are occupied without any OCCUPY (siteNouns, newsfp5-24);
// a country occupied by troops still is one.
func TestSiteOccupiedSpace(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "occupy floors",
			text:   "Siemens said it will move its headquarters to the tower and occupy the top six floors.",
			absent: []string{"OCCUPY"},
		},
		{
			name:   "site once occupied by a store",
			text:   "Exxon plans a new office tower on the site once occupied by a Sears department store.",
			absent: []string{"OCCUPY"},
		},
		{
			name:   "occupying top spot",
			text:   "Kenya's Paul Tergat is second in the world rankings, with Ethiopia's Haile Gebrselassie occupying top spot.",
			absent: []string{"OCCUPY"},
		},
	})
}
