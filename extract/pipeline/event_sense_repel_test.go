package pipeline

import (
	"strings"
	"testing"
)

// TestRepelledAttack: the one who fights off an attack is its target, not an
// attacker; the attack noun is the event. A repel verb with people as its
// object still tells of fighting.
func TestRepelledAttack(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Georgia said its border guards repelled a Russian attack near the village on Tuesday.", "-ATTACK repelled"},
		{"Georgia said its border guards repelled a Russian attack near the village on Tuesday.", "ATTACK attack"},
		{"The rebel assault was repelled by government troops near the airport on Friday.", "-ATTACK repelled"},
		{"Army units beat back a fresh rebel offensive in the north on Monday.", "-ATTACK beat"},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"its troops repelled an overnight Iranian attack .", true},
		{"the attack was repelled by the brigade .", true},
		{"forces beat back the latest thrusts .", true},
		{"troops repelled the rebels near the town .", false},
		{"forces beat the rebels back .", false},
	} {
		d := &doc{lower: strings.Fields(c.text)}
		i := -1
		for k, w := range d.lower {
			if w == "repelled" || w == "beat" {
				i = k
				break
			}
		}
		if got := repelledAttack(d, i, i+1, 0, len(d.lower)); got != c.want {
			t.Errorf("repelledAttack(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
