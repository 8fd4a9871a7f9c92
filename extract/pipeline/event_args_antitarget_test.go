package pipeline

import "testing"

// TestAntiTarget: "anti-X" right before a protest names its target; a
// prefix on no name ("anti-war") or away from the trigger names none.
func TestAntiTarget(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "anti-demonym protests",
			text: "Israel dismissed the remarks. Tens of thousands joined anti-Israeli protests in Tehran on Friday.",
			want: []string{"PROTEST protests [Israel:PATIENT]"},
		},
		{
			name: "anti-person protests",
			text: "President Bush flew to Argentina on Thursday. Police cleared debris from anti-Bush protests in Mar del Plata.",
			want: []string{"PROTEST protests [Bush:PATIENT]"},
		},
		{
			name:   "anti-war names no side",
			text:   "Thousands of people joined anti-war protests in London on Saturday.",
			absent: []string{"PROTEST protests"},
		},
		{
			name:   "prefix away from the trigger",
			text:   "Israel sent more troops. An anti-Israeli cleric spoke in Tehran, where the protests were held.",
			absent: []string{"PROTEST protests [Israel:PATIENT]"},
		},
	})
}
