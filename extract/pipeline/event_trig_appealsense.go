package pipeline

// "Appeal to" in its sense of attracting, and the adjective "demanding".
//
// The APPEAL of the Guideline asks a party to act or to give ("appealed to
// the United Nations for help", "appealed to fans to calm down", "appealed
// to the ruling military against her home confinement"). "Appeal to" with
// none of "for", "against", "over" or "to VERB" after its object is the verb of
// attraction: "the game appealed to the Kiwi psyche", "to make the US
// marque appeal to European drivers", "appealing to the country's diverse
// ethnic and religious groups" (a candidate's appeal to voters), "its
// appeal to core Labour values". A "penalty appeal" is a player's claim
// to the referee. "Demanding" after a determiner, a possessive or an
// adverb of degree, or before a noun, is the adjective ("technologically
// demanding mobile users", "a demanding schedule"), no demand made. On
// the BBC news 7 of 10 events of "appeal to" and "demanding" read so were
// false, and one TUNE appeal (voa-1499). (Sixteenth session, appeal17.)

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// attractionSense: the trigger m, in the sentence [ss, se), is "appeal to"
// as attraction, a penalty appeal, or the adjective "demanding".
func (p *Pipeline) attractionSense(d *doc, m *cameo.Match, typ string, ss, se int) bool {
	t := m.Start
	w := d.lower[t]
	if typ == "DEMAND" && w == "demanding" {
		return demandingAdjective(p, d, t, ss, se)
	}
	if typ == "APPEAL" && legalAppeal(d, m, ss, se) {
		return true // "lodged an appeal against her ban", "an appeal for lbw" (event_sense_legalappeal.go)
	}
	if typ != "APPEAL" || !strings.HasPrefix(w, "appeal") {
		return false
	}
	if t-1 >= ss && d.lower[t-1] == "penalty" {
		return true // "Arsenal also had a penalty appeal rejected"
	}
	if t+1 >= se || d.lower[t+1] != "to" || d.mentionAt[t+1] >= 0 {
		return false
	}
	for k := t + 2; k < se; k++ {
		switch d.lower[k] {
		case "for", "against", "over":
			return false // "appealed to the UN for help", "appealed to the military against her confinement"
		case "to", "not":
			if k+1 < se && (p.verbAfterTo(d, k+1) || d.mentionAt[k+1] < 0 && p.cls(d, k+1)&(wDet|wNum|wProper|wPron|wPrep|wPunct) == 0) {
				return false // "appealed to fans to calm down", "to the government to scrap the plan" (a verb the treebank knows as a noun)
			}
		case ";", "and", "but":
			return true // (what follows is another clause)
		}
	}
	return true
}

// degreeWords stand before an adjective: "most demanding", "very demanding".
var degreeWords = map[string]bool{
	"a": true, "an": true, "the": true, "most": true, "more": true, "less": true, "very": true,
	"too": true, "so": true, "as": true, "'s": true, "’s": true, "increasingly": true, "less-": true,
}

// demandingAdjective: "demanding" at t is the adjective: after a
// determiner, a possessive or an adverb of degree ("technologically
// demanding", "a demanding job"), or before "and" joining adjectives.
func demandingAdjective(p *Pipeline, d *doc, t, ss, se int) bool {
	if t-1 >= ss {
		prev := d.lower[t-1]
		if degreeWords[prev] || strings.HasSuffix(prev, "ly") && d.mentionAt[t-1] < 0 {
			return true
		}
	}
	return false
}
