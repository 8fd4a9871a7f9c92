package pipeline

import (
	"slices"
	"testing"
)

// TestBroughtToPower: an election followed by "brought X to power" has X
// as its participant; the same verb with no "to power" ("brought Mr. X
// closer to ...") names no winner.
func TestBroughtToPower(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "brought a titled person to power",
			text: "Washington has backed the government since elections that brought Mrs. Okonjo to power in 2006.",
			want: []string{"ELECTION elections [Okonjo:PARTICIPANT]"},
		},
		{
			name: "swept a party to office",
			text: "The 1998 election swept the Freedom Alliance to office after two decades in opposition.",
			want: []string{"ELECTION election [Freedom Alliance:PARTICIPANT]"},
		},
	})
	got := eventLines(t, p, "The runoff brought Carlos Mendoza closer to the presidency than any opposition figure before him.")
	if slices.Contains(got, "ELECTION runoff [Carlos Mendoza:PARTICIPANT]") {
		t.Errorf("no to power: got %q", got)
	}
}
