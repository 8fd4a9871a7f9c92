package pipeline

import "testing"

func TestGroupOfNations(t *testing.T) {
	for word, want := range map[string]bool{
		"G-8": true, "G8": true, "G-20": true, "G-Eight": true, "G7": true,
		"G": false, "G-": false, "G-123": false, "Gaza": false, "GDP": false, "G-Men": false,
	} {
		if got := groupOfNations(word); got != want {
			t.Errorf("groupOfNations(%q) = %v; want %v", word, got, want)
		}
	}
}

// TestGroupOfNationsParticipant: a group of nations named by its shorthand
// is a participant of its summit, which the tagger's MISC label lost.
func TestGroupOfNationsParticipant(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "shorthand before the summit noun",
			text: "The minister said on Monday that finance chiefs would prepare the agenda before the G-20 summit opens in Seoul next week.",
			want: []string{"MEET summit [G-20:PARTICIPANT]"},
		},
	})
}
