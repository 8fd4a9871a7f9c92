package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A state's blockade (twentieth session, posture21). The Guideline reads a
// state's blockade of a territory as its MILITARY_POSTURE ("Israel has
// blockaded the Palestinian territory for three years", the dev30
// blockade reading); the lexicon reads "blockade" only in CAMEO's
// restrict-movement patterns, which the trigger filter leaves out as no
// attack, so "shattering an Israeli blockade" and "Israel has blockaded
// the territory" gave nothing. The blockade is a state's when a country
// owns the noun (a country's adjective or possessive right before it,
// past one adjective: "an Israeli blockade", "Israel's naval blockade") or
// is the verb's subject. Blockades by protesters, farmers or rebels
// ("their two-week-long blockade of government buildings", "a blockade of
// the capital" announced by Maoists) name no country and stay out: the
// labels read them as PROTESTs. "siege" stays with the lexicon: a siege
// of a church or a town is an ATTACK as often as a posture.

// blockadeLemma marks the match; the posture filter of scanTriggers lets
// it through, and blockadeArgs reads its state.
const blockadeLemma = "state blockade"

// blockadeNouns and blockadeVerbs are the words blockadeByState reads.
var (
	blockadeNouns = map[string]bool{"blockade": true, "blockades": true}
	blockadeVerbs = map[string]bool{"blockaded": true, "blockading": true}
)

// blockadeStarts are the words blockadeByState can fire on (scanWords).
func blockadeStarts() []string { return append(wordsOf(blockadeNouns), wordsOf(blockadeVerbs)...) }

// blockadeAdjectives may stand between the state and the noun.
var blockadeAdjectives = map[string]bool{
	"naval": true, "economic": true, "military": true, "total": true, "crippling": true, "strict": true,
	"tight": true, "ongoing": true, "air": true, "sea": true, "land": true, "punishing": true,
}

// blockadeByState reads the word at i as a country's blockade.
func (p *Pipeline) blockadeByState(d *doc, i, ss, se int) (cameo.Match, bool) {
	w := d.lower[i]
	if !blockadeNouns[w] && !blockadeVerbs[w] {
		return cameo.Match{}, false
	}
	if blockadeOwner(d, i, ss) < 0 || blockadeHypothetical(d, i, ss, se) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "150", Lemma: blockadeLemma, Start: i, End: i + 1, Nominal: blockadeNouns[w]}, true
}

// blockadeOwner is the country entity whose blockade the word at i tells,
// or -1: the noun's country modifier, or the verb's country subject (past
// auxiliaries; a passive names the one blockaded, not its maker).
func blockadeOwner(d *doc, i, ss int) int {
	j := i - 1
	if blockadeNouns[d.lower[i]] {
		if j >= ss && blockadeAdjectives[d.lower[j]] {
			j--
		}
		if j >= ss && (d.lower[j] == "'s" || d.lower[j] == "’s") {
			j--
		}
	} else {
		for j >= ss && (d.lower[j] == "has" || d.lower[j] == "have" || d.lower[j] == "had" || d.lower[j] == "is" || d.lower[j] == "are" || d.lower[j] == "also") {
			j--
		}
		if j < i-1 && (d.lower[i-1] == "is" || d.lower[i-1] == "are") && d.lower[i] == "blockaded" {
			return -1 // "Gaza is blockaded": a passive
		}
	}
	if j < ss {
		return -1
	}
	mi := d.mentionAt[j]
	if mi < 0 || d.mentions[mi].ent < 0 {
		return -1
	}
	if e := d.ents[d.mentions[mi].ent]; e.typ != extract.Location || e.subtype != extract.Country {
		return -1
	}
	return d.mentions[mi].ent
}

// blockadeArgs makes the blockading state the AGENT and drops the places
// read as others' parts: the territory blockaded is where the posture
// stands (the labels name the state alone).
func blockadeArgs(d *doc, ev *event, m cameo.Match, ss int) {
	owner := blockadeOwner(d, m.Start, ss)
	if owner < 0 {
		return
	}
	kept := ev.parts[:0]
	for _, pt := range ev.parts {
		if pt.ent != owner && pt.ent >= 0 && d.ents[pt.ent].typ == extract.Location {
			continue
		}
		if pt.ent == owner {
			pt.role = agent
		}
		kept = append(kept, pt)
	}
	ev.parts = kept
	if !hasRole(ev, agent) {
		ev.addPart(owner, agent)
	}
}

// blockadeHedges tell a blockade only weighed or threatened: after it in
// its sentence ("an Iranian blockade of the strait was unlikely", "a
// blockade would hurt") or right before it ("threatened a blockade").
var blockadeHedges = map[string]bool{
	"would": true, "could": true, "might": true, "unlikely": true, "possible": true, "threat": true,
	"threatened": true, "threatens": true, "threaten": true, "threatening": true, "any": true,
}

// blockadeHypothetical: the blockade at i is hedged, no posture taken.
func blockadeHypothetical(d *doc, i, ss, se int) bool {
	for k := max(ss, i-4); k < se; k++ {
		if k != i && blockadeHedges[d.lower[k]] {
			return true
		}
	}
	return false
}
