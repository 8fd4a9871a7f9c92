package pipeline

import "testing"

// TestTalksNounPremodifiers: a meeting noun whose sides or body are written
// before it as a hyphenated pair in three tokens, or as a full name with
// its acronym in brackets, has them as participants.
func TestTalksNounPremodifiers(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "hyphenated pair of a country and a people",
			text: "The pressure on Damascus grew after a U.S.-European summit in Brussels on Tuesday.",
			want: []string{"MEET summit [European:PARTICIPANT United States:PARTICIPANT]"},
		},
		{
			name: "full name and bracketed acronym",
			text: "Foreign ministers arrived in Manila on Sunday for the three-day Association of Southeast Asian Nations (ASEAN) summit.",
			want: []string{"MEET summit [Association of Southeast Asian Nations:PARTICIPANT]"},
		},
	})
}
