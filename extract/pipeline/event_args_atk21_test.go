package pipeline

import "testing"

// TestMovementSide: a movement's adjective on an armed plural names the
// movement as a side; a faith's adjective and a generic ideology do not.
func TestMovementSide(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a movement's rebels act",
			text: "Police said Maoist guerrillas attacked a police post in Rolpa district late Sunday.",
			want: []string{"ATTACK attacked [Maoist:AGENT]"},
		},
		{
			name:   "a movement's slogans",
			text:   "The freed rebels raised their fists and chanted Maoist slogans outside the jail in Kathmandu.",
			absent: []string{"PROTEST chanted"},
		},
		{
			name:   "a generic ideology",
			text:   "Police said Islamist guerrillas attacked a police post in the district late Sunday.",
			absent: []string{"ATTACK attacked"},
		},
	})
}

// TestShootoutBombardment: the nouns of CAMEO's "engage in gunfight" and
// "bombard" are attack triggers; a shootout in a film review's sense of
// a contest stays what the sentence says.
func TestShootoutBombardment(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Police killed three robbers in a shootout with Nigerian police in Lagos on Sunday.", "ATTACK shootout"},
		{"The Arab League condemned Israel's bombardment of Gaza on Monday.", "ATTACK bombardment"},
		{"The bombardment of the radio spectrum by cheap devices worries regulators.", "-ATTACK bombardment"},
	})
}

// TestRateHabit: a rate ("a year") after a present verb and a plural's
// "who" clause in the present are habits, not attacks; a point in time ("a
// day after") and a past "who" clause are told once.
func TestRateHabit(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Health officials say landmines kill about 4,000 Cambodians a year.", "-ATTACK kill"},
		{"Cambodian officials say a landmine killed four Cambodians a day after the rains.", "ATTACK killed"},
		{"Kabul urged Pakistan to arrest militants who launch attacks on Afghan soldiers from its territory.", "-ATTACK attacks"},
		{"Kabul urged Pakistan to arrest militants who launched attacks on Afghan soldiers from its territory.", "ATTACK launched"},
		{"Merkel said she would not be blackmailed by insurgents who have kidnapped a German engineer in Iraq.", "ATTACK kidnapped"},
	})
}
