package pipeline

import "testing"

// TestBroughtToPowerIsAppointment: a person brought or put in power by
// others starts an office; power brought to villages and pressure put on
// a person do not, and an election that brought someone to power is the
// election's.
func TestBroughtToPowerIsAppointment(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"The street protests of 2005 brought President Kurmanbek Bakiyev to power in Kyrgyzstan.", "APPOINTMENT brought"},
		{"The new dam brought power to thousands of villages in northern Ghana.", "-APPOINTMENT brought"},
		{"The opposition put pressure on President Kurmanbek Bakiyev to resign.", "-APPOINTMENT put"},
		// the election takes the winner (event_args_topower.go); no appointment beside it
		{"The country has been calm since elections that brought Mrs. Sirleaf to power in 2005.", "-APPOINTMENT brought"},
	})
}
