package pipeline

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract"
)

// An object pronoun is not its own verb's subject (seventeenth session).
// pronoun reads "him"/"her" as the nearest person named before it in the
// sentence, and a verb's subject is often just that person: "Thabo Mbeki,
// who fired him", "President Lahoud re-appointed him on March 10" gave the
// dismissed and the appointed the one who acted. English says a person
// acting on themself with "himself"/"herself", so a plain object pronoun
// is someone else: the nearest other person named before it in the
// sentence, else the story's most mentioned person when that is not the
// subject, else no one. Only a subject named right before the verb counts
// (across "who", a comma, an auxiliary or an adverb): in "Aung San Suu
// Kyi's party members met with her" the name is a possessor, and she may
// well be "her".

// objectPronoun resolves the object pronoun at k of the verb at t0 whose
// subject is subj.
func (p *Pipeline) objectPronoun(d *doc, k, t0, ss int, subj []int) []int {
	ents := p.pronoun(d, k, ss)
	if !slices.ContainsFunc(ents, func(e int) bool { return slices.Contains(subj, e) }) {
		return ents
	}
	j := t0 - 1
	for j > ss && d.mentionAt[j] < 0 && (d.lower[j] == "who" || d.lower[j] == "," || isHave(d.lower[j]) ||
		p.cls(d, j)&(wAdv|wModal) != 0 && p.cls(d, j)&(wNoun|wVerb) == 0) {
		j--
	}
	if j < ss || d.mentionAt[j] < 0 || !slices.Contains(ents, d.mentions[d.mentionAt[j]].ent) {
		return ents // the subject's name is not right before the verb: a possessor, or no name
	}
	w := d.lower[k]
	for _, m := range d.mentionsBack(ss, k) {
		if e := m.ent; e >= 0 && d.ents[e].typ == extract.Person && !otherGender(d, e, w) && !slices.Contains(subj, e) {
			return []int{e}
		}
	}
	if e := salientPerson(d, k); e >= 0 && !slices.Contains(subj, e) {
		return []int{e}
	}
	return nil
}
