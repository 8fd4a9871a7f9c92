package pipeline

import "testing"

// TestGenericEventsAreNotEvents: a habit or a tally over a long span is not
// an event a story reports; one act told with its time is.
func TestGenericEventsAreNotEvents(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Pakistani troops clash regularly with Taleban fighters along the Afghan border.", "-ATTACK clash"},
		{"Pakistani troops clashed with Taleban fighters along the Afghan border on Sunday.", "ATTACK clashed"},
		{"There have been almost daily demonstrations in Kathmandu against China since March.", "-PROTEST demonstrations"},
		{"Hundreds of Tibetans staged demonstrations in Kathmandu against China on Monday.", "PROTEST demonstrations"},
		{"Suspected U.S. drones have carried out at least 20 missile strikes on militant targets in Pakistan over the past year.", "-ATTACK missile strikes"},
		{"Suspected U.S. drones carried out two missile strikes on militant targets in Pakistan over the weekend.", "ATTACK missile strikes"},
		{"Sri Lankan troops have been battling Tamil Tiger rebels in the east since July.", "-ATTACK battling"},
	})
}
