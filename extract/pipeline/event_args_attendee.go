package pipeline

// A person at a body's gathering.
//
// bodyGathering (event_args_gathering.go) gives a meeting noun premodified
// by a body's name ("the AU summit", "the United Nations summit") to the
// body alone, dropping the clause's subject the word rules added: the
// subject mostly speaks of the gathering ("rejected an EU request before
// next week's EU summit", "pledged to Mali at a World Bank conference").
// The Guideline's parties of a meeting are those at it, though, and the
// labels give the body and the person when the sentence puts the person
// there: "addressed world leaders at the United Nations summit", "expressed
// hope to leaders at the Non-Aligned Movement summit", "made the comment
// ... on the sidelines of the AU summit", "to attend the EU summit".
//
// gatheringAttendees keeps the people the rules read for such a noun when
// the noun stands in a phrase of presence ("at the ...", "on the sidelines
// of the ...", the object of "attend" or "address") and the person's own
// clause reaches it: between the person's name and the phrase stands one
// verb (the main verb), no infinitive, relative or second verb that could
// carry the phrase instead ("called on governments to speed up ...
// pledged to Mali at a World Bank conference").
//
// Measured (seventeenth session, helper summit18): see
// testdata/events/README.md.

import "github.com/newsgraph/newsgraph/extract"

// attendVerbs take the gathering as object: who does so is at it.
var attendVerbs = map[string]bool{
	"attend": true, "attends": true, "attended": true, "attending": true,
	"address": true, "addresses": true, "addressed": true, "addressing": true,
}

// gatheringAttendees is the people among ev's parts (other than body) the
// sentence puts at the gathering ev's noun names.
func (p *Pipeline) gatheringAttendees(d *doc, ev *event, body, ss int) []part {
	prep := presencePhrase(d, ev.trigStart, ss)
	if prep < 0 {
		return nil
	}
	var keep []part
	for _, pt := range ev.parts {
		if pt.ent == body || d.ents[pt.ent].typ != extract.Person {
			continue
		}
		if p.clauseReaches(d, pt.ent, prep, ss) {
			keep = append(keep, part{ent: pt.ent, role: participant})
		}
	}
	return keep
}

// presencePhrase is the first token of the phrase of presence the gathering
// noun at t stands in ("at", "attended", the "on" of "on the sidelines
// of"), or -1.
func presencePhrase(d *doc, t, ss int) int {
	if adverbialOf(d, t, ss) {
		for k := t - 1; k > ss && k >= t-8; k-- {
			if d.lower[k] == "on" || d.lower[k] == "at" {
				return k // "on the sidelines of the AU summit"
			}
		}
		return -1
	}
	for k := t - 1; k >= ss && k >= t-5; k-- {
		w := d.lower[k]
		switch {
		case w == "at" || attendVerbs[w]:
			return k
		case w == "the" || w == "a" || w == "'s" || w == "’s" || d.mentionAt[k] >= 0 || summitModifier(w):
			continue
		}
		return -1
	}
	return -1
}

// clauseReaches: a mention of person e ends before token prep in sentence
// ss.. and between them stands at most one verb and no infinitive or
// relative pronoun (an appositive right after the name aside), so the person is the subject the phrase at prep
// belongs to.
func (p *Pipeline) clauseReaches(d *doc, e, prep, ss int) bool {
	end := -1
	for k := prep - 1; k >= ss; k-- {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent == e {
			end = d.mentions[mi].end
			break
		}
	}
	if end < 0 {
		return false
	}
	if end < prep && d.lower[end] == "," {
		// an appositive between commas after the name carries no main verb
		// ("Mr. Koizumi, fresh from a landslide election win, addressed")
		for k := end + 1; k < prep; k++ {
			if d.lower[k] == "," {
				end = k + 1
				break
			}
		}
	}
	verbs := 0
	for k := end; k < prep; k++ {
		w := d.lower[k]
		switch w {
		case "who", "which", "that", "whose", "to", "and", "but", "because", "while", "after", "before":
			if w != "to" || k+1 < prep && p.verbLike(d, k+1) {
				return false
			}
		}
		if isBe(w) || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" {
			continue
		}
		if p.verbLike(d, k) && !nounAfter(d, p, k) {
			verbs++
		}
	}
	return verbs <= 1
}

// nounAfter: the verb-like word at k follows a determiner or an adjective,
// so it is a noun ("fresh from a landslide election win").
func nounAfter(d *doc, p *Pipeline, k int) bool {
	switch d.lower[k-1] {
	case "a", "an", "the", "his", "her", "its", "their", "this":
		return true
	}
	return p.cls(d, k-1)&wAdj != 0
}
