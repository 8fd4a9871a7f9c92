package pipeline

import (
	"strings"
	"testing"
)

// TestVictimRepeats: a named person's killing told in the lead and again,
// with its doer, further down is one ATTACK even when the sentence before
// the second report names another day; a killing and an earlier attack on
// the same man told with another year stay two.
func TestVictimRepeats(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		attacks    int
	}{
		{
			name: "killing told again with its doer",
			text: "Officials in Peru say gunmen have shot and killed a judge who led the country's anti-drug court.\n\n" +
				"Police report that Carlos Ramos was attacked early Tuesday in northern Peru.\n\n" +
				"Today had been his last day in office before a trip to Lima.\n\n" +
				"The motive is unclear, but his brother says Mr. Ramos was gunned down by members of the Shining Path rebel group.",
			attacks: 1,
		},
		{
			// near: two attacks on one man, years apart, neither told as
			// the other's repeat
			name: "wounded years before",
			text: "Gunmen shot and wounded Carlos Ramos, a judge in northern Peru, in 2003.\n\n" +
				"On Tuesday, members of the Shining Path rebel group killed Mr. Ramos outside his home in Lima.",
			attacks: 2,
		},
	}
	for _, c := range cases {
		got := eventSentences(t, p, c.text)
		n := 0
		for _, g := range strings.Split(got, "; ") {
			if strings.HasPrefix(g, "ATTACK ") {
				n++
			}
		}
		if n != c.attacks {
			t.Errorf("%s: %d ATTACK events, want %d: %q", c.name, n, c.attacks, got)
		}
	}
}
