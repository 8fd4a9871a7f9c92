package pipeline

import (
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Ousters by an uprising (twentieth session, helper trig21). The
// Guideline's ouster readings (testdata/events/README.md, the dev6, dev10
// and dev22 readings) make a ruler brought down by a rebellion, a revolt,
// an uprising or protests, with no named one doing it, a RESIGNATION of
// the ruler: "the three-week rebellion that ousted Mr. Aristide", "he was
// toppled on April 7 during massive protests", "since he was forced out of
// office in February 2004 after an armed uprising". The coup and force
// tests (coupTold, officeLeft, dismissalTrigger's ousterForced) read such a
// sentence as an ATTACK or as nothing, because "armed", "rebellion" or the
// protests' dead are words of force; a coup, a named doer ("warlords
// overthrew dictator Mohamed Siad Barre") and an invasion stay theirs.
//
// The uprising must be what did the ousting: the subject of a relative
// clause right before the verb ("the rebellion that ousted", "a popular
// revolt in 2004 that toppled"), or a noun told after it by "during",
// "after", "amid", "in", "by" or "following" within a few words. The one
// brought down is a person, a body or a ruler's post (rulerOusted), or,
// with "forced / driven out of office", the one removedFromOffice reads.
// A former office ("the ousted president", "ousted President X") and a
// purpose ("accused of toppling") stay out.

const uprisingLemma = "ousted by an uprising"

// uprisingOustForms are the verbs of ousting the check reads besides the
// coup family's ousterVerbs and removalVerbs ("oust" is otherwise
// dismissalTrigger's, which leaves a forced ouster out).
var uprisingOustForms = map[string]bool{"ousted": true, "ousts": true, "oust": true}

// uprisingNouns name a popular rising with no one named doing it.
var uprisingNouns = map[string]bool{
	"rebellion": true, "revolt": true, "uprising": true, "uprisings": true, "revolution": true,
	"protests": true, "demonstrations": true, "unrest": true, "insurrection": true, "revolts": true,
}

// uprisingStarts are the words popularOuster can fire on beyond the coup
// family's (scanFamilies: they share coupTold's bit).
func uprisingStarts() []string { return wordsOf(uprisingOustForms) }

// popularOuster reads the verb at i as a ruler's ouster by an uprising: a
// RESIGNATION whose object (or, passive, subject) is the PATIENT.
func (p *Pipeline) popularOuster(d *doc, i, ss, se int) (cameo.Match, bool) {
	w := d.lower[i]
	if d.mentionAt[i] >= 0 || i == ss || !(uprisingOustForms[w] || ousterVerbs[w] || removalVerbs[w]) {
		return cameo.Match{}, false
	}
	switch d.lower[i-1] {
	case "the", "a", "an", "his", "her", "its", "their", "'s", "’s", "to", "recently", "newly":
		return cameo.Match{}, false // "the ousted president", "plotting to overthrow": no ouster told
	}
	if p.cls(d, i-1)&wPrep != 0 && d.mentionAt[i-1] < 0 && d.lower[i-1] != "that" {
		return cameo.Match{}, false // "accused of toppling": a purpose or a charge
	}
	if d.mentionAt[i-1] >= 0 && !isBe(d.lower[i-1]) {
		return cameo.Match{}, false // "Haiti ousted president": a name as a modifier, or a named doer
	}
	if anyWord(d, coupNouns, ss, se) || !uprisingDoer(d, i, ss, se) {
		return cameo.Match{}, false
	}
	if removalVerbs[w] {
		m, ok := p.removedFromOffice(d, i, se)
		if !ok {
			return cameo.Match{}, false
		}
		m.Lemma = uprisingLemma
		return m, true
	}
	if !p.rulerOusted(d, i, ss, se) {
		return cameo.Match{}, false // "toppled trees", "ousted fellow German Bjorn Phau" (no uprising anyway)
	}
	return cameo.Match{Code: cameo.CodeResign, Lemma: uprisingLemma, Start: i, End: i + 1}, true
}

// uprisingDoer: an uprising noun is the subject of the relative clause the
// verb at i opens ("the rebellion that ousted", "a revolt in 2004 that
// toppled"), or is told after the verb as the means or the time of the
// ouster ("was toppled ... during massive protests", "forced out of
// office ... after an armed uprising").
func uprisingDoer(d *doc, i, ss, se int) bool {
	if i-2 >= ss && (d.lower[i-1] == "that" || d.lower[i-1] == "which") {
		for k := i - 2; k >= ss && k >= i-5; k-- {
			if uprisingNouns[d.lower[k]] {
				return true
			}
			if k < i-2 && d.lower[k] != "in" && !yearWord(d.lower[k]) {
				break // only "in 2004" may stand between the noun and "that"
			}
		}
	}
	for k := i + 1; k < se && k <= i+10; k++ {
		switch d.lower[k] {
		case "during", "after", "amid", "in", "by", "following":
			for j := k + 1; j < se && j <= k+4; j++ {
				if uprisingNouns[d.lower[j]] {
					return true
				}
				if d.mentionAt[j] >= 0 {
					break
				}
			}
		case ";", "and", "but":
			return false // another clause
		}
	}
	return false
}
