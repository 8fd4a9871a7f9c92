package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// Taking what is no territory (newsfp6-24, twenty-third session). The
// Guideline's OCCUPY is ground taken or held by a force. Of the 35 OCCUPY
// events the extractor read from BBC and Reuters, 13 took no ground: a firm
// or its stake ("took control of the South Florida Banks", "took a
// controlling interest in the company", "when he took control six months
// ago"), a consortium "led by" a firm, "initiatives ... taken by the
// Community", "files residing on IBM mainframes", "Reds take control". The
// CAMEO verbs behind them (take, lead, reside, control) take ground only
// through their object, while occupy, invade, capture, seize, overrun and
// annex name a taking of ground by themselves. So:
//
//   - "controlling" (a controlling interest, stake, share) is a share of a
//     firm, never ground;
//   - control "of"/"over" whose first name is an organization's, before any
//     place name or place noun, is a firm's or a body's, not a place's;
//   - a trigger that is no verb of taking ground needs a place in its
//     sentence: a place name, or a place noun outside the names (the "Land"
//     of "Sino Land Co", the "South" of "South Florida Banks" are none).

const guardNotTerritory = "sense:not-territory" // "took a controlling interest in the company"

// groundVerbPrefixes begin the triggers that tell of taking or holding
// ground by themselves.
var groundVerbPrefixes = []string{
	"occup", "invad", "invasion", "annex", "captur", "recaptur", "seiz", "overr", "storm",
	"conquer", "retak", "retook", "enter", "entr", "incursion", "push", "moved", "cross",
}

// groundVerb: the trigger word w names a taking of ground by itself.
func groundVerb(w string) bool {
	for _, p := range groundVerbPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// placeNoun: w heads a place (the capture, seizure and site nouns).
func placeNoun(w string) bool {
	return seizedPlaces[w] || landNouns[w] || siteNouns[w]
}

// notTerritory: an OCCUPY whose object is a firm or a stake, or whose
// trigger needs an object of ground and whose sentence [ss, se) names none.
func notTerritory(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "OCCUPY" || ev.trigStart < ss || ev.trigEnd > se {
		return false
	}
	for k := ev.trigStart; k < se && k < ev.trigEnd+3; k++ {
		switch d.lower[k] {
		case "controlling":
			return true // "took a controlling interest in the company"
		case "control":
			if k+1 < se && (d.lower[k+1] == "of" || d.lower[k+1] == "over") && firmControlled(d, k+2, se) {
				return true // "took control of the South Florida Banks"
			}
		}
	}
	if groundVerb(d.lower[ev.trigStart]) {
		return false
	}
	return !placeInSentence(d, ss, se)
}

// firmControlled: the object of "control of" starting at i names an
// organization before any place name or place noun.
func firmControlled(d *doc, i, se int) bool {
	for k := i; k < se && k < i+8; k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent < 0 || m.label == "NORP" {
				return false
			}
			return d.ents[m.ent].typ == extract.Organization
		}
		w := d.lower[k]
		if placeNoun(w) || w == "," || w == ";" || w == "and" {
			return false
		}
	}
	return false
}

// placeInSentence: tokens [ss, se) hold a place name or a place noun
// outside any name.
func placeInSentence(d *doc, ss, se int) bool {
	for k := ss; k < se && k < len(d.mentionAt); k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent >= 0 && m.label != "NORP" && d.ents[m.ent].typ == extract.Location {
				return true
			}
			continue
		}
		if placeNoun(d.lower[k]) {
			return true
		}
	}
	return false
}
