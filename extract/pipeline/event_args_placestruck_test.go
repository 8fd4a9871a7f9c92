package pipeline

import "testing"

// TestPlaceStruck: the owner named on a base, embassy, mosque or
// settlement an attack hit is its PATIENT; a city on the place is where it
// stands.
func TestPlaceStruck(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a verb's object before the place",
			text: "A suicide bomber killed 14 people last month at a U.S. military base in the northern city of Mosul.",
			want: []string{"ATTACK killed [United States:PATIENT]"},
		},
		{
			name: "into a settlement, past an adverb",
			text: "Army officials say gunmen fired rockets into a nearby Jewish settlement overnight.",
			want: []string{"ATTACK fired [Jewish:PATIENT]"},
		},
		{
			name: "near a patrol of two countries",
			text: "A car bomb blew up near a joint U.S. - Iraqi patrol in Samarra.",
			want: []string{"ATTACK blew up [Iraq:PATIENT United States:PATIENT]"},
		},
		{
			// the reporter's state owns the army camp struck (event_args_struckforce.go)
			name: "an army camp, told by officials in the country",
			text: "Military officials in Chad say rebel fighters have attacked an army camp in the east.",
			want: []string{"ATTACK attacked [Chad:PATIENT]"},
		},
		{
			name:   "a refugee camp is no force's",
			text:   "Officials in Chad say rebel fighters have attacked a refugee camp in the east.",
			absent: []string{"ATTACK attacked [Chad:PATIENT]"},
		},
		{
			name:   "a city on the church is where it stands",
			text:   "A bomb blew up near a Baghdad church on Sunday.",
			absent: []string{"ATTACK"},
		},
	})
}

// TestSectAlias: a faith compound is also named by its faith word.
func TestSectAlias(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Sunni Muslim", "Sunni"}, {"Shi'ite Muslims", "Shi'ite"}, {"Sunni Arabs", "Sunni"},
		{"Arab Muslims", ""}, {"Sunni", ""}, {"Tamil Tigers", ""}, {"Sunni Arab leaders", ""},
	} {
		if got := sectAlias(c.name); got != c.want {
			t.Errorf("sectAlias(%q) = %q; want %q", c.name, got, c.want)
		}
	}
}
