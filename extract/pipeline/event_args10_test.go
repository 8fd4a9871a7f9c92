package pipeline

import "testing"

// TestEventArgs10 pins the participant mechanisms of the tenth session,
// found on the events of all six development sets that kept a trigger but
// read no or the wrong participants: each case is a sentence of its own
// shape, written for the test, not copied from a story.
func TestEventArgs10(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			// "both" opens the pair's noun phrase as its determiner, so the
			// subject reaches the two sides named before
			name: "both countries as subject",
			text: "Chile and Peru fought a short war over the desert in 1879. Both countries agreed to a truce in 1883.",
			want: []string{"AGREEMENT agreed [Chile:PARTICIPANT Peru:PARTICIPANT]"},
		},
		{
			// a visitor and the place visited are no two sides of a pair
			name: "both sides after a visit",
			text: "Norway and Sweden opened a new rail link on Monday. On Tuesday, Mr Dahl was in Bergen visiting Norway's oldest church, the Bryggen Chapel. Both countries agreed to cut fares.",
			want: []string{"AGREEMENT agreed [Norway:PARTICIPANT Sweden:PARTICIPANT]"},
		},
	})
}
