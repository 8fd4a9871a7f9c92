package pipeline

import "testing"

// TestWhoAntecedent pins the antecedent of "who" standing after a
// preposition or as an object: its names are the passive relative verb's
// patient; an active relative verb keeps the reading it had.
func TestWhoAntecedent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "after a preposition",
			text: "The family paid a ransom for an Italian engineer who was kidnapped last week.",
			want: []string{"ATTACK kidnapped [Italy:PATIENT]"},
		},
		{
			name: "object of a verb",
			text: "Officials plan to deport 30 Nigerian workers who were arrested at a factory last week.",
			want: []string{"ARREST arrested [Nigeria:PATIENT]"},
		},
	})
}
