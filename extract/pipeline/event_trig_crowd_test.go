package pipeline

import "testing"

// TestCrowdGathered pins a counted crowd gathering for a cause, and a
// vigil, as a PROTEST (event_trig_crowd.go); fans gathering to watch a match, a crowd
// that is a verb's object, and a crowd with no cause told stay no event.
func TestCrowdGathered(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "sympathizers gathered to mark",
			text: "More than 5,000 Hezbollah supporters gathered in the southern city of Tyre on Sunday to mark the anniversary of the war.",
			want: []string{"PROTEST gathered [Hezbollah:AGENT]"},
		},
		{
			name: "rallied in support",
			text: "Meanwhile, thousands of Kurds rallied Saturday in Irbil in support of the regional government.",
			want: []string{"PROTEST rallied [Kurds:AGENT]"},
		},
		{
			name: "holding vigils",
			text: "Ms. Walker began holding vigils in Selma last week and has asked to meet Governor Bob Riley.",
			want: []string{"PROTEST vigils [Walker:AGENT]"},
		},
		{
			name:   "fans gathered to watch",
			text:   "Thousands of fans gathered outside the stadium in Madrid on Sunday to watch the final.",
			absent: []string{"PROTEST"},
		},
		{
			name:   "a crowd killed where it gathered",
			text:   "Officials say the blast killed 17 people gathered at a cafe in Baghdad to mark the holiday.",
			absent: []string{"PROTEST"},
		},
		{
			name:   "no cause told",
			text:   "Hundreds of residents gathered in the town square in Kandahar on Friday.",
			absent: []string{"PROTEST"},
		},
	}
	checkEventCases(t, p, cases)
}
