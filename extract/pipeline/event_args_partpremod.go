package pipeline

import "strings"

// Participle premodifiers between a possessor and its event noun
// (seventeenth session, helper elect18).
//
// "victory in Burma's widely criticized first election", "Iran's disputed
// vote": a past participle (with an -ly adverb before it) that stands
// between a possessive or a determiner and the noun modifies the noun, so
// the possessor reader must step over it to reach "Burma's". The treebank
// word classes give "criticized" only as a verb form, which stopped the
// reader there. Only a participle whose left side is a possessive, a
// determiner, an adjective or a number is read so; "Hamas won elections"
// (a name before the past form) keeps "won" as the verb.

// possPremodParticiple: token k is a past participle (or an -ly adverb before
// one) inside a noun phrase that ends at the noun t0.
func (p *Pipeline) possPremodParticiple(d *doc, k, t0, ss int) bool {
	if k <= ss || k >= t0 || d.mentionAt[k] >= 0 {
		return false
	}
	j := k
	if adverbLy(d.lower[j]) && p.cls(d, j)&wAdv != 0 {
		// "widely criticized": the adverb belongs to the participle after it
		if j+1 >= t0 || !p.participleWord(d, j+1) {
			return false
		}
	} else if !p.participleWord(d, j) {
		return false
	}
	// the left side, over an -ly adverb: a possessive, a determiner, an
	// adjective or a number opens the phrase
	l := k - 1
	if l > ss && adverbLy(d.lower[l]) && d.mentionAt[l] < 0 {
		l--
	}
	if l < ss || d.mentionAt[l] >= 0 {
		return false
	}
	switch d.lower[l] {
	case "'s", "’s":
		return true
	}
	return p.cls(d, l)&(wDet|wNum) != 0 && p.cls(d, l)&(wPron|wPrep) == 0
}

// participleWord: a past form ending in -ed or -en that is no name.
func (p *Pipeline) participleWord(d *doc, j int) bool {
	w := d.lower[j]
	return d.mentionAt[j] < 0 && p.cls(d, j)&(wPart|wPast) != 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))
}

// adverbLy: an adverb of manner or degree by its shape ("widely", "hotly").
func adverbLy(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}
