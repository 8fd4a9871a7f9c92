package pipeline

// An event told as the time of another; pacts with two countries.
//
// News dates one event by another: "The meeting comes just days after
// Suleiman met with members of a Fatah delegation", "Israel struck Gaza
// hours after militants fired rockets", "Karzai met Musharraf two weeks
// after he met Bush". The verb in the clause that "after", "before" or
// "since" opens is an earlier (or later) event than the one it dates, so
// when the two share one party and each names a party the other does not
// (Suleiman with Meshaal, Suleiman with Fatah) it is a second event, not
// the same one told again. merge:same-event folded such a clause into the
// event it dates: one party shared was enough. (Nineteenth session, fold20.)
//
// Left alone: a noun in the clause ("after the meeting", "since the
// talks"), which points back at an event told before; and a clause whose
// parties are those of the other event or a part of them ("two days after
// Bush met Putin" when Bush's meeting with Putin was told before), a
// retelling of the same event.
//
// Two agreements one party made with two different countries are two
// pacts as well ("Vietnam and the United States have signed an agreement
// ... Vietnam signed a deal with a Russian firm"): otherSides leaves pacts
// alone because a pact's parties are often named once by country and once
// by the bodies that signed, so only countries on both sides count here.

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract"
)

// anchorWords open a clause that dates another event by this one.
var anchorWords = map[string]bool{"after": true, "before": true, "since": true}

// anchorClauseStop ends the search back for an anchor word: the clause
// that holds the trigger begins after it.
var anchorClauseStop = map[string]bool{",": true, ";": true, ":": true, "--": true, "said": true, "says": true, "that": true, "who": true, "which": true, "when": true, "while": true}

// anchorClause: the trigger of ev stands in a clause opened by "after",
// "before" or "since", at most six words before it: a verb ("days after
// Suleiman met with", "after meeting with"), or a noun when a span of
// months or years counts the distance ("eight years after peace
// negotiations between Syria and Israel collapsed"), which then says the
// two are apart whoever takes part (spanned). A noun with no such span
// ("after the meeting") points back at an event told before.
func anchorClause(d *doc, ev *event) (anchored, spanned bool) {
	ss := d.sents[ev.sentence].Start
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-6; k-- {
		w := d.lower[k]
		if anchorWords[w] {
			spanned = k > ss && longSpans[d.lower[k-1]]
			return spanned || !ev.nominal, spanned
		}
		if anchorClauseStop[w] {
			return false, false
		}
	}
	return false, false
}

// longSpans count a distance in time too long for one event to cover.
var longSpans = map[string]bool{"months": true, "month": true, "years": true, "year": true, "decades": true, "decade": true}

// anchoredApart: of two reports of one type sharing a party, one is told
// in a clause that dates the other ("days after ... met"), and each names
// a party the other does not, or a span of months or years parts it from
// the other told in its sentence: two events. (A span parts the clause
// from the event it dates, not from one told in another sentence: "its
// takeover of Dome ... one year after Amoco acquired Dome" is one
// takeover.)
func anchoredApart(d *doc, c, ev *event) bool {
	ac, sc := anchorClause(d, c)
	ae, se := anchorClause(d, ev)
	if ac == ae {
		return false // both told plainly, or both as times of something else
	}
	if (sc || se) && (slices.Contains(c.sentences, ev.sentence) || slices.Contains(ev.sentences, c.sentence)) {
		return true
	}
	return ownPart(c, ev) && ownPart(ev, c)
}

// ownPart: a names a participant b does not.
func ownPart(a, b *event) bool {
	for _, p := range a.parts {
		if !hasPart(b, p.ent) {
			return true
		}
	}
	return false
}

// otherCountryPacts: two agreements one party made, each with another
// country ("Vietnam and the United States have signed an agreement ...
// Vietnam signed a deal with a Russian firm"): two pacts. (Not a company
// or body against a country: "Russia signed a deal ... the arms exporter
// Rosoboronexport signed the agreement" names one signer two ways.)
func otherCountryPacts(d *doc, a, b *event) bool {
	if a.typ != "AGREEMENT" || len(a.parts) < 2 || len(b.parts) < 2 {
		return false
	}
	return ownCountry(d, a, b) && ownCountry(d, b, a)
}

// ownCountry: a names a country b does not, and every party a names that b
// does not is a country.
func ownCountry(d *doc, a, b *event) bool {
	n := 0
	for _, p := range a.parts {
		if hasPart(b, p.ent) {
			continue
		}
		if d.ents[p.ent].subtype != extract.Country {
			return false
		}
		n++
	}
	return n > 0
}
