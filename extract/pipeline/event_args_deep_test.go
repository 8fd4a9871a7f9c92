package pipeline

import "testing"

// TestDeepOnly: a name two common nouns below the trigger qualifies a thing
// in the phrase and is no party; one standing for people, a possessor or a
// "with" side still is.
func TestDeepOnly(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "nationality of a noun inside the object",
			text: "Dutch Prime Minister Mark Rutte has called on the kidnappers of a Swiss engineer taken in Yemen to free him at once.",
			want: []string{"APPEAL called [Mark Rutte:AGENT]"},
		},
		{
			name: "place inside a part noun of the object",
			text: "Last May Hezbollah briefly seized control of large sections of Tripoli during fighting.",
			want: []string{"OCCUPY seized control [Hezbollah:AGENT]"},
		},
		{
			name: "possessor of a noun inside the object acts",
			text: "Chile and Peru have demanded proof of Bolivia's allegations.",
			want: []string{"DEMAND demanded [Bolivia:PATIENT Chile:AGENT Peru:AGENT]"},
		},
	})
}
