package pipeline

import "testing"

// TestDeniedReportScope: "but" ends a denial: a clause after it is told as
// fact ("has denied the reports, but Indian officials have called on
// Islamabad to act"); inside the denied report ("denied reports that ...
// called on") the appeal stays unreal.
func TestDeniedReportScope(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Pakistan's government has denied the reports, but Indian officials have called on Islamabad to act.", "APPEAL called"},
		{"Pakistan has denied reports that Indian officials called on Islamabad to act.", "-APPEAL called"},
	})
}
