package pipeline

import "strings"

// A subject with a past participle and its "by" agent after it (twenty-second
// session, nopartA23): "Iraqi security forces backed by U.S. troops rounded
// up dozens of suspects", "Hundreds of Nigerians crippled by polio staged a
// rally". The phrase right before the verb stands after "by", so subject()
// reads it as no subject ("marched through London": a preposition's
// object), and the -ing participle reading above ("a soldier serving with
// the coalition") stopped at the past participle, which reads as a finite
// verb too. The participle's own noun phrase, before it, is the subject
// when it opens the clause. A backer told after "by" ("backed by U.S.
// troops", "supported by") acts with it, as the labels read it. Measured:
// TUNE tp/fp 2637/1113 -> 2639/1112, misses fixed in dev40, dev44, dev54.

// backingParticiples make the "by" phrase a co-actor of the subject.
var backingParticiples = map[string]bool{"backed": true, "supported": true, "aided": true, "assisted": true, "joined": true}

// byParticipleSubject returns the names of the phrase before the participle
// at g, when g is "VERBed" right before "by" and the phrase at start, and
// that phrase opens the clause.
func (p *Pipeline) byParticipleSubject(d *doc, g, start, ss int) []int {
	q := p.byParticipleHead(d, g, start, ss)
	if len(q) == 0 || !backingParticiples[d.lower[g]] {
		return q
	}
	return append(q, p.npRight(d, start, min(len(d.lower), start+6)).ents...)
}

// byParticipleHead: the names of the phrase before the participle at g.
func (p *Pipeline) byParticipleHead(d *doc, g, start, ss int) []int {
	if g+2 != start || d.lower[g+1] != "by" || !strings.HasSuffix(d.lower[g], "ed") || g-1 <= ss {
		return nil
	}
	if d.mentionAt[g-1] < 0 && (p.cls(d, g-1)&wNoun == 0 || p.cls(d, g-1)&wVerb != 0) {
		return nil // a noun, not a verb, before the participle: "forces backed by"
	}
	q := p.npLeft(d, g, ss)
	if q.start >= g || len(q.ents) == 0 || afterPreposition(d, q.start, ss) && !approxCount(d, q.start, ss) || !clauseStart(d, q.start, ss) {
		return nil
	}
	return q.ents
}
