package pipeline

import "testing"

// TestGatheringAttendees: a person the sentence puts at a body's summit
// is a party with the body; one who speaks of it elsewhere is not.
func TestGatheringAttendees(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "addressed leaders at a body's summit",
			text: "Prime Minister Gordon Brown, back from a week of campaigning, addressed fellow leaders at the European Union summit in Brussels on Friday.",
			want: []string{"MEET summit [European Union:PARTICIPANT Gordon Brown:PARTICIPANT]"},
		},
		{
			name: "subject whose own clause does not reach the summit",
			text: "Turkish Prime Minister Recep Erdogan on Tuesday rejected a request from officials who will gather before next week's European Union summit.",
			want: []string{"MEET summit [European Union:PARTICIPANT]"},
		},
	})
}

// TestNamedGatherings: "the Summit of the Americas" is one name, the
// summit's party, not the continent.
func TestNamedGatherings(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "capitalised summit of a region",
			text: "Canadian Prime Minister Stephen Harper flew to Trinidad on Thursday to attend the Summit of the Americas, which opens Friday.",
			want: []string{"MEET Summit [Stephen Harper:PARTICIPANT Summit of the Americas:PARTICIPANT]"},
		},
		{
			name:   "lower-case summit of a region's leaders",
			text:   "Leaders of the Americas met at a summit in Trinidad on Friday.",
			absent: []string{"MEET Summit"},
		},
	})
}
