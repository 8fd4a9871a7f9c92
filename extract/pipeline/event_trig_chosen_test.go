package pipeline

import "testing"

// TestChosenForOfficeIsAppointment: a person chosen for a job or as an
// office holder is an APPOINTMENT; a place chosen for a meeting and a
// player selected for a squad are not.
func TestChosenForOfficeIsAppointment(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"U.N. Secretary-General Ban Ki-moon on Monday chose Lakhdar Brahimi for the job, a former Algerian foreign minister.", "APPOINTMENT chose"},
		{"England coach Steve McClaren selected David Beckham for the squad on Monday.", "-APPOINTMENT selected"},
		{"The European Union chose Lisbon for the summit in October.", "-APPOINTMENT chose"},
	})
}
