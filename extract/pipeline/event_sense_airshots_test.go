package pipeline

import "testing"

// TestShotsInAir: shots fired into the air strike no one and are no attack;
// shots fired at people are one, and so is a warning that ended in wounds.
func TestShotsInAir(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Hamas militiamen fired shots into the air in Gaza on Sunday as hundreds of supporters cheered.", "-ATTACK fired"},
		{"Israeli soldiers fired in the air to break up a march in the West Bank on Sunday.", "-ATTACK fired"},
		{"Israeli soldiers fired at Palestinian gunmen in the West Bank on Sunday.", "ATTACK fired"},
	})
}

// TestRoutedInElections: a heavy defeat in an election names both sides of
// the contest.
func TestRoutedInElections(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "routed", text: "The Awami League, which routed the Jatiya Party in parliamentary elections last month, formed a government on Monday.",
			want: []string{"ELECTION elections [Awami League:PARTICIPANT Jatiya Party:PARTICIPANT]"}},
	})
}
