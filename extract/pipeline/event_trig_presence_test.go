package pipeline

import "testing"

// TestPresentIn pins a leader told to be in a named place for a purpose,
// read as a trip (event_trig_presence.go).
func TestPresentIn(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "is in a country for talks",
			text: "Japanese Prime Minister Shinzo Abe is in Indonesia for talks on trade.",
			want: []string{"VISIT is in [Indonesia:PATIENT Shinzo Abe:AGENT]"},
		},
		{
			// the city told next is the same trip, not a second one
			name:   "is in a country, arrived in its capital",
			text:   "Japanese Prime Minister Shinzo Abe is in Indonesia for talks on trade.\n\nShinzo Abe arrived in Jakarta on Sunday.",
			want:   []string{"VISIT is in [Indonesia:PATIENT Shinzo Abe:AGENT]"},
			absent: []string{"VISIT arrived"},
		},
		{
			name:   "is in prison",
			text:   "Opposition leader Ayman Nour is in prison on forgery charges.",
			absent: []string{"VISIT"},
		},
		{
			name:   "a plan is in effect",
			text:   "An emergency plan is in effect in New York.",
			absent: []string{"VISIT"},
		},
	}
	checkEventCases(t, p, cases)
}
