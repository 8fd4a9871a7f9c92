package pipeline

import "testing"

// TestPeopleStruck: a people named on the community, sect or village the
// victims belong to is the attack's PATIENT; a city on the place, or the
// attacker's own people after "by", is not.
func TestPeopleStruck(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a family of a sect, past a possessive",
			text: "Police say gunmen have killed five members of a family belonging to the country's minority Druze sect.",
			want: []string{"ATTACK killed [Druze:PATIENT]"},
		},
		{
			name: "people in a people's villages",
			text: "Two years ago, suicide bombers killed more than 300 people in three Yazidi villages near the border.",
			want: []string{"ATTACK killed [Yazidi:PATIENT]"},
		},
		{
			name: "the offices of a group",
			text: "A bomb wrecked the offices of a Kurdish group in the northern city on Monday.",
			want: []string{"ATTACK wrecked [Kurdish:PATIENT]"},
		},
		{
			name:   "a city on the market is where it is",
			text:   "Gunmen killed three people in a Baghdad market on Sunday.",
			absent: []string{"ATTACK killed [Baghdad:PATIENT]"},
		},
		{
			name:   "the attacker's people after by",
			text:   "Three people were killed by Kurdish rebels near the border on Sunday.",
			absent: []string{"ATTACK killed [Kurdish:PATIENT]"},
		},
	})
}
