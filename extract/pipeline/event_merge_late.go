package pipeline

// Merging a report that a later step made a repeat.
//
// addEvent merges each report into an earlier one as it is read, by the
// participants read then. Steps that run after all sentences are read
// (apposedNames, interposedSubject, nationalForces...) give earlier events
// participants they lacked: "U.N. police arrested former fighter with the
// Kosovo Liberation Army, Selim Krasniqi" gets Krasniqi only at the end, so
// "At the time of his arrest, Mr. Krasniqi was a commander" stood apart as
// a second arrest. A noun told with a possessive or definite determiner
// ("his arrest", "the assassination"), or a report naming a person ("Mr.
// Noriega also stressed the need for"), whose participants an earlier event
// of its type now all has, in the same roles, is that event told again
// (a country or body alone is too common a participant to say so; and one
// person holds many posts: "he has also become chairman" is another
// appointment than the one told before).
// (Twelfth session: the second report the extractor fails to merge is a
// false event.)

import "github.com/newsgraph/newsgraph/extract"

// lateRepeats folds such reports into the events they repeat.
func (d *doc) lateRepeats() {
	for i, ev := range d.events {
		if ev.dropped || len(ev.parts) == 0 || !(ev.nominal && pointsBack(d, ev) || d.namesPerson(ev) && ev.typ != "APPOINTMENT") {
			continue
		}
		for _, c := range d.events[:i] {
			if c.dropped || c.typ != ev.typ || c.sentence >= ev.sentence || !partsWithin(ev, c) || !sameEvent(c, ev) ||
				itemBreak(d, c.sentences[len(c.sentences)-1], ev.sentence) {
				continue
			}
			if apart, _, _ := d.toldAtOtherTime(c, ev); apart {
				continue
			}
			d.guarded(guardMergeLate, ev)
			c.sentences = appendUnique(c.sentences, ev.sentence)
			c.date, c.precision = finerDate(c.date, c.precision, ev.date, ev.precision)
			ev.dropped = true
			break
		}
	}
}

// guardMergeLate names lateRepeats's folds in the guard audit.
const guardMergeLate = "merge:late-repeat"

// pointsBack: the noun trigger of ev has a possessive or definite
// determiner ("his arrest", "the killing", "Hariri's assassination").
func pointsBack(d *doc, ev *event) bool {
	ss := d.sents[ev.sentence].Start
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-3; k-- {
		switch d.lower[k] {
		case "his", "her", "their", "its", "the", "'s", "’s":
			return true
		case "a", "an", "another", ",", ";", "of":
			return false
		}
	}
	return false
}

// partsWithin: every participant of ev is one of c's, in the same role.
func partsWithin(ev, c *event) bool {
	for _, p := range ev.parts {
		ok := false
		for _, q := range c.parts {
			ok = ok || p.ent == q.ent && p.role == q.role
		}
		if !ok {
			return false
		}
	}
	return true
}

// namesPerson: a person is one of ev's participants.
func (d *doc) namesPerson(ev *event) bool {
	for _, p := range ev.parts {
		if d.ents[p.ent].typ == extract.Person {
			return true
		}
	}
	return false
}
