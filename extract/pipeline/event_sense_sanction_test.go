package pipeline

import "testing"

// TestSanctionOtherSenses: "sanctioned" as approved and "stalled" that
// describes the talks are no sanction; a sanction on a named firm or
// country is.
func TestSanctionOtherSenses(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Analysts were surprised when the Bank of England sanctioned a half point cut in interest rates.", "-SANCTION sanctioned"},
		{"The European Union is expected to resume stalled trade talks with Iran next month.", "-SANCTION stalled"},
		{"The Securities and Exchange Commission sanctioned the accounting firm Arthur Andersen for improper conduct.", "SANCTION sanctioned"},
		{"The European Union imposed sanctions on Burma on Monday.", "SANCTION imposed"},
	})
}
