package pipeline

import "testing"

// TestChargedActsAreNotEvents: an act someone stands accused of or faces
// charges of is not asserted; an accuser's claim about one act, and the act
// told plainly, are events.
func TestChargedActsAreNotEvents(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"LRA rebels are accused of kidnapping thousands of children in northern Uganda.", "-ATTACK kidnapping"},
		{"Opposition leader Morgan Tsvangirai faces charges of rape and treason.", "-ATTACK rape"},
		{"The AU commander accused Sudanese government helicopters of bombing rebel positions in the village of Labado on Sunday.", "ATTACK bombing"},
		{"Police say the two Syrian men accused of planting bombs on trains in Cologne on July 31 fled to Lebanon.", "ATTACK planting"}, // a dated act: only its doers alleged
		{"LRA rebels kidnapped 30 children in northern Uganda on Sunday.", "ATTACK kidnapped"},
	})
}
