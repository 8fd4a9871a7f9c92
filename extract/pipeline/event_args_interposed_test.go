package pipeline

import "testing"

// TestInterposedSubject: the subject of a verb is the phrase before a
// participle phrase set off by commas, not the participle's agent.
func TestInterposedSubject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "backed by",
			text: "Abu Sayyaf gunmen, backed by renegade Muslim separatists, attacked a militia post on Basilan island early Saturday.",
			want: []string{"ATTACK attacked [Abu Sayyaf:AGENT]"},
		},
		{
			name: "no phrase between subject and verb",
			text: "The rebels said renegade Muslim separatists attacked a militia post on Basilan island early Saturday.",
			want: []string{"ATTACK attacked [Muslim:AGENT]"},
		},
	})
}
