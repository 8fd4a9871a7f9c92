package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Attending a ceremony, funeral, service or banquet.
//
// The Guideline makes a political actor's presence at a gathering told
// with its place a trip there, and two named people at one gathering, or
// one at a banquet "with" another, a meeting: "Putin attended a Christmas
// Eve service at a cathedral in the Siberian city of Yakutsk" (a VISIT),
// "Medvedev and his Venezuelan counterpart, Hugo Chavez, attended the
// signing ceremony Friday in the Russian city of Orenburg" (a MEET), "will
// attend a banquet with Queen Elizabeth II" (a MEET); a state funeral
// abroad makes a VISIT of each leader named there, a pipeline ceremony
// with three presidents one MEET (the `dev38`..`dev41` readings). CAMEO
// codes attending a ceremony, funeral or service as a symbolic act (017,
// outside the inventory) and has no "participate in". Only a gathering
// noun within a short noun phrase after the verb counts, and then only
// with a place the text names after it, a "with" and a name, or two named
// subjects: "attended the ceremony" alone tells no trip, "attends
// church", "participated in the talks", "attended Harvard" no gathering.
// Added in the eighteenth session (helper gather19).

var attendForms = map[string]bool{
	"attend": true, "attends": true, "attended": true, "attending": true,
	"participate": true, "participates": true, "participated": true, "participating": true,
}

// attendLemma marks a match of attendedGathering: not CAMEO's "attend",
// which scanTriggers retypes as a trip (motionVerbs) whatever the noun.
const attendLemma = "attend gathering"

// attendStarts are the words attendedGathering can fire on (scanFamilies).
func attendStarts() []string { return wordsOf(attendForms) }

// ceremonyNouns name a gathering one attends that CAMEO does not read as
// a meeting or a trip (it reads "attend a meeting", "attend the summit").
var ceremonyNouns = map[string]bool{
	"ceremony": true, "ceremonies": true, "funeral": true, "service": true, "mass": true,
	"banquet": true, "dinner": true, "reception": true, "commemoration": true, "commemorations": true,
	"inauguration": true, "celebration": true, "celebrations": true, "memorial": true, "parade": true,
}

// attendedGathering reads a trip or a meeting from an attend form at i of
// sentence si: VISIT (042) when a named place follows the gathering, MEET
// (040) when a "with" and a name follow it or two named people are its
// subject. The match spans the verb through the gathering noun.
func (p *Pipeline) attendedGathering(d *doc, i, si int) (cameo.Match, bool) {
	ss, se := d.sents[si].Start, d.sents[si].End
	if !attendForms[d.lower[i]] || d.mentionAt[i] >= 0 || i == ss {
		return cameo.Match{}, false
	}
	n := p.attendedNoun(d, i, se)
	if n < 0 || p.sportsContext(d, si) || p.sportsStory(d, si) {
		return cameo.Match{}, false
	}
	meet := cameo.Match{Code: "040", Lemma: attendLemma, Start: i, End: n + 1}
	k := p.afterGathering(d, n+1, se)
	if k+1 < se && d.lower[k] == "with" && personMentionAt(d, k+1, se) {
		return meet, true // "attend a banquet with Queen Elizabeth II"
	}
	if p.twoPeopleBefore(d, i, ss) {
		return meet, true // "Medvedev and ... Hugo Chavez, attended the signing ceremony"
	}
	if attendedPlace(d, k, se) >= 0 {
		return cameo.Match{Code: "042", Lemma: attendLemma, Start: i, End: n + 1}, true
	}
	return cameo.Match{}, false
}

// attendedNoun is the ceremony noun heading the short noun phrase after the
// attend form at i ("the funeral of", "a Christmas Eve service", "in a
// ceremony"), or -1.
func (p *Pipeline) attendedNoun(d *doc, i, se int) int {
	j := i + 1
	if d.lower[i][0] == 'p' {
		if j >= se || d.lower[j] != "in" {
			return -1 // "participated" takes "in"
		}
		j++
	}
	for k := j; k < se && k < j+5; k++ {
		w := d.lower[k]
		if d.mentionAt[k] < 0 && ceremonyNouns[w] {
			if k+1 < se && d.mentionAt[k+1] < 0 && p.cls(d, k+1)&wNoun != 0 && p.cls(d, k+1)&(wPrep|wVerb|wPast) == 0 && !dayName(d.lower[k+1]) {
				return -1 // "a service station", "the dinner party": the noun modifies another
			}
			return k
		}
		if d.mentionAt[k] >= 0 || w == "'s" || w == "’s" || p.cls(d, k)&(wDet|wAdj|wNum|wNoun) != 0 && p.cls(d, k)&(wVerb|wPrep|wPunct) == 0 {
			continue
		}
		return -1
	}
	return -1
}

// afterGathering skips what may follow the gathering noun before its
// place or company: an "of" phrase ("the funeral of Pope John Paul II"),
// a day ("Friday"), "at" a building ("at a cathedral").
func (p *Pipeline) afterGathering(d *doc, k, se int) int {
	for steps := 0; k < se && steps < 10; steps++ {
		w := d.lower[k]
		switch {
		case dayName(w):
			k++
		case w == "of" && k+1 < se:
			k++
			for k < se && (d.mentionAt[k] >= 0 || d.lower[k] != "in" && d.lower[k] != "at" && d.lower[k] != "with" && p.cls(d, k)&(wDet|wAdj|wNoun|wNum) != 0 && p.cls(d, k)&(wVerb|wPrep|wPunct) == 0) {
				k++
			}
		default:
			return k
		}
	}
	return k
}

// attendedPlace is the place the text names "in" or "at" after the
// gathering noun ending before k ("in Rome", "at a cathedral in the
// Siberian city of Yakutsk", "in the Russian city of Orenburg"), or -1.
func attendedPlace(d *doc, k, se int) int {
	for steps := 0; k < se && steps < 3; steps++ {
		for k < se && (dayName(d.lower[k]) || d.lower[k] == "of") {
			k++
		}
		if k+1 >= se || d.lower[k] != "in" && d.lower[k] != "at" {
			return -1
		}
		k++
		for n := 0; k < se && n < 6; n, k = n+1, k+1 {
			if e := placeAt(d, k, se); e >= 0 {
				return e
			}
			w := d.lower[k]
			if w == "in" || w == "at" || w == "," || w == "." || w == "and" || w == "by" || w == "to" {
				break
			}
		}
	}
	return -1
}

// personMentionAt: a person's name opens at token k.
func personMentionAt(d *doc, k, se int) bool {
	if k >= se {
		return false
	}
	mi := d.mentionAt[k]
	return mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Person
}

// twoPeopleBefore: the subject right before the verb at i names two or
// more people ("X and Y attended", "X and his counterpart, Y, attended").
func (p *Pipeline) twoPeopleBefore(d *doc, i, ss int) bool {
	ph := p.npLeft(d, i, ss)
	people := 0
	seen := map[int]bool{}
	for _, e := range ph.ents {
		if !seen[e] && d.ents[e].typ == extract.Person {
			seen[e] = true
			people++
		}
	}
	return people >= 2
}

// attendParts gives a trip read by attendedGathering its place: the one
// named after the gathering, not a person named in it ("the funeral of
// Pope John Paul II"). Two or more people the rules read as attending
// meet there (a subject told with an apposition, "Medvedev and his
// Venezuelan counterpart, Hugo Chavez, attended", which twoPeopleBefore
// does not see).
func (p *Pipeline) attendParts(d *doc, ev *event, se int) {
	if ev.typ != "VISIT" || !attendForms[d.lower[ev.trigStart]] || ev.trigEnd-1 <= ev.trigStart || !ceremonyNouns[d.lower[ev.trigEnd-1]] {
		return
	}
	people := 0
	for _, pt := range ev.parts {
		if pt.role == agent && d.ents[pt.ent].typ == extract.Person {
			people++
		}
	}
	if people >= 2 {
		kept := ev.parts[:0]
		for _, pt := range ev.parts {
			if pt.role == agent {
				kept = append(kept, part{ent: pt.ent, role: participant})
			}
		}
		ev.parts, ev.typ, ev.code = kept, "MEET", "040"
		return
	}
	if people == 0 {
		// one attends in person: a state read from a nationality ("Argentine
		// ambassador to Russia Leopoldo Bravo attended", the name untagged)
		// made no trip
		ev.parts = nil
		return
	}
	e := attendedPlace(d, p.afterGathering(d, ev.trigEnd, se), se)
	if e < 0 {
		return
	}
	ev.setPatient(e)
}
