package pipeline

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

// A body named by the first word of its full name after the full name:
// "Amnesty International ... Amnesty also urged", "Sun Microsystems ...
// Sun and Google". The tagger often leaves the short form untagged, most
// of all where it opens a sentence, and linkOrgPrefixes can only join a
// mention the tagger made. Measured in the seventeenth session (maker18):
// appeals and meetings whose maker was such a short form were missed in
// several TUNE stories.
//
// Precision first: the word is capitalised and stands alone (no capitalised
// word next to it: not part of a longer name), is no adjective, verb,
// preposition, determiner or pronoun in the word classes and no place or
// actor the gazetteer knows; exactly one organisation named before it opens
// with that very word, and no person or place does. Opening a sentence, a
// capitalised word may be an ordinary noun ("Amnesty was granted"): there
// the word must be followed by a verb or an auxiliary, as a subject is.

// untaggedShortNames adds a mention of the organisation for each short form
// the tagger left untagged.
func (p *Pipeline) untaggedShortNames(d *doc) {
	for _, s := range d.sents {
		for k := s.Start; k < s.End; k++ {
			if d.mentionAt[k] >= 0 || !p.shortNameShape(d, k, s.Start, s.End) {
				continue
			}
			if k == s.Start && (k+1 >= s.End || !p.finiteLike(d, k+1) && !subjectGap[d.lower[k+1]]) {
				continue
			}
			org := orgOpenedBy(d, k)
			if org < 0 {
				continue
			}
			idx := len(d.mentions)
			d.mentions = append(d.mentions, &mention{start: k, end: k + 1, label: "ORG", ent: org})
			d.mentionAt[k] = idx
			d.ents[org].mentions = append(d.ents[org].mentions, idx)
		}
	}
}

// shortNameShape: token k is a capitalised word of letters standing alone
// that may be a name.
func (p *Pipeline) shortNameShape(d *doc, k, ss, se int) bool {
	w := d.words[k]
	r, _ := utf8.DecodeRuneInString(w)
	if len(w) < 3 || !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	if k+1 < se && capitalised(d.words[k+1]) || k > ss && capitalised(d.words[k-1]) {
		return false
	}
	if p.cls(d, k)&(wAdj|wVerb|wPast|wPrep|wDet|wPron|wConj|wModal|wNum) != 0 {
		return false
	}
	return !p.gazKnows(w)
}

// orgOpenedBy is the one organisation named before token k by a name of
// two words or more that opens with k's word, or -1 when none does, two
// do, or a person or place named before opens with it too.
func orgOpenedBy(d *doc, k int) int {
	w := d.words[k]
	found := -1
	for _, m := range d.mentionsBack(max(0, k-describeWindow), k) {
		if m.ent < 0 || m.nominal || m.end-m.start < 2 || d.words[m.start] != w {
			continue
		}
		if d.ents[m.ent].typ != extract.Organization {
			return -1 // "Sun Yat-sen", "Jordan River": the word opens another kind of name
		}
		if !namePartsOnly(d.words[m.start+1 : m.end]) {
			continue
		}
		if found >= 0 && found != m.ent {
			return -1
		}
		found = m.ent
	}
	return found
}
