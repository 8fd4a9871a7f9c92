package pipeline

import "testing"

// TestPossessedSummit pins a body's summit told with an ordinal or a
// bracketed acronym between the name and the noun, and leaves alone a
// summit whose possessor is a city, the place it is held. Sentences
// written for the test.
func TestPossessedSummit(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an ordinal between the owner and the summit",
			text: "Thousands of police guarded the city ahead of NATO's 60th anniversary summit.",
			want: []string{"MEET summit [NATO:PARTICIPANT]"},
		},
		{
			name:   "a town's summit is where it is held",
			text:   "Thousands of police guarded the streets ahead of Strasbourg's 60th anniversary summit.",
			absent: []string{"MEET summit [Strasbourg:PARTICIPANT]"},
		},
	})
}
