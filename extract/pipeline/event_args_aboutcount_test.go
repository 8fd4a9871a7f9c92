package pipeline

import "testing"

// TestApproxCount: a subject opened by "about" or "around" and a count is
// the verb's subject; a place after "around" is still no subject.
func TestApproxCount(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "about and a number",
			text: "About 300 Hungarian farmers demonstrated outside the parliament building on Tuesday.",
			want: []string{"PROTEST demonstrated [Hungary:AGENT]"},
		},
		{
			name: "around and a count word",
			text: "Around 40 Taleban fighters attacked a police post in Helmand province on Sunday.",
			want: []string{"ATTACK attacked [Taleban:AGENT]"},
		},
		{
			name:   "a place after around is no subject",
			text:   "Around Budapest, farmers demonstrated on Tuesday.",
			absent: []string{"PROTEST demonstrated [Hungary:AGENT]"},
		},
	})
}
