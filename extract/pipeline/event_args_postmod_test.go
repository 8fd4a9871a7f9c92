package pipeline

import "testing"

// TestPostModifier pins participants read across a post-modifier: the
// subject before a dashed parenthetical, and a reduced passive relative on a
// preposition's object read as acted on; near sentences where the phrase
// with the preposition is the clause's own subject keep their reading.
func TestPostModifier(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "subject before a dashed relative clause",
			text: "Former Chilean President Augusto Pinochet - who ruled the country for 17 years - has died.",
			want: []string{"DEATH died [Augusto Pinochet:PATIENT]"},
		},
		{
			name: "reduced passive on a preposition's object",
			text: "Officials are working to win the release of a French engineer kidnapped Sunday in the south.",
			want: []string{"ATTACK kidnapped [France:PATIENT]"},
		},
		{
			name:   "a clause's own subject with a preposition acts",
			text:   "The head of the Nigerian agency resigned in March after a bribery scandal.",
			absent: []string{"RESIGNATION resigned [Nigeria:PATIENT]"},
		},
		{
			name:   "a count of people after a fronted place acts",
			text:   "In the southern city of Seville thousands of Spanish farmers battled with police on Monday.",
			absent: []string{"ATTACK battled [Spain:PATIENT]"},
		},
	})
}
