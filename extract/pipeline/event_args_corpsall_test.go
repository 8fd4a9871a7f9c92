package pipeline

import "testing"

// TestCorpsStates: a state's armed service in any event stands for the
// state the text gives it; with no state told it is dropped where it names
// soldiers and kept where it acts as a body; a group named with a word that
// is no country ("Irish Republican Army") stays itself.
func TestCorpsStates(t *testing.T) {
	p := newRulesOnly(t) // (the learned filter drops its lone sentences: rulesonly_test.go)
	checkEventCases(t, p, []eventCase{
		{
			name: "a bare service with no state beside the attacker",
			text: "Iraqi insurgents attacked an Army patrol in central Baghdad on Saturday, officials said.",
			want: []string{"ATTACK attacked [Iraq:AGENT]"},
		},
		{
			name: "a service named with its state, hit",
			text: "U.S. officials said a bomb exploded near a U.S. Army convoy in Baghdad on Tuesday, wounding two soldiers.",
			want: []string{"ATTACK exploded [United States:PATIENT]"},
		},
		{
			name: "a service named with its state, charged",
			text: "The U.S. military says three Marines were wounded last week.\n\nPolice said four U.S. Army soldiers have been charged with the murder of an Iraqi farmer.",
			want: []string{"TRIAL charged [United States:PATIENT]"},
		},
		{
			name: "a service acting as a body keeps its name",
			text: "Fairchild said it reached an agreement with the Air Force to stop production of the jet.",
			want: []string{"AGREEMENT agreement [Air Force:PARTICIPANT]"},
		},
		{
			name: "a group named for itself",
			text: "The Irish Republican Army attacked a British patrol in Belfast on Monday.",
			want: []string{"ATTACK attacked [Britain:PATIENT Irish Republican Army:AGENT]"},
		},
	})
}
