package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// A name set in apposition after a description.
//
// "Five former members of a Serbian paramilitary unit, the Scorpions, have
// gone on trial", "arrested former fighter with the Kosovo Liberation
// Army, Selim Krasniqi, and several of his associates": the description
// says who the name is; the name is the participant. The word rules read
// the description's own words (the nationality of "a Serbian unit") or
// stop at its comma.

// apposedNames gives every kept event the name set after a description
// that is its verb's subject (the apposition closes right before the
// verb) or object (the description opens right after it): participants
// named only inside the description give way to the name; an object
// description with no participant in it gives the name as the patient.
func apposedNames(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.nominal {
			continue
		}
		s := d.sents[ev.sentence]
		// subject: "<description>, [the] NAME, <verb>"
		if c2 := commaBeforeVerb(d, ev, s.Start); c2 > 0 {
			if m, a, c := apposedBefore(d, c2, s.Start); m != nil {
				replaceDescribed(d, ev, a, c, m.ent, "")
			}
		}
		// object: "<verb> <description>, [the] NAME,"
		if m, c := apposedAfter(d, ev.trigEnd, s.End); m != nil {
			replaceDescribed(d, ev, ev.trigEnd, c, m.ent, patient)
		}
	}
}

// apposedBefore returns the name that ends right before the comma at c2
// and follows a description's comma ("unit, the Scorpions,"), with the
// description's span [a, c), or nil.
func apposedBefore(d *doc, c2, ss int) (m *mention, a, c int) {
	mi := d.mentionAt[c2-1]
	if mi < 0 {
		return nil, 0, 0
	}
	m = d.mentions[mi]
	k := m.start - 1
	if k > ss && d.lower[k] == "the" {
		k--
	}
	if k <= ss || d.lower[k] != "," || !apposedKind(d, m) {
		return nil, 0, 0
	}
	a = ss
	for j := k - 1; j > ss; j-- {
		if d.lower[j] == "," {
			a = j + 1
			break
		}
	}
	if !describedUpTo(d, a, k) || listed(d, a, k, m, c2+1) {
		return nil, 0, 0
	}
	return m, a, k
}

// apposedAfter returns the name set off by commas after the description
// that opens at a, and the description's comma, or nil.
func apposedAfter(d *doc, a, se int) (*mention, int) {
	if a >= se || clauseOpeners[d.lower[a]] {
		return nil, 0 // ("agreed to sell its unit, X, for": the object of another verb)
	}
	for c := a + 1; c < se && c <= a+8; c++ {
		w := d.lower[c]
		if w == "and" || w == "or" || w == ";" || w == "that" || w == "who" || w == "which" {
			return nil, 0
		}
		if w != "," {
			continue
		}
		if !describedUpTo(d, a, c) {
			return nil, 0
		}
		k := c + 1
		if k < se && d.lower[k] == "the" {
			k++
		}
		mi := -1
		if k < se {
			mi = d.mentionAt[k]
		}
		if mi < 0 {
			return nil, 0
		}
		m := d.mentions[mi]
		if !apposedKind(d, m) || m.end < se && d.lower[m.end] != "," && d.lower[m.end] != "and" || listed(d, a, c, m, se) {
			return nil, 0
		}
		return m, c
	}
	return nil, 0
}

// clauseOpeners open something other than a verb's object noun phrase.
var clauseOpeners = map[string]bool{
	"to": true, "that": true, "in": true, "on": true, "at": true, "for": true, "with": true, "from": true,
	"by": true, "about": true, "into": true, "against": true, "over": true, "after": true, "before": true,
	"as": true, "if": true, "whether": true,
}

// listed: the name after the description's comma goes on a list, not an
// apposition: the description ends in a name of the same kind ("beat off
// competition from Justin Timberlake, Jay-Z, Nelly") or another name
// follows it after a comma.
func listed(d *doc, a, c int, m *mention, se int) bool {
	if mi := d.mentionAt[c-1]; c-1 >= a && mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == d.ents[m.ent].typ {
		return true
	}
	return m.end+1 < se && d.lower[m.end] == "," && d.mentionAt[m.end+1] >= 0
}

// apposedKind: a person, organization or named group ("the Scorpions"),
// not a description or a nationality.
func apposedKind(d *doc, m *mention) bool {
	if m.ent < 0 || m.nominal || m.label == "NORP" {
		return false
	}
	t := d.ents[m.ent].typ
	return t == extract.Person || t == extract.Organization || t == extract.Misc
}

// describedUpTo: the words [a, c) end in a description's head noun, or in
// a phrase of it ("former fighter with the Kosovo Liberation Army").
func describedUpTo(d *doc, a, c int) bool {
	for k := a; k < c; k++ {
		if w := d.lower[k]; gapWords[w] || w == "to" || w == "should" || w == "could" || w == "can" || w == "may" || w == "must" {
			return false // a clause ("the pact should be allowed to lapse, X told"), not a noun phrase
		}
	}
	if c-1 >= a && d.mentionAt[c-1] < 0 {
		return descriptionNoun(d, c-1)
	}
	for k := c - 1; k > a; k-- {
		switch d.lower[k] {
		case "of", "with", "from", "for":
			return d.mentionAt[k-1] < 0 && descriptionNoun(d, k-1)
		}
	}
	return false
}

// descriptionNoun: the word at k is a lower-case noun, the head of a
// description ("unit", "fighter", "organization").
func descriptionNoun(d *doc, k int) bool {
	w := d.words[k]
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && len(w) > 2
}

// replaceDescribed puts name in place of the participants of ev named only
// inside [a, c) of the sentence; with none there and role given, it adds
// name in that role when ev has none in it.
func replaceDescribed(d *doc, ev *event, a, c, name int, role string) {
	if hasPart(ev, name) {
		return
	}
	inside, outside := namedInside(d, d.sents[ev.sentence], a, c)
	for i, pt := range ev.parts {
		if inside[pt.ent] && !outside[pt.ent] {
			ev.parts[i].ent = name
			return
		}
	}
	if role != "" && !hasRole(ev, role) {
		ev.parts = append(ev.parts, part{ent: name, role: role})
	}
}

// commaBeforeVerb returns the comma that closes a phrase right before the
// event's verb and its auxiliaries ("the Scorpions, have gone", "gunmen,
// backed by ..., attacked"), or -1: apposed and interposed phrases both
// end there.
func commaBeforeVerb(d *doc, ev *event, ss int) int {
	c := ev.trigStart - 1
	for c > ss && gapWords[d.lower[c]] {
		c--
	}
	if c <= ss || d.lower[c] != "," {
		return -1
	}
	return c
}

// namedInside splits the entities named in sentence s by where their
// mentions stand: inside [a, c) (a description or an interposed phrase)
// or anywhere else in the sentence. One named on both sides is in both.
func namedInside(d *doc, s tokenize.Sentence, a, c int) (inside, outside map[int]bool) {
	inside, outside = map[int]bool{}, map[int]bool{}
	for _, m := range d.mentionsIn(s.Start, s.End) {
		if m.ent < 0 {
			continue
		}
		if m.start >= a && m.end <= c {
			inside[m.ent] = true
		} else {
			outside[m.ent] = true
		}
	}
	return inside, outside
}
