package pipeline

import "testing"

// TestVictimsTold: the victims a sentence of their own names ("the victims
// included", "were among those killed") are the PATIENTs of the one attack
// just told; a toll told after two attacks, or of people from a group,
// adds no one.
func TestVictimsTold(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the victims included peoples",
			text: "Police in Kenya say gunmen have ambushed a bus near the town of Garissa, killing nine passengers.\n\n" +
				"Officials say the victims included four Ugandans and two Tanzanians.",
			want: []string{"ATTACK ambushed [Tanzania:PATIENT Uganda:PATIENT]"},
		},
		{
			name: "among the dead, in the attack's own sentence",
			text: "The Indian embassy says six Indians were among the 40 people wounded in the blast at a Kabul hotel.",
			want: []string{"ATTACK blast [India:PATIENT]"},
		},
		{
			name: "a home force among those killed, its state told by the reporter",
			text: "Pakistani officials say a suicide bomber has killed eight people at a market in the town of Bannu.\n\n" +
				"Three policemen were among those killed.",
			want: []string{"ATTACK killed [Pakistan:PATIENT]"},
		},
		{
			name: "militants from a group are not the group struck",
			text: "Turkish troops killed four rebels Thursday near the town of Siirt.\n\n" +
				"Officials say three of the dead were militants from the Kurdistan Workers Party.",
			want: []string{"ATTACK killed [Turkey:AGENT]"},
		},
		{
			name: "two attacks told before: whose victims is unclear",
			text: "Gunmen shot dead a shopkeeper in Baghdad, and a bomb exploded in a market in Basra.\n\n" +
				"Officials say the victims included two Jordanians.",
			absent: []string{"ATTACK shot dead [Jordan:PATIENT]"},
		},
	})
}
