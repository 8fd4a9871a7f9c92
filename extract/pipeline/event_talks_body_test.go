package pipeline

import "testing"

// TestBodyTalks: talks of one named organization whose other side goes
// unnamed are its NEGOTIATE; with another party named beside it, or told
// of a country alone, they are left to the one-sided guard.
func TestBodyTalks(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a body's talks",
			text: "A senior Hamas official said he would participate in truce talks set for next week in Cairo.",
			want: []string{"NEGOTIATE talks [Hamas:PARTICIPANT]"},
		},
		{
			// near: the other side is named before the noun, misread
			name:   "another party named",
			text:   "Mitsubishi said it was in Peugeot link talks on Tuesday.",
			absent: []string{"NEGOTIATE"},
		},
		{
			// near: a country alone in talks is the guard's
			name:   "a country alone",
			text:   "A senior Egyptian official said he would participate in truce talks set for next week in Cairo.",
			absent: []string{"NEGOTIATE"},
		},
	})
}
