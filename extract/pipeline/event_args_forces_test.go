package pipeline

import "testing"

// TestNationalForces: a state's forces named as an organization stand for
// the state; an organization with a name of its own stays.
func TestNationalForces(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the country's army",
			text: "Colombia's defense minister spoke on Saturday. The Colombian Army says it has killed Raul Reyes, a rebel commander.",
			want: []string{"ATTACK killed [Colombia:AGENT Raul Reyes:PATIENT]"},
		},
		{
			name: "an organization of its own",
			text: "The Kurdistan Workers Party ambushed Turkish soldiers in Sirnak province on Sunday.",
			want: []string{"ATTACK ambushed [Kurdistan Workers Party:AGENT Turkey:PATIENT]"},
		},
	})
}
