package pipeline

import "strings"

// A trigger word after an article and one premodifier is a noun.
//
// "made a surprise visit to Cuba", "made a brief visit", "survived a bomb
// attack": the article opens a noun phrase, and the word between it
// and the trigger can also be a verb ("surprise", "brief"), so the
// adjective test before it ("a short visit", an adjective that is no verb)
// let the trigger stand as a verb, and the light verb before the phrase
// ("made") could not give it its subject. English settles it: a singular
// phrase opened by an article cannot take a bare verb ("a surprise visit
// Cuba" is no clause), so the trigger, a bare or singular noun, heads the
// phrase. Guarded against clauses whose subject is a plural without an -s
// ("the police attack protesters"): an object after the trigger keeps it a
// verb. Added in the twentieth session (helper visit21): 3 TUNE stories.

// premodTypes are the types whose trigger nouns are read so: trips and
// attacks, told by a light verb before them ("made a brief visit", "survived
// a bomb attack"). Not the rest: "signed a consent decree", "set at a board
// meeting" are no demand and no meeting of states (Reuters-21578, checked by
// eye), and a noun of those types after an article is mostly a document or a
// company's business.
var premodTypes = map[string]bool{"VISIT": true, "ATTACK": true}

// premodArticles open the noun phrase a premodified trigger heads.
// Only the indefinite article: after "the" or a possessor a bare plural
// without an -s may be the subject ("the police attack"), and a possessor's
// compound ("its rocket launch", "Tuesday's suicide attack") names an event
// told before, which other rules read.
var premodArticles = map[string]bool{"a": true, "an": true}

// premodifiedNoun reports whether the one-word trigger at i (ending at end)
// heads a noun phrase opened by an article two words before it.
func (p *Pipeline) premodifiedNoun(d *doc, i, end, ss, se int) bool {
	if i-2 < ss || end != i+1 || d.mentionAt[i-1] >= 0 || !premodArticles[d.lower[i-2]] {
		return false
	}
	w := d.lower[i]
	if p.cls(d, i)&wNoun == 0 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
		return false // "a rebel attacked", "a rebel attacks": a verb after a singular subject
	}
	m := d.lower[i-1]
	c := p.cls(d, i-1)
	if strings.HasSuffix(m, "s") || c&(wNoun|wAdj) == 0 || c&(wPron|wPrep|wDet|wConj|wModal|wPunct|wNum|wPart|wPast) != 0 {
		// "a rebels attack" is no phrase; a participle before the noun
		// ("a planned visit", "an unannounced visit") is read by the
		// unreality and participle rules
		return false
	}
	if end >= se {
		return true
	}
	// an object after the trigger makes it a verb ("the police attack protesters")
	return d.mentionAt[end] < 0 && p.cls(d, end)&(wPrep|wPunct) != 0
}

// premodifiedBare: the bare word at k follows an article and one singular
// premodifier ("a brief visit", "a surprise visit"), so it is the noun, not
// the news present of a coming act ("the delegations arrive Monday" keeps
// its verb: a plural before it).
func premodifiedBare(d *doc, ss, k int) bool {
	return k-2 >= ss && premodArticles[d.lower[k-2]] && d.mentionAt[k-1] < 0 && d.mentionAt[k] < 0 &&
		!strings.HasSuffix(d.lower[k], "s") && !strings.HasSuffix(d.lower[k-1], "s")
}
