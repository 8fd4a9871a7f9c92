package pipeline

import "testing"

// TestDocumentTerms: a plan or an agreement that "calls for" something sets
// a term; a person or a report calling for it makes an appeal.
func TestDocumentTerms(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Bolivia's new energy law calls for Brazil to pay more for natural gas.", "-APPEAL calls"},
		{"Peru's constitution had called for the vice president to take over until new elections.", "-APPEAL called"},
		{"President Morales has called on Brazil to pay more for the natural gas.", "APPEAL called"},
		{"A Senate report has called for changes in the way the government responds to disasters.", "APPEAL called"},
	})
}

// TestTermsStipulated: what a plan calls for is not yet held.
func TestTermsStipulated(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"The rival factions have agreed on an Arab League plan calling for the election of army General Michel Aoun as president.", "-ELECTION election"},
		{"Lebanon's parliament held the election of army General Michel Aoun as president on Sunday.", "ELECTION election"},
	})
}
