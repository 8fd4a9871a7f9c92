package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// An order to act is a demand (twenty-third session, helper notrig24):
// "Israel's top general has ordered the army to stop using civilians",
// "The governor has ordered the California National Guard to assist",
// "Islamic Jihad says it has ordered its gunmen in the Gaza Strip to stop
// firing rockets", "Haiti's interim government has ordered the rebels out
// of the compound". The Guideline's Orders reading (relabel2-23) makes
// "ordered NP to VERB" by a named official, government or armed group a
// DEMAND, also to its own troops; the lexicon's "order" is off ("---",
// curated.go: "ordered 20 Airbus jets", "orders rose"), so these were the
// largest group of TUNE misses with no trigger (19 "ordered" DEMANDs).
//
// Only the verb with an object and then "to" and a verb, or "out" /
// "home" / "back", is read: the object and the infinitive are what make it
// a command, and they keep out purchases ("ordered 20 jets"), the noun
// ("orders rose", "an order"), and the passive ("were ordered to leave":
// the one ordered is the subject, and its orderer is mostly unnamed). An
// order in a court's ruling ("the court ordered the company to pay")
// folds into the TRIAL or SANCTION of the ruling (the Orders reading), so
// a court, judge or tribunal before the verb keeps it out.
//
// The order's maker is the subject (the general readers take it), the one
// ordered the object (the readers' patient after the verb).

const orderToLemma = "order to act"

var orderToForms = map[string]bool{"ordered": true, "orders": true, "ordering": true}

// orderToStarts are the words orderedTo fires on (scanFamilies: they share
// insistDemand's bit, a demand's family).
func orderToStarts() []string { return wordsOf(orderToForms) }

// orderCourtWords name a court or its members: their orders are rulings.
var orderCourtWords = map[string]bool{
	"court": true, "courts": true, "judge": true, "judges": true, "tribunal": true,
	"magistrate": true, "jury": true, "justice": true, "ruling": true, "ruled": true,
}

// orderedTo reads the verb at i as "ordered NP to VERB" or "ordered NP
// out/home/back".
func (p *Pipeline) orderedTo(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !orderToForms[d.lower[i]] || d.mentionAt[i] >= 0 || i == ss || i+2 >= se {
		return cameo.Match{}, false
	}
	if w := d.lower[i-1]; isBe(w) || w == "the" || w == "an" || w == "its" || w == "his" || w == "her" || w == "their" {
		return cameo.Match{}, false // "were ordered to leave", "the orders": no command told with its maker
	}
	for k := ss; k < i; k++ {
		if orderCourtWords[d.lower[k]] || d.lower[k] == "fined" {
			return cameo.Match{}, false // "the court ordered Microsoft to", "fined Microsoft and ordered the company to": the ruling's
		}
	}
	k, ok := p.orderObjectEnd(d, i+1, se)
	if !ok || d.mentionAt[k-1] < 0 && orderedThing(d.lower[k-1]) {
		return cameo.Match{}, false // "ordered temporary layoffs of workers to cut production": a thing ordered, its purpose after it
	}
	if k+1 < se && (d.lower[k] == "in" || d.lower[k] == "at") {
		if pp := p.npRight(d, k+1, se); pp.end > pp.start {
			k = pp.end // "its gunmen in the Gaza Strip to stop"
		}
	}
	if k >= se {
		return cameo.Match{}, false
	}
	if k+2 < se && d.lower[k] == "," && (d.lower[k+1] == "which" || d.lower[k+1] == "who") {
		for k += 2; k < se && d.lower[k] != ","; k++ {
		}
		k++ // "ordered the agency, which normally monitors foreign communications, to begin"
	}
	if k >= se {
		return cameo.Match{}, false
	}
	switch d.lower[k] {
	case "to":
		if !p.orderedVerb(d, k+1, se) {
			return cameo.Match{}, false // "ordered the troops to the border": a move, told by its own words
		}
		if d.lower[k+1] == "be" {
			return cameo.Match{}, false // "ordered the jets to be delivered": what is to be done to a thing, no one asked
		}
		if d.lower[k+1] == "pay" {
			return cameo.Match{}, false // "ordered the station to pay": a penalty, the ruling's
		}
		if d.lower[k+1] == "surrender" {
			return cameo.Match{}, false // "surrounded the mosque and ordered him to surrender": an arrest's call, not a demand of a named party (the Orders reading)
		}
	case "out", "home", "back":
	default:
		return cameo.Match{}, false
	}
	if d.lower[k] == "to" && (orderClosures[d.lower[k+1]] || d.lower[k+1] == "leave" && orderEnvoyBetween(d, i+1, k)) {
		return cameo.Match{Code: "163", Lemma: orderSanctionLemma, Start: i, End: i + 1}, true
	}
	return cameo.Match{Code: "100", Lemma: orderToLemma, Start: i, End: i + 1}, true
}

// orderSanctionLemma: an order that closes a body or sends a foreign
// envoy out is a SANCTION (the Guideline's closures and expulsions
// readings: "ordered a popular opposition newspaper to close", "ordered a
// Norwegian diplomat to leave Tehran").
const orderSanctionLemma = "order closed or out"

// orderClosures are the verbs of an ordered closure.
var orderClosures = map[string]bool{"close": true, "shut": true, "suspend": true}

// orderEnvoyBetween: a diplomat or envoy is named among the words the
// order is given to.
func orderEnvoyBetween(d *doc, from, to int) bool {
	for k := from; k < to; k++ {
		switch d.lower[k] {
		case "diplomat", "diplomats", "ambassador", "envoy", "envoys", "attache", "consul", "embassy":
			return true
		}
	}
	return false
}

// orderObjectEnd is the end of the object of "ordered" starting at k: a
// pronoun ("ordered them to leave"), or a noun phrase, its possessive
// determiner included ("ordered his troops to halt"); false when there is
// none.
func (p *Pipeline) orderObjectEnd(d *doc, k, se int) (int, bool) {
	switch d.lower[k] {
	case "them", "him", "her", "us":
		return k + 1, true
	case "his", "its", "their", "our":
		k++ // npWord stops at a pronoun's class
	}
	if k >= se {
		return 0, false
	}
	ph := p.npRight(d, k, se)
	if ph.end <= ph.start || ph.end >= se {
		return 0, false
	}
	return ph.end, true
}

// orderedVerb: the word at k, after "to", is the verb of what is ordered:
// a verb, or a word the word classes do not know (they read it as a noun
// or an adjective: "to redeploy", "to halt", "to brace"); after "to" a
// word the treebank lacks is mostly a verb, while a known noun or
// adjective is a destination ("to power", "to northern areas").
func (p *Pipeline) orderedVerb(d *doc, k, se int) bool {
	if k >= se || d.mentionAt[k] >= 0 {
		return false
	}
	if p.cls(d, k)&wVerb != 0 {
		return true
	}
	_, known := p.wc[d.lower[k]]
	return !known && !strings.HasSuffix(d.lower[k], "ing") && !strings.HasSuffix(d.lower[k], "ed")
}

// orderedThing: the object's head is a thing or an act ordered ("ordered a
// report on the decision to allow", "ordered the price reductions to take
// account of", "ordered temporary layoffs of workers to cut production"),
// after which a "to" clause tells its purpose, not a command; or a
// company's own staff ("ordering employees to hide expenses"), whose
// instructions the Orders reading leaves out.
func orderedThing(w string) bool {
	switch w {
	case "report", "reports", "layoff", "layoffs", "cut", "cuts", "reduction", "reductions",
		"review", "study", "audit", "removal", "withdrawal", "release", "closure", "measures",
		"employees", "staff", "workers":
		return true
	}
	return false
}
