package pipeline

import "strings"

// The subject of the first of two verbs joined by "and".
//
// "Afghan officials say NATO troops shot and killed an Afghan" gives
// "killed" the subject of "shot": the two verbs share it. The reader of a
// verb after "and" looks back for the first finite verb, but the treebank
// knows "shot" (like "hit", "cut", "put") only as a noun and a past
// participle, never as a past tense, so the walk passed it and took the
// subject of "say": the sayer's people ("Afghan") became the AGENT of the
// killing and, being the victim's entity too, pushed the victim out
// (dev53 voa-2321 "Palestinian officials say Israeli troops shot and killed a
// Palestinian"; TUNE voa-1103, voa-1914 the same). Twenty-first session
// (atk22).

// firstConjunctVerb reports the word at j, right before the "and" at j+1,
// as the first of two coordinated verbs with its own subject or auxiliary
// right before it: a past participle form ("shot") after a name, a plural
// or a person's noun ("troops shot and killed", "gunmen shot and wounded")
// or after "have"/"has"/"had" ("have shot and killed"). "were shot and
// killed" is passivePair's; "the shot and the blast" has a determiner.
func (p *Pipeline) firstConjunctVerb(d *doc, j, ss int) bool {
	if j-1 < ss || d.mentionAt[j] >= 0 || p.cls(d, j)&wPart == 0 || p.cls(d, j)&(wPast|wVerb) != 0 {
		return false
	}
	switch b := d.lower[j-1]; {
	case b == "have" || b == "has" || b == "had":
		return true
	case isBe(b) || b == "to" || b == "the" || b == "a" || b == "an":
		return false
	case d.mentionAt[j-1] >= 0:
		return true
	default:
		c := p.cls(d, j-1)
		return c&wNoun != 0 && c&(wDet|wAdj|wPrep|wVerb) == 0 && (strings.HasSuffix(b, "s") || personNouns[b])
	}
}

// finiteBefore reports a finite verb before j (down to lo) whose subject the
// walk from "and" would take instead: only then is the first conjunct read
// ("officials say troops shot and killed"); with none, as in "Israeli troops
// shot and killed two Palestinians", the walk finds no subject and
// clauseRepeats folds the two verbs into one attack as before.
func (p *Pipeline) finiteBefore(d *doc, j, lo, ss int) bool {
	for i := j - 1; i > ss && i > lo; i-- {
		if p.finiteLike(d, i) && !isBe(d.lower[i]) && d.lower[i-1] != "to" {
			return true
		}
	}
	return false
}
