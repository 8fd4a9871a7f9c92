package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Stopping aid, lending, cooperation or talks (thirteenth session). CAMEO
// reads "halted * AID" as reducing aid (162), but only for the nouns its
// patterns name; news tells the same measure with the verbs of stopping
// and many more nouns: "halted lending", "delayed loans", "canceled seven
// million dollars in aid", "suspended the peace process", "stopped all
// cooperation with", "withheld tax revenues". The stopping verb with such
// a noun as its object is the 16x measure event_trig_relations.go turns
// into a SANCTION; as there, one with no one it is against is dropped
// (relationsUntargeted), so "suspended flights" or a loan with no
// borrower named stays out.

// stopForms are the verb forms a measure is stopped or held back with,
// and their lemmas (the lexicon reads most of them as no event at all).
var stopForms = map[string]string{
	"halt": "halt", "halts": "halt", "halted": "halt", "halting": "halt",
	"stop": "stop", "stops": "stop", "stopped": "stop", "stopping": "stop",
	"suspend": "suspend", "suspends": "suspend", "suspended": "suspend", "suspending": "suspend",
	"freeze": "freeze", "freezes": "freeze", "froze": "freeze", "frozen": "freeze", "freezing": "freeze",
	"cancel": "cancel", "cancels": "cancel", "canceled": "cancel", "cancelled": "cancel", "canceling": "cancel", "cancelling": "cancel",
	"delay": "delay", "delays": "delay", "delayed": "delay", "delaying": "delay",
	"withhold": "withhold", "withholds": "withhold", "withheld": "withhold", "withholding": "withhold",
	"block": "block", "blocks": "block", "blocked": "block", "blocking": "block",
}

// stoppedMeasures are the object nouns that make the stopping a measure,
// with the CAMEO code of each: aid (162), talks (164), relations (161).
var stoppedMeasures = map[string]string{
	"aid": "162", "assistance": "162", "loans": "162", "loan": "162", "lending": "162", "funding": "162",
	"funds": "162", "grants": "162", "credits": "162", "disbursements": "162", "revenues": "162",
	"talks": "164", "negotiations": "164", "dialogue": "164",
	"cooperation": "161", "contacts": "161", "ties": "161", "relations": "161",
}

// stopStarts are the words measureStopped can fire on (scanWords).
func stopStarts() []string { return wordsOf(stopForms) }

// measureStopped reads the verb at i as stopping a measure named in its
// object ("halted lending to Kenya"): a 16x match with a pattern, so that
// relationsCut makes it a SANCTION.
func (p *Pipeline) measureStopped(d *doc, i, ss, se int) (cameo.Match, bool) {
	lemma := stopForms[d.lower[i]]
	if lemma == "" {
		return cameo.Match{}, false
	}
	if i > ss && p.cls(d, i-1)&wDet != 0 {
		return cameo.Match{}, false // "a halt to", "the delay in": a noun
	}
	if w := strings.TrimSuffix(d.lower[i], "s"); w == lemma && i > ss && d.mentionAt[i-1] < 0 &&
		p.cls(d, i-1)&(wAdj|wNoun) != 0 && p.cls(d, i-1)&(wVerb|wPast|wModal|wPron) == 0 {
		return cameo.Match{}, false // "a major stumbling block in the talks": the noun
	}
	for k := i + 1; k < se && k < i+9; k++ {
		w := d.lower[k]
		switch w {
		case ",", ";", ":", ".", "to", "with", "from", "after", "because", "when", "until", "since", "that", "which", "who", "and", "for", "over", "pending":
			return cameo.Match{}, false
		case "process":
			if d.lower[k-1] == "peace" {
				return stopMatch(i, lemma, "164"), true // "suspended the peace process"
			}
		}
		if c := stoppedMeasures[w]; c != "" {
			return stopMatch(i, lemma, c), true
		}
	}
	return cameo.Match{}, false
}

func stopMatch(i int, lemma, code string) cameo.Match {
	return cameo.Match{Code: code, Lemma: lemma, Start: i, End: i + 1, Pattern: "* " + strings.ToUpper(lemma)}
}
