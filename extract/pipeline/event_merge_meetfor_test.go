package pipeline

import "testing"

// TestMeetingForTalksIsOneMeeting: talks a meeting is held for are that
// meeting; talks a traveller arrives for are talks of their own.
func TestMeetingForTalksIsOneMeeting(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Qatar's emir met with Lebanese leaders in Doha on Monday for talks on ending the crisis between Hezbollah and the government.", "-NEGOTIATE talks"},
		{"Qatar's emir met with Lebanese leaders in Doha on Monday for talks on ending the crisis between Hezbollah and the government.", "MEET met with"},
		{"German Chancellor Angela Merkel and French President Nicolas Sarkozy have met in Berlin for talks on the European budget.", "-NEGOTIATE talks"},
		{"Jordan's King Abdullah arrived in Ramallah on Sunday for talks with Palestinian President Mahmoud Abbas.", "NEGOTIATE talks"},
	})
}
