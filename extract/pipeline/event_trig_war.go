package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// A war or armed conflict named with its sides: "the 34-day war against
// Hezbollah guerrillas in Lebanon", "last month's conflict between Russia
// and U.S. ally Georgia". CAMEO has no noun for war; the inventory's ATTACK
// is the use of force between named sides. Without a side named ("the
// Iraq war", "the war on terror", "war crimes") the noun is left alone.

var warNouns = map[string]bool{"war": true, "wars": true, "conflict": true}

// warWithSides reads a war at word i whose sides follow: "against" or
// "between" and a name within three words.
func warWithSides(d *doc, i, se int) (cameo.Match, bool) {
	if !warNouns[d.lower[i]] || i+1 >= se {
		return cameo.Match{}, false
	}
	if p := d.lower[i+1]; p != "against" && p != "between" {
		return cameo.Match{}, false
	}
	for j := i + 2; j < se && j < i+5; j++ {
		if d.mentionAt[j] < 0 {
			continue
		}
		if d.lower[i] == "conflict" && !statesInConflict(d, j, se) {
			return cameo.Match{}, false // "a conflict between the Argentine State and water firm Aguas Argentinas": a dispute
		}
		return cameo.Match{Code: "190", Lemma: "war", Start: i, End: i + 1, Nominal: true}, true
	}
	return cameo.Match{}, false
}

// statesInConflict: "conflict" is a dispute as often as a war; between two
// countries ("between Russia and U.S. ally Georgia") it is the war. j is the
// first mention after "between".
func statesInConflict(d *doc, j, se int) bool {
	if d.mentions[d.mentionAt[j]].label != "LOC" {
		return false
	}
	for k := d.mentions[d.mentionAt[j]].end; k < se && k < j+10; k++ {
		if d.lower[k] != "and" {
			continue
		}
		for n := k + 1; n < se && n < k+5; n++ {
			if mi := d.mentionAt[n]; mi >= 0 && !d.mentions[mi].nested {
				if d.mentions[mi].label == "LOC" {
					return true
				}
				if d.mentions[mi].label != "NORP" {
					return false
				}
				n = d.mentions[mi].end - 1
			}
		}
		return false
	}
	return false
}
