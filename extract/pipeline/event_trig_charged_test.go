package pipeline

import "testing"

// TestPeopleCharged pins charging people without "with" near the verb
// (event_trig_charged.go).
func TestPeopleCharged(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "charged him in the case",
			text: "Thai police detained Somchai Wong at the airport and charged him in the case on Friday.",
			want: []string{"TRIAL charged [Somchai Wong:PATIENT Thailand:AGENT]"},
		},
		{
			name: "is also charged",
			text: "A third suspect, Omar Farouk, is also charged, but he remains at large.",
			want: []string{"TRIAL charged [Omar Farouk:PATIENT]"},
		},
		{
			name:   "charged that",
			text:   "Opposition leader Morgan Tsvangirai charged that the vote was rigged.",
			absent: []string{"TRIAL"},
		},
		{
			name:   "charge d'affaires",
			text:   "The embassy's charge d'affaires Robert Jones met the foreign minister.",
			absent: []string{"TRIAL"},
		},
	}
	checkEventCases(t, p, cases)
}
