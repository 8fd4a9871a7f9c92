package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// A weapon tested by the verb is a show of force (twentieth session,
// helper threat21): "North Korea tested a nuclear weapon last year", "after
// North Korea tested long range missiles and a nuclear weapon", "Pakistan
// has tested a nuclear-capable cruise missile". The lexicon holds the nouns
// ("a missile test", kept only with a weapon beside it: weaponNear) and
// "test-fired", not the verb "tested". A state testing a weapon
// demonstrates military force (CAMEO 150, as a test-firing), a
// MILITARY_POSTURE of the subject. The verb's object must be a weapon:
// within four words after it, past articles, numbers and adjectives, a
// weapon noun heads it ("tested a nuclear weapon", "tested two
// short-range missiles"); "tested positive", "tested the new system",
// "tested the missile defence shield" (a noun after the weapon word makes
// it a modifier) stay out, as does the passive ("the missile was tested"
// names no one testing).

const testedLemma = "test a weapon"

var testedForms = map[string]bool{"tested": true, "testing": true, "tests": true, "test": true}

// testedWeapons are the nouns of a weapon tested (the head of the object).
var testedWeapons = map[string]bool{
	"missile": true, "missiles": true, "weapon": true, "weapons": true, "bomb": true, "bombs": true,
	"device": true, "warhead": true, "warheads": true, "rocket": true, "rockets": true, "torpedo": true,
}

// testedStarts are the words weaponTested fires on (scanFamilies: they share
// forcesBuiltUp's bit, a posture's family).
func testedStarts() []string { return wordsOf(testedForms) }

// weaponTested reads the verb at i as testing a weapon.
func (p *Pipeline) weaponTested(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !testedForms[d.lower[i]] || d.mentionAt[i] >= 0 || i == ss {
		return cameo.Match{}, false
	}
	prev := d.lower[i-1]
	if isBe(prev) && d.lower[i] != "testing" || prev == "been" || prev == "being" || p.cls(d, i-1)&wDet != 0 {
		return cameo.Match{}, false // "was tested", "the test": no tester named by the verb
	}
	if (d.lower[i] == "test" || d.lower[i] == "tests") && p.cls(d, i)&wVerb == 0 {
		return cameo.Match{}, false // "missile tests", "a nuclear test": the lexicon's noun
	}
	nuclear := false
	for j := i + 1; j < se && j < i+6; j++ {
		w := d.lower[j]
		if testedWeapons[w] {
			if w == "device" && !nuclear {
				return cameo.Match{}, false // "tested a new device": a weapon only when nuclear
			}
			if j+1 < se && p.cls(d, j+1)&wNoun != 0 && d.mentionAt[j+1] < 0 && !testedWeapons[d.lower[j+1]] {
				return cameo.Match{}, false // "tested the missile defence shield": a modifier
			}
			return cameo.Match{Code: "150", Lemma: testedLemma, Start: i, End: j + 1}, true
		}
		switch {
		case w == "nuclear" || w == "atomic":
			nuclear = true
		case w == "a" || w == "an" || w == "its" || w == "their" || w == "two" || w == "three" || w == "several" || w == "new" || w == "another":
		case p.cls(d, j)&(wAdj|wNum) != 0 && d.mentionAt[j] < 0:
		case len(w) > 1 && w[len(w)-1] != '-' && d.mentionAt[j] < 0 && (hyphenated(w)):
			// "long-range", "nuclear-capable", "short-range"
		case w == "long" || w == "short" || w == "medium" || w == "range" || w == "cruise" || w == "ballistic" || w == "intercontinental":
		default:
			return cameo.Match{}, false
		}
	}
	return cameo.Match{}, false
}

func hyphenated(w string) bool {
	for k := 1; k < len(w)-1; k++ {
		if w[k] == '-' {
			return true
		}
	}
	return false
}
