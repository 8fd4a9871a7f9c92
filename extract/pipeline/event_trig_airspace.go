package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Airspace violated (nineteenth session, helper elect20). The decided
// readings (testdata/events/README.md, the dev26 patrol-boat and dev45
// warplane readings) file warplanes violating a neighbour's airspace, and
// a patrol boat crossing into its waters, as a MILITARY_POSTURE of the
// state whose craft they are, the neighbour its PATIENT: a show of force
// short of an attack (CAMEO 15). The lexicon has "violate" only for
// agreements and rights ("violated the ceasefire", "violating human
// rights"), so "Russian military aircraft have repeatedly violated
// Finland's airspace" and "its warplanes' violating Ecuador's airspace"
// were no event: the lexicon has "violate * AIRSPACE" (150), but the
// posture guard wants troops after the verb. The verb or noun is read so only when what is violated or
// entered is airspace or territorial waters ("violated the truce" and
// "violations of international law" stay out); the state is read by the
// argument reader as for any other verb (the subject, and the possessor or
// adjective of the airspace).
//
// Measured at the start (main 654cf60): 2 TUNE stories (voa-1183 dev24,
// voa-2011 dev45) missed such a posture; on Reuters-21578 the "airspace
// violations by the Turkish air force" Cyprus protested.

// airspaceLemma marks the match.
const airspaceLemma = "violate airspace"

// airspaceViolations are the verbs and nouns of crossing into a state's
// air or sea without leave.
var airspaceViolations = map[string]bool{
	"violate": true, "violates": true, "violated": true, "violating": true,
	"violation": true, "violations": true, "intrusion": true, "intrusions": true,
	"incursion": true, "incursions": true, "intruded": true, "infringed": true,
}

// airspaceStarts are the words airspaceViolated fires on (scanFamilies).
func airspaceStarts() []string { return wordsOf(airspaceViolations) }

// airspaceAt reports whether the word at k, with the one after it (to
// se), names a state's airspace or territorial waters, and where it ends.
func airspaceAt(d *doc, k, se int) (int, bool) {
	switch d.lower[k] {
	case "airspace":
		return k + 1, true
	case "air":
		if k+1 < se && d.lower[k+1] == "space" {
			return k + 2, true
		}
	case "territorial":
		if k+1 < se && d.lower[k+1] == "waters" {
			return k + 2, true
		}
	}
	return 0, false
}

// airspaceViolated reads the word at i as a violation of airspace:
// the airspace after it within five words, across only a name, its
// possessive and modifiers ("violated Finland's airspace", "violating
// Pakistani airspace", "incursions into Georgian air space", "violations
// of its territorial waters"), or the noun right after "airspace"
// ("airspace violations by the Turkish air force").
func (p *Pipeline) airspaceViolated(d *doc, i, ss, se int) (cameo.Match, bool) {
	w := d.lower[i]
	if !airspaceViolations[w] {
		return cameo.Match{}, false
	}
	verb := w == "violate" || w == "violates" || w == "violated" || w == "violating" || w == "intruded" || w == "infringed"
	if verb && i > ss && (isBe(d.lower[i-1]) || d.lower[i-1] == "been") {
		return cameo.Match{}, false // "its airspace was violated": the passive names the violator by "by", if at all
	}
	if !verb && i > ss {
		if i-1 >= ss && d.lower[i-1] == "airspace" || i-2 >= ss && d.lower[i-2] == "air" && d.lower[i-1] == "space" {
			return cameo.Match{Code: "150", Lemma: airspaceLemma, Start: i, End: i + 1, Nominal: true}, true
		}
	}
	k := i + 1
	if !verb {
		if k >= se || d.lower[k] != "of" && d.lower[k] != "into" && d.lower[k] != "in" {
			return cameo.Match{}, false // "violations of human rights" are read on below; "incursion by rebels" is no airspace
		}
		k++
	} else if w == "intruded" {
		if k >= se || d.lower[k] != "into" {
			return cameo.Match{}, false
		}
		k++
	}
	if p.airspaceAfter(d, k, se) {
		return cameo.Match{Code: "150", Lemma: airspaceLemma, Start: i, End: i + 1, Nominal: !verb}, true
	}
	return cameo.Match{}, false
}

// airspaceAfter: airspace or territorial waters stand at k or within five
// words after it, across only names, their possessives and modifiers
// ("Finland's airspace", "Pakistani airspace", "its territorial waters");
// "violated the ceasefire" and "violating human rights" fail it.
func (p *Pipeline) airspaceAfter(d *doc, k, se int) bool {
	for j := k; j < se && j <= k+5; j++ {
		if _, ok := airspaceAt(d, j, se); ok {
			return true
		}
		if d.mentionAt[j] >= 0 || d.lower[j] == "'s" || d.lower[j] == "’s" {
			continue // "Finland's", "Pakistani"
		}
		if p.cls(d, j)&(wDet|wAdj|wPron) == 0 {
			return false
		}
	}
	return false
}
