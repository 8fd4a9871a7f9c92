package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
)

// Speaking face to face to a named audience told by its members or one of
// its parts (twenty-first session, helper meet22).
//
// bodyAddressed reads a meeting only when the listener is itself a named
// assembly ("told the U.N. Human Rights Council"). The decided readings of
// testdata/events/README.md go further: testimony to a named body is a
// MEET with it, and speakers who "told members of Congress" or "told U.S.
// lawmakers" meet them, with the body where the text names it. News
// names such listeners by their members or a part of the body, the name
// standing before the head noun or after its "of": "told NATO and
// European Union officials", "told a Chinese envoy", "in testimony to a
// European Parliament committee", "In a speech to the leadership council
// of the ruling National Congress party", "in a speech to his Fatah
// party". audienceAt reads that listener; a speech noun ("speech",
// "testimony", "remarks") before "to" or "before" is the trigger as the
// verbs are. "told reporters", "told the BBC", "told officials in Kiev"
// (no named body, a place) and "a speech to the nation" are left alone.

// speechNouns tell an address as a noun; they need a "to", "before" or
// "at" for their listener ("a speech in Cairo" names none).
var speechNouns = map[string]bool{"speech": true, "testimony": true, "remarks": true}

// audienceHeads are the members or parts of a body a speaker faces.
var audienceHeads = map[string]bool{
	"committee": true, "council": true, "panel": true, "caucus": true, "party": true,
	"legislature": true, "lawmakers": true, "legislators": true, "parliamentarians": true,
	"senators": true, "congressmen": true, "officials": true, "envoy": true, "envoys": true,
	"delegation": true, "delegates": true, "members": true, "ministers": true,
	"diplomats": true, "ambassador": true, "ambassadors": true,
}

// audienceDeterminers may open the listener's noun phrase.
var audienceDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true}

// audienceBody: the entity a listener's name stands for may be a body or
// a state (an organisation, a country, a nationality), not a person or a
// town ("told officials in Kiev").
func audienceBody(d *doc, mi int) int {
	if mi < 0 {
		return -1
	}
	e := d.mentions[mi].ent
	if e < 0 {
		return -1
	}
	switch en := d.ents[e]; {
	case en.typ == extract.Organization:
		return e
	case en.typ == extract.Location && en.subtype == "COUNTRY":
		return e
	}
	return -1
}

// audienceAt reads a listener opening at token k of a sentence ending at
// se: a noun phrase of at most six words headed by an audience noun with
// a named body or state before the head ("NATO and European Union
// officials", "a Chinese envoy", "the World Bank's policy-setting
// committee") or after its "of" ("members of Congress", "the leadership
// council of the ruling National Congress party"). It returns the
// listeners' entities, or nil.
func audienceAt(d *doc, k, se int) []int {
	if k < se && audienceDeterminers[d.lower[k]] {
		k++
	}
	var named []int
	loose := 0 // unnamed modifiers ("policy-setting", "ruling", "senior")
	t := k
	for ; t < se && t < k+6; t++ {
		if mi := d.mentionAt[t]; mi >= 0 {
			e := audienceBody(d, mi)
			if e < 0 {
				return nil // "told Mr. Bush's aides", "told officials in Kiev"
			}
			named = append(named, e)
			t = d.mentions[mi].end - 1
			continue
		}
		w := d.lower[t]
		if audienceHeads[w] {
			break
		}
		if w == "and" && len(named) > 0 || w == "'s" || w == "’s" {
			continue
		}
		if len(named) > 0 && !possessiveBefore(d, t) {
			return nil // "told VOA that officials", "told British radio that": a name ends the listener
		}
		if capitalWord(d, t) || loose == 2 || !lowerWord(w) || audienceStops[w] {
			return nil
		}
		loose++
	}
	if t >= se || t >= k+6 || !audienceHeads[d.lower[t]] {
		return nil
	}
	if len(named) > 0 {
		return named
	}
	// "members of Congress", "the leadership council of the ruling National Congress party"
	j := t + 1
	if j >= se || d.lower[j] != "of" {
		return nil
	}
	j++
	if j < se && d.lower[j] == "the" {
		j++
	}
	for n := 0; j < se && n < 2 && d.mentionAt[j] < 0 && lowerWord(d.lower[j]) && !capitalWord(d, j); n++ {
		j++
	}
	if j < se {
		if e := audienceBody(d, d.mentionAt[j]); e >= 0 {
			return []int{e}
		}
	}
	return nil
}

// possessiveBefore: the word before t is a possessive ending ("the World
// Bank's policy-setting committee").
func possessiveBefore(d *doc, t int) bool {
	return t > 0 && (d.lower[t-1] == "'s" || d.lower[t-1] == "’s")
}

// audienceStops are plain words no listener's modifier can be.
var audienceStops = map[string]bool{
	"that": true, "to": true, "in": true, "on": true, "at": true, "of": true, "for": true,
	"with": true, "by": true, "this": true, "last": true, "about": true, "from": true,
}

// lowerWord: w is made of letters and hyphens only, a plain word.
func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}

// audienceSpeaker is who gives a speech told as an opener: "In a speech to
// his Fatah party in Ramallah on Saturday, Mr. Abbas said": the person
// who opens the main clause after the opener's comma; else -1.
func audienceSpeaker(d *doc, t, se int) int {
	ss := d.sents[d.sentOf[t]].Start
	if !(t-2 >= ss && (d.lower[t-2] == "in" || d.lower[t-2] == "during") || t-3 >= ss && (d.lower[t-3] == "in" || d.lower[t-3] == "during")) {
		return -1
	}
	for k := t + 1; k < se; k++ {
		if d.lower[k] == "," {
			return leadSubject(d, k+1, se)
		}
	}
	return -1
}
