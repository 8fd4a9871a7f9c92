package pipeline

import "testing"

// TestAppositiveAntecedent pins the subject of a relative clause whose
// antecedent is a description in apposition to a name. Each case is a
// sentence written for the test.
func TestAppositiveAntecedent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a description of a person, the relative's verbs joined by and",
			text: "Reporters asked about Jane Miller, the woman who lost a son in Iraq and led a protest near the ranch.",
			want: []string{"PROTEST protest [Jane Miller:AGENT]"},
		},
	})
}
