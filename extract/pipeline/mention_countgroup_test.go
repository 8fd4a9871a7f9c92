package pipeline

import "testing"

// TestCountGroups: a club of states named by its count ("G-8", "Group of
// 20") is an organisation, so its summit is its members' meeting; a
// product named with a "G" and a number ("the PowerMac G5") is none.
func TestCountGroups(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the short name before summit",
			text: "Finance officials gathered in Berlin on Monday, two weeks ahead of the G-8 summit that Germany will host in July.",
			want: []string{"MEET summit [Group of Eight:PARTICIPANT]"},
		},
		{
			name: "Group of and a number",
			text: "Police say thousands of officers will guard the Group of 20 economic summit in the British capital on Thursday.",
			want: []string{"MEET summit [Group of 20:PARTICIPANT]"},
		},
		{
			name:   "a product's model name",
			text:   "Apple said it will show the PowerMac G5 summit edition to dealers in London on Thursday.",
			absent: []string{"MEET"},
		},
	})
}

func TestCountGroupToken(t *testing.T) {
	for w, want := range map[string]bool{"G8": true, "G-8": true, "G-20": true, "G7": true, "G-77": true, "G4": false, "G": false, "G-": false, "GB": false, "g8": false, "G-100": false} {
		if got := countGroupToken(w); got != want {
			t.Errorf("countGroupToken(%q) = %v, want %v", w, got, want)
		}
	}
	for n, want := range map[string]bool{"Group of 20": true, "Group of Eight": true, "Group of Death": false, "G-20": true, "Rio Group": false} {
		if got := countGroupName(n); got != want {
			t.Errorf("countGroupName(%q) = %v, want %v", n, got, want)
		}
	}
}
