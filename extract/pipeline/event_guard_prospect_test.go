package pipeline

import "testing"

// TestProspectiveEventsAreNotEvents: an act someone is expected, ready or
// means to do is not told as done; an arranged act told with "is to" or
// "expected to" is scheduled and stays, as does the same act told plainly.
func TestProspectiveEventsAreNotEvents(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"U.N. Secretary-General Ban Ki-moon is expected to ask for more helicopters for the Darfur force when he sees European ministers.", "-APPEAL ask for"},
		{"U.N. Secretary-General Ban Ki-moon asked European ministers for more helicopters for the Darfur force on Monday.", "APPEAL asked"},
		{"In the interview, Syrian President Bashar al-Assad said he is ready to hold talks with Israel.", "-NEGOTIATE talks"},
		{"Syrian President Bashar al-Assad held talks with Turkey's prime minister in Damascus on Monday.", "NEGOTIATE talks"},
		{"Senator Barack Obama is to call for new limits on farm subsidies in a speech in Iowa.", "-APPEAL call for"},
		{"Israeli President Shimon Peres is to meet Sunday with Egyptian President Hosni Mubarak in Sharm el-Sheikh.", "MEET meet"},
	})
}
