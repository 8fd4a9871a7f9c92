package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Insisting that another side act is a demand (sixteenth session, helper
// threat17): "The Social Democrats have insisted that Mr. Schroeder
// remain in office", "the rebel group has insisted the government pull
// troops out of two towns". The lexicon has no "insist". Its other sense
// holds a fact to be true, "insisted that the program is peaceful",
// "insists he was not there": that is no demand. English tells them apart
// by the clause's verb: a demand takes the bare (subjunctive) form, or
// "must" / "should" with a verb, after a subject that is singular (so the
// bare form cannot be a plural's present: "insist they remain committed").
// Measured on TUNE at the start: 4 DEMANDs told by "insisted" missed with
// no trigger (voa-1027, 1175, 1520; one in dev30..dev33).
//
// Seventeenth session (demand18): "insists" and "insisting" reach the
// checker too (the lexicon reads them as the say verb "insist", which the
// say-verb skip dropped before scanTriggers' hook for this family ran).

const insistLemma = "insist on terms" // (not "insist": a say verb, skipped)

var insistForms = map[string]bool{"insisted": true, "insists": true, "insist": true, "insisting": true}

// insistStarts are the words insistDemand fires on (scanFamilies).
func insistStarts() []string { return wordsOf(insistForms) }

// insistDemand reads "insisted (that) X VERB" as a DEMAND on X when VERB
// is bare or follows "must"/"should".
func (p *Pipeline) insistDemand(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !insistForms[d.lower[i]] || d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	k := i + 1
	if k < se && d.lower[k] == "that" {
		k++
	}
	if k >= se || d.lower[k] == "on" {
		return cameo.Match{}, false // "insisted on": what is held to, told by a noun
	}
	if insistAsked(p, d, k, se) < 0 {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "100", Lemma: insistLemma, Start: i, End: i + 1}, true
}

// insistAsked is the verb of the demanded clause opening at k (its subject
// a name, or "the" and a singular noun), -1 when the clause states a fact.
func insistAsked(p *Pipeline, d *doc, k, se int) int {
	v, plural := -1, false
	if k+1 < se && d.mentionAt[k] < 0 && d.mentionAt[k+1] >= 0 && honorifics[strings.TrimSuffix(d.lower[k], ".")] {
		k++ // "insisted that Mr. Schroeder remain": the name leaves its honorific out
	}
	switch {
	case d.mentionAt[k] >= 0:
		mi := d.mentionAt[k]
		j := k
		for j < se && d.mentionAt[j] == mi {
			j++
		}
		if e := d.mentions[mi].ent; e < 0 || d.ents[e].typ == extract.Misc {
			return -1
		} else if d.ents[e].typ == extract.Organization && strings.HasSuffix(d.lower[j-1], "s") {
			plural = true // "the Social Democrats": a plural's present looks bare
		}
		v = j
	case d.lower[k] == "the" && k+2 < se && p.cls(d, k+1)&wNoun != 0:
		v, plural = k+2, strings.HasSuffix(d.lower[k+1], "s")
	default:
		return -1
	}
	if v >= se {
		return -1
	}
	w := d.lower[v]
	if plural && w != "be" && w != "not" && w != "must" && w != "should" {
		return -1 // "insist they remain committed"; but "insisting that the talks be held in Norway" asks
	}
	if (w == "must" || w == "should") && v+1 < se && p.cls(d, v+1)&wVerb != 0 {
		return v + 1
	}
	if w == "be" || w == "not" {
		return v // "insisted that the vote not be delayed" (before isBe, which holds "be")
	}
	if d.mentionAt[v] >= 0 || isBe(w) || w == "has" || w == "had" || w == "have" || w == "did" || w == "does" {
		return -1
	}
	if !p.mandativeVerb(d, v) || p.cls(d, v)&wModal != 0 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return -1
	}
	if _, known := p.wc[w]; !known && (v+1 >= se || d.mentionAt[v+1] < 0 && p.cls(d, v+1)&(wDet|wPron) == 0) {
		// a word the tagger does not know is the bare verb when an object
		// follows ("that Poland restructure the shipyard"), not before
		// another verb ("that the system cannot be trusted")
		return -1
	}
	return v
}
