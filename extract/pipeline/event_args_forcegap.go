package pipeline

import "strings"

// A police force told as the subject of an arrest or a charge with words
// between it and the verb (sixteenth session, legal17): "Israeli police
// investigating a money-laundering scheme have arrested 22 employees",
// "Police acting on a tip have arrested at least 17 people", "Turkish
// police on Friday arrested 12 people", "Pakistani security forces shot
// two armed men at a checkpoint and arrested two others". implicitAgent
// (event_args_implicit.go) looks for the force only right before the verb,
// past auxiliaries and time words; a participle phrase or a dated
// "on Friday" after the subject, or a first verb the arrest is joined to,
// left the arrest with no one and it was dropped. The force is taken
// across such a gap only when the gap holds no comma-free clause of its
// own: no finite verb, no relative or subordinate word, no other force;
// and only for a domestic force ("police", "security forces"), the
// subject implicitAgent reads for arrests and charges.

// forceAcrossGap returns the head of the force noun that is the subject
// of the verb at t across a participle phrase, a day phrase or a first
// verb joined by "and", or -1. k is the word before t once auxiliaries
// and time words are passed.
func (p *Pipeline) forceAcrossGap(d *doc, t, k, ss int, ok func(int) bool) int {
	if k < ss {
		return -1
	}
	and := d.lower[k] == "and"
	for h := k - 1; h >= ss && k-h <= 12; h-- {
		w := d.lower[h]
		if coordBlockers[w] || w == ";" || w == ":" || isQuoteMark(d.words[h]) || sayForms[w] {
			return -1 // another clause: "who", "when", "said"
		}
		if !ok(h) || !domesticForces[w] {
			continue
		}
		if !p.forceOpensClause(d, h, ss) || h+1 >= t {
			return -1
		}
		nx := d.lower[h+1]
		switch {
		case and && (p.finiteLike(d, h+1) || p.gapWord(d, h+1)):
			return h // "security forces shot two armed men ... and arrested two others"
		case !and && strings.HasSuffix(nx, "ing") && p.cls(d, h+1)&wNoun == 0 && !p.finiteBetween(d, h+2, k+1):
			return h // "police investigating a money-laundering scheme have arrested"
		case !and && (nx == "on" || nx == "late" || nx == "early") && h+1 == k && timeWord(d.lower[k+1]):
			return h // "police on Friday arrested"
		}
		return -1
	}
	return -1
}

// finiteBetween: a finite verb stands in tokens [i, j): the gap holds a
// clause of its own.
func (p *Pipeline) finiteBetween(d *doc, i, j int) bool {
	for x := i; x < j; x++ {
		if p.verbLike(d, x) && !strings.HasSuffix(d.lower[x], "ing") {
			return true
		}
	}
	return false
}
