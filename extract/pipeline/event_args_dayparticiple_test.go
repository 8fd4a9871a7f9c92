package pipeline

import (
	"strings"
	"testing"
)

// TestDayBeforeParticiple: a participle clause run on after the day with no
// comma has the main clause's subject; a gerund opening a reported clause
// after "said Monday" is no such clause.
func TestDayBeforeParticiple(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "appeal after the day",
			text: "The Arab League issued a statement in Cairo Sunday calling for an immediate ceasefire.",
			want: []string{"APPEAL calling [Arab League:AGENT]"},
		},
		{
			name: "demand after the day",
			text: "Thousands of Kenyan teachers marched through the capital Monday demanding higher wages.",
			want: []string{"DEMAND demanding [Kenya:AGENT]"},
		},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"protesters marched Tuesday calling for", true},
		{"officials said Monday fighting continued", false},
		{"officials said on Monday fighting continued", false},
		{"Tuesday marking the anniversary", false},
	} {
		d := &doc{lower: strings.Fields(strings.ToLower(c.text))}
		at := -1
		for i, w := range d.lower {
			if len(w) > 3 && w[len(w)-3:] == "ing" {
				at = i
				break
			}
		}
		if got := dayBeforeParticiple(d, at, 0); got != c.want {
			t.Errorf("dayBeforeParticiple(%q) = %v; want %v", c.text, got, c.want)
		}
	}
}
