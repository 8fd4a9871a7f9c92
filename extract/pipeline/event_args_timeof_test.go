package pipeline

import (
	"strings"
	"testing"
)

// TestTimeBeforeOf: a time between an act noun and its "of" leaves the
// "of" phrase the act's; a place between them does not.
func TestTimeBeforeOf(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "a week between the noun and its of",
			text:   "Officials say two Iraqi army officers were detained over the kidnapping this week of an Iranian diplomat.",
			want:   []string{"ATTACK kidnapping [Iran:PATIENT]"},
			absent: []string{"ATTACK kidnapping [Iraq:PATIENT]"},
		},
		{
			name: "a year between the noun and its of",
			text: "The assassination in 2005 of Lebanese Prime Minister Rafik Hariri shocked the region.",
			want: []string{"ATTACK assassination [Rafik Hariri:PATIENT]"},
		},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the kidnapping this week of", true}, {"the killing on Friday of", true}, {"the raid in 2005 of", true},
		{"the raid in Baghdad of", false}, {"the attack this of", false}, {"the bombing of", false},
	} {
		d := &doc{lower: strings.Fields(strings.ToLower(c.text))}
		if got := timeBeforeOf(d, 2, len(d.lower)-1); got != c.want {
			t.Errorf("timeBeforeOf(%q) = %v; want %v", c.text, got, c.want)
		}
	}
}
