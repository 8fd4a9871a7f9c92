package pipeline

import (
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A named party wanting another to act makes a demand of it (twenty-third
// session, helper notrig24): "France, Britain, and Germany want Tehran to
// abandon its enrichment activities", "Afghanistan's president wants
// international donors to redirect their contributions", "E.U. diplomats
// say they also want Hamas to make those changes", "Tbilisi had wanted
// Moscow to close its two remaining bases". The Guideline's `dev6` "want
// the government to" reading (relabel23) makes these a DEMAND of the one
// who wants on the one asked; the lexicon's "want" is off ("---",
// curated.go: "Russia wants to support Ukraine", "investors want
// returns"), and the trigger skip drops it. Only "want NP to VERB" is
// read, as orderedTo reads an order (event_trig_orderto.go): the object
// and the infinitive are what make it a request of another.
//
// What stays out, by the same reading: a negated or polled want ("do not
// want Mr. Chirac to run", "most Americans want the troops to come
// home"), and a standing aim about a status ("its Serb minority wants the
// province to remain part of Serbia": "to be", "to remain", "to stay").

const wantToLemma = "want another to act"

var wantToForms = map[string]bool{"want": true, "wants": true, "wanted": true}

// wantToStarts are the words wantedTo fires on (scanFamilies: they share
// insistDemand's bit, a demand's family).
func wantToStarts() []string { return wordsOf(wantToForms) }

// wantedTo reads the verb at i as "want(s) NP to VERB".
func (p *Pipeline) wantedTo(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !wantToForms[d.lower[i]] || d.mentionAt[i] >= 0 || i == ss || i+3 >= se {
		return cameo.Match{}, false
	}
	for k := max(ss, i-3); k < i; k++ {
		switch d.lower[k] {
		case "not", "n't", "never", "nobody", "no", "if", "whether":
			return cameo.Match{}, false // "do not want Mr. Chirac to run"
		}
	}
	for k := ss; k < i; k++ {
		switch d.lower[k] {
		case "percent", "poll", "polls", "survey", "majority", "most", "voters":
			return cameo.Match{}, false // "most Americans want the troops to come home": opinion, no party asking
		}
	}
	k, ok := p.orderObjectEnd(d, i+1, se)
	if !ok || k+1 >= se || d.lower[k] != "to" || !p.orderedVerb(d, k+1, se) || !wantedParty(d, i+1, k) {
		return cameo.Match{}, false
	}
	switch d.lower[k+1] {
	case "be", "remain", "stay", "know", "see", "understand", "succeed", "win":
		return cameo.Match{}, false // "wants the province to remain part of Serbia": a status or a wish, nothing asked
	}
	return cameo.Match{Code: "100", Lemma: wantToLemma, Start: i, End: i + 1}, true
}

// wantedParty: the object of "want" between from and to is a party that
// can be asked: a name heading it, a pronoun, or a noun for a government, its forces
// or a group of people. Most objects of "want" are things, their purpose
// told after them ("wanted more time to discuss the candidates", "wants
// more money to build roads").
func wantedParty(d *doc, from, to int) bool {
	if d.mentionAt[to-1] >= 0 {
		return true // (a name inside a thing does not count: "wanted the Paris communique to imply")
	}
	switch d.lower[to-1] {
	case "them", "him", "her", "us", "leaders", "donors", "government", "governments", "officials",
		"authorities", "countries", "nations", "states", "members", "troops", "forces", "army",
		"parties", "sides", "council", "community", "rebels", "militants", "allies", "partners",
		"neighbors", "neighbours", "regime", "administration", "parliament", "congress", "lawmakers":
		return true
	}
	return false
}
