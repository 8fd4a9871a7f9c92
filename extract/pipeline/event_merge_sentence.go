package pipeline

// Folding two triggers of one act told in one clause.
//
// News often tells one act with two triggers in one clause: "troops shot
// and killed three Palestinians", "police fired into the crowd, killing
// one". The reader
// reads participants for each trigger apart, and when the two readings
// share no participant addEvent keeps them as two events (two events of a
// type in one sentence that share no one are often two: "X met Y, and Z met
// W"). When the two triggers stand close in one clause, with no clause
// break between them (";", "after", "when", "said", a relative pronoun...),
// they tell one act: the reading naming more actors (people, bodies,
// countries, rather than places) is kept, and the other is folded into it
// as a repeat; in a meeting, talks or a pact, where each trigger read one
// side ("entered into an agreement with the Federal Reserve Bank"), the
// kept one takes the other's sides too. (Fourteenth session: TUNE tp-fp +2,
// four stories changed (three repeats gone, one right attack lost where
// the place struck was read as an organisation); CHECK unchanged; on
// Reuters mostly "entered into an agreement with X" now has both sides.)

import "github.com/newsgraph/newsgraph/extract"

// clauseRepeats folds such second readings into the first.
func (d *doc) clauseRepeats() {
	for i, ev := range d.events {
		if ev.dropped || ev.another || ev.typ == "MEET" || ev.typ == "VISIT" {
			// (meetings and visits have folds of their own: sameTrip, meetingTalks)
			continue
		}
		for _, c := range d.events[:i] {
			if c.dropped || c.typ != ev.typ || c.sentence != ev.sentence || c.another || shared(c, ev) > 0 || !oneClause(d, c, ev) {
				continue
			}
			keep, drop := c, ev
			if a, b := d.actorParts(ev), d.actorParts(c); a > b || a == b && len(ev.parts) > len(c.parts) {
				keep, drop = ev, c
			}
			d.guarded(guardMergeClause, drop)
			d.complementSides(keep, drop) // "shot and killed three Palestinians" (event_merge_sides.go)
			if symmetric[keep.typ] {
				// "entered into an agreement with the Federal Reserve Bank":
				// each trigger read one side; the act has both
				for _, pt := range drop.parts {
					keep.addPart(pt.ent, pt.role)
				}
			}
			keep.absorb(drop)
			if drop == ev {
				break
			}
		}
	}
}

// guardMergeClause names clauseRepeats's folds in the guard audit.
const guardMergeClause = "merge:clause-repeat"

// maxClauseGap is how many words may stand between the two triggers.
const maxClauseGap = 12

// oneClause: the triggers of a and b stand close, with no clause break
// between them ("shot and killed", "fired into a crowd, killing"), not
// "killed ... after gunmen attacked", "shot two gunmen, and militants
// killed" or "was arrested ... said police who arrested".
func oneClause(d *doc, a, b *event) bool {
	if a.trigStart > b.trigStart {
		a, b = b, a
	}
	if b.trigStart < a.trigEnd || b.trigStart-a.trigEnd > maxClauseGap {
		return false
	}
	if !a.nominal && topicVerb(d.lower[a.trigStart]) {
		return false // "will discuss the forthcoming Venice summit": the noun is what is talked about
	}
	if a.nominal && b.nominal {
		return false // "Mexico's debt agreement, while Manila's new pact", "a conference of farmers at the annual outlook conference": two nouns often name two
	}
	if !a.nominal && b.nominal && b.trigStart-a.trigEnd <= 2 {
		return false // "held pay talks": the noun is the verb's object, which the light-verb fold reads (fold:noun-of-verb)
	}
	for k := a.trigEnd; k < b.trigStart; k++ {
		switch d.lower[k] {
		case "and":
			if d.lower[k-1] == "," || b.trigStart-k > 2 {
				return false // "shot two gunmen, and militants killed a farmer", "X was elected chairman and Y was elected": a second clause
			}
		case ";", ":", "after", "before", "when", "while", "as", "since", "but", "that", "which", "who", "said", "says", "separately", "also":
			return false
		}
	}
	return true
}

// actorParts counts ev's participants other than places (a city, a
// region), which a misread object ("attacked the Kissufin crossing")
// often yields where the other trigger names who was struck.
func (d *doc) actorParts(ev *event) int {
	n := 0
	for _, p := range ev.parts {
		if e := d.ents[p.ent]; e.typ != extract.Location || e.subtype == extract.Country {
			n++
		}
	}
	return n
}
