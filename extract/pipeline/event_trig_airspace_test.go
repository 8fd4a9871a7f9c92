package pipeline

import "testing"

// TestAirspaceViolated: craft violating a state's airspace show force, a
// MILITARY_POSTURE of their state with the airspace's state its PATIENT;
// violating a truce or rights is no posture.
func TestAirspaceViolated(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "jets violated a neighbour's airspace", text: "Greek officials say Turkish fighter jets violated Greece's airspace over the Aegean on Tuesday.",
			want: []string{"MILITARY_POSTURE violated [Greece:PATIENT Turkey:AGENT]"}},
		{name: "airspace violations by an air force", text: "Cyprus has complained to the United Nations about airspace violations by the Turkish air force.",
			want: []string{"MILITARY_POSTURE violations [Turkey:AGENT]"}},
		{name: "a truce violated", text: "Pakistani officials say Indian troops violated the ceasefire along the Line of Control on Tuesday.",
			absent: []string{"MILITARY_POSTURE"}},
		{name: "violations of rights", text: "Russia rejected accusations of violations of human rights in Chechnya.",
			absent: []string{"MILITARY_POSTURE"}},
	})
}
