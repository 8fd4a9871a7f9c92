package pipeline

import "testing"

// TestTestTrial pins "trial" as a test of a thing (event_sense_testtrial.go)
// and keeps a person's trial told with the same words around it.
func TestTestTrial(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"BT Retail has announced that it will trial the same broadband service in Leeds.", "-TRIAL trial"},
		{"IBM said it and NYNEX Corp agreed to take part in an Integrated Services Digital Network field trial scheduled to begin in April.", "-TRIAL trial"},
		{"The trial of former mayor Jose Ramos is scheduled to begin in April.", "TRIAL trial"},
		{"Former mayor Jose Ramos will stand trial in Lisbon next month.", "TRIAL stand"},
	})
}
