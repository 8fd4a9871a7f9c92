package pipeline

import "testing"

// TestSurvivedAttack pins the subject of a verb of surviving as the target
// of the one attack it names, and not of a tally of attacks. Each case is a
// short story written for the test.
func TestSurvivedAttack(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "escaped an attempt",
			text: "Somali President Abdullahi Yusuf has escaped an assassination attempt in Baidoa.",
			want: []string{"ATTACK assassination [Abdullahi Yusuf:PATIENT]"},
		},
		{
			name:   "a tally",
			text:   "Mayor Juan Perez has survived six attacks during his career.",
			absent: []string{"ATTACK"},
		},
	})
}
