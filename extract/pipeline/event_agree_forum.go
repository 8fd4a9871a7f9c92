package pipeline

// A pact agreed at talks.
//
// "agreed" names one party as a rule ("Britain agreed to extradite him"
// is a decision, not a pact), so viable drops a verbal AGREEMENT with
// one party and no other side. But "North Korea agreed during six-nation
// talks to abandon its nuclear program" tells what the party agreed with
// the others at the table: the talks are the other side, unnamed as the
// five other nations of "six-nation talks" are. (Twelfth session; the
// guard audit found viable:one-sided losing such pacts in several stories.)

import "strings"

// forumNouns are the gatherings at which a party agrees with others.
var forumNouns = map[string]bool{"talks": true, "negotiations": true, "summit": true, "conference": true, "meeting": true, "meetings": true}

// agreedAtForum: the verb "agree" of ev is told with "during" or "at"
// talks, a summit or a meeting in its sentence [ss, se), before or after it.
func agreedAtForum(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "AGREEMENT" || ev.nominal || !strings.HasPrefix(d.lower[ev.trigStart], "agree") {
		return false
	}
	for k := ss; k < se; k++ {
		if d.lower[k] != "during" && d.lower[k] != "at" {
			continue
		}
		if k > ev.trigEnd+4 {
			break // (a clause further on: "agreed to talks with Japan, ... during a visit")
		}
		for j := k + 1; j < se && j <= k+6; j++ {
			if d.lower[j] == "," || j == ev.trigStart {
				break
			}
			if forumNouns[d.lower[j]] {
				return true
			}
		}
	}
	return false
}
