package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Bans told with their term (twentieth session, helper trig21): "Wrestler
// Luo Meng has become the second Chinese Olympic hopeful to be banned for
// life", "the sprinter was banned for two years", "Zhang Hua also received
// a permanent ban", "he received a three-match ban". The Guideline reads a
// sports body's ban as one SANCTION per person banned, with the person as
// PATIENT (testdata/events/README.md, the dev30 and dev18 ban readings);
// penaltyImposed wants the one banning named ("banned by the IOC from"),
// and the lexicon has no noun reading, so a ban told by its term, with the
// body in another sentence or nowhere, was missed.
//
// The term is what makes it a penalty laid on someone: "for life" or "for"
// a number of years, months, matches, games, races or seasons after a
// passive "banned", "barred" or "suspended" whose subject is a named person
// (or he, she, they); or a ban noun premodified by its term ("lifetime",
// "life", "permanent", "two-year", "three-match") as the object of
// "received" / "got". A ban on things ("imports were banned for two
// years" names no person), a rule ("first-time offenders usually receive a
// two-year ban" names no one), an employer's short suspension ("suspended
// for two weeks": weeks and days are no sports term for "suspended") and
// a ban only faced ("faces a two-year ban", an outcome still open) stay out.

const termBanLemma = "ban for a term"

// termBanVerbs are the passive verbs of a ban told with its term.
var termBanVerbs = map[string]bool{"banned": true, "barred": true, "suspended": true}

// termBanReceivers take a ban as their object, their subject its PATIENT.
var termBanReceivers = map[string]bool{"received": true, "receives": true, "receive": true, "receiving": true, "got": true, "gets": true}

// termBanStarts are the words termBan fires on beyond penaltyForms
// (scanFamilies: they share penaltyImposed's bit, a SANCTION family).
func termBanStarts() []string { return wordsOf(termBanReceivers) }

// termUnits count a ban's term; termUnitsLong are those a plain employer's
// suspension is not told in.
var termUnits = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "match": true, "matches": true,
	"game": true, "games": true, "race": true, "races": true, "season": true, "seasons": true,
	"week": true, "weeks": true, "tournament": true, "tournaments": true,
}

// termBanNouns are the nouns of a ban.
var termBanNouns = map[string]bool{"ban": true, "suspension": true}

// termBan reads the word at i as a ban laid for a term: a passive ban verb
// with its term, or a receiving verb with a ban its term premodifies.
func (p *Pipeline) termBan(d *doc, i, ss, se int) (cameo.Match, bool) {
	w := d.lower[i]
	if d.mentionAt[i] >= 0 || i == ss || i+2 >= se {
		return cameo.Match{}, false
	}
	if termBanVerbs[w] {
		prev := d.lower[i-1]
		if !isBe(prev) && prev != "been" && prev != "be" {
			return cameo.Match{}, false // "the banned substance", "banned the sale": no ban on a person for a term
		}
		if d.lower[i+1] != "for" || !termAfter(d, i+2, se, w != "suspended") {
			return cameo.Match{}, false
		}
		if prev != "be" && !p.personSubjectBefore(d, i, ss) {
			return cameo.Match{}, false // "imports were banned for two years"
		}
		return cameo.Match{Code: "163", Lemma: termBanLemma, Start: i, End: i + 1}, true
	}
	if !termBanReceivers[w] {
		return cameo.Match{}, false
	}
	for k := i + 1; k < se && k <= i+5; k++ {
		if termBanNouns[d.lower[k]] {
			if !termBefore(d, i+1, k) {
				return cameo.Match{}, false // "received a ban": no term told
			}
			return cameo.Match{Code: "163", Lemma: termBanLemma, Start: i, End: k + 1, Reverse: true}, true
		}
		if d.mentionAt[k] >= 0 || p.cls(d, k)&(wVerb|wPunct|wPrep) != 0 {
			return cameo.Match{}, false
		}
	}
	return cameo.Match{}, false
}

// termAfter: the words at k tell a ban's term: "life", or a number (a
// digit or a number word, or "a") and a unit of time or play. Weeks, and
// days, are a sports term only for a ban, not for a suspension (long).
func termAfter(d *doc, k, se int, short bool) bool {
	if d.lower[k] == "life" {
		return true
	}
	if k+1 >= se || !(allDigits(d.lower[k]) || countWords[d.lower[k]] || d.lower[k] == "a" || d.lower[k] == "one") {
		return false
	}
	u := d.lower[k+1]
	if !short && (u == "week" || u == "weeks") {
		return false
	}
	return termUnits[u]
}

// termBefore: a word between k and the ban noun at n is its term:
// "lifetime", "life", "permanent", or a hyphened number and unit
// ("two-year", "three-match", "10-game").
func termBefore(d *doc, k, n int) bool {
	for j := k; j < n; j++ {
		w := d.lower[j]
		switch w {
		case "lifetime", "life", "permanent", "life-time":
			return true
		}
		if h := strings.IndexByte(w, '-'); h > 0 && termUnits[w[h+1:]] && (allDigits(w[:h]) || countWords[w[:h]]) {
			return true
		}
	}
	return false
}

// personSubjectBefore: the passive verb at i has a person named (or he,
// she, they) as its subject, past auxiliaries and adverbs.
func (p *Pipeline) personSubjectBefore(d *doc, i, ss int) bool {
	k := p.passiveSubjectAt(d, i, ss)
	if k < 0 {
		return false
	}
	if mi := d.mentionAt[k]; mi >= 0 {
		e := d.mentions[mi].ent
		return e >= 0 && d.ents[e].typ == extract.Person
	}
	switch d.lower[k] {
	case "he", "she", "they":
		return true
	}
	return false
}

// termBanArgs gives a passive ban told with its term the person banned as
// its PATIENT: the person named nearest before the verb, the subject of
// its clause ("Wrestler Luo Meng has become the second Chinese Olympic
// hopeful to be banned for life"), in place of what the general reader
// took from the words between ("Chinese"); a "by" agent stays.
func (p *Pipeline) termBanArgs(d *doc, ev *event, m cameo.Match, ss int) {
	if m.Reverse {
		return // "received a permanent ban": the subject, flipped to PATIENT
	}
	for k := m.Start - 1; k >= ss; k-- {
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Person {
			continue
		}
		kept := ev.parts[:0]
		for _, pt := range ev.parts {
			if pt.role != patient {
				kept = append(kept, pt)
			}
		}
		ev.parts = kept
		if e := d.mentions[mi].ent; !hasPart(ev, e) {
			ev.addPart(e, patient)
		}
		return
	}
}
