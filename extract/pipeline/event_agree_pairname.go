package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A pact whose sides are told by a hyphenated pair before its noun
// (twentieth session): "the 1993 Israel-Palestinian Oslo peace accord",
// "the India-US civilian nuclear agreement", "a U.S.-Russia arms control
// treaty", "the US-Colombia Trade Promotion Agreement". English joins the
// two parties of a bilateral pact with a hyphen in the premodifier, as it
// joins the sides of a border or a war ("the Iran-Iraq war"); the pair
// names who concluded it (CAMEO 057), and the Guideline takes both as its
// participants. Each half must be a country, a people or a body the story
// already names (by name, alias, mention or the gazetteer's country code);
// a half the story does not name, or a pair of three ("US-Central
// American-Dominican Republic"), leaves the pact as it was.

// pairPactNouns head a pact a pair can premodify.
var pairPactNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true,
	"pact": true, "deal": true,
}

// pairStops end the premodifiers of a pact's noun, walking back.
var pairStops = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "under": true, "with": true, "by": true,
	"to": true, "on": true, "for": true, "and": true, ",": true, "(": true, ")": true, ";": true, "its": true,
	"their": true, "this": true, "that": true, "between": true, "from": true, "at": true,
}

// pairPacts gives a nominal AGREEMENT headed by a pact noun the two sides
// a hyphenated pair before it names (the pair replaces what the sentence
// readers took, a body that approved it or no one). The pair names one
// pact as "the" does: a pact of the same two sides told before in the
// item, at no other time, is the same one ("the civilian nuclear
// agreement reached last year between New Delhi and Washington ... the
// changes in India-US civilian nuclear agreement").
func (p *Pipeline) pairPacts(d *doc) {
	for i, ev := range d.events {
		if ev.typ != "AGREEMENT" || !ev.nominal || ev.unreal || ev.dropped || !pairPactNouns[d.lower[ev.trigEnd-1]] {
			continue
		}
		ss := d.sents[ev.sentence].Start
		sides := p.pairBefore(d, ev.trigStart, ss, -1)
		if len(sides) != 2 {
			continue
		}
		ev.parts = ev.parts[:0]
		for _, e := range sides {
			ev.addPart(e, participant)
		}
		for _, c := range d.events[:i] {
			if c.dropped || c.typ != ev.typ || c.unreal || c.sentence >= ev.sentence || len(c.parts) != 2 || !sameSidesAs(d, ev, c) ||
				itemBreak(d, c.sentences[len(c.sentences)-1], ev.sentence) {
				continue
			}
			if apart, _, _ := d.toldAtOtherTime(c, ev); apart {
				continue
			}
			d.guarded(guardMergePairPact, ev)
			c.sentences = appendUnique(c.sentences, ev.sentence) // (its date stays: "approved the changes in India-US ... agreement in July" dates the approval)
			ev.dropped = true
			break
		}
	}
}

// sameSidesAs: every side of ev is a side of c, or a place of the same
// country (a capital told for its state: "New Delhi and Washington").
func sameSidesAs(d *doc, ev, c *event) bool {
	for _, a := range ev.parts {
		ok := false
		for _, b := range c.parts {
			ca, cb := d.ents[a.ent].country, d.ents[b.ent].country
			ok = ok || a.ent == b.ent || ca != "" && ca == cb
		}
		if !ok {
			return false
		}
	}
	return true
}

// guardMergePairPact names pairPacts's folds in the guard audit.
const guardMergePairPact = "merge:pair-pact"

// pairBefore reads a hyphenated pair among the premodifiers that end
// before k (back to a determiner or preposition, at most six words): one
// word "India-US", or two names around a hyphen "U.S. - Russia". self is
// the pact's own entity, never a side. It returns the two entities or nil.
func (p *Pipeline) pairBefore(d *doc, k, ss, self int) []int {
	for j := k - 1; j >= ss && j >= k-6; j-- {
		w := d.lower[j]
		if pairStops[w] {
			return nil
		}
		if w == "-" && j-1 >= ss {
			a, b := d.mentionAt[j-1], -1
			if j+1 < k {
				b = d.mentionAt[j+1]
			}
			if a < 0 || b < 0 {
				return nil
			}
			return pairOf(d, d.mentions[a].ent, d.mentions[b].ent, self)
		}
		if halves := strings.Split(d.toks[j].Text, "-"); len(halves) == 2 && strings.Contains(w, "-") {
			return pairOf(d, p.sideNamed(d, halves[0]), p.sideNamed(d, halves[1]), self)
		}
	}
	return nil
}

// pairOf returns the two sides when both are read, distinct, not the pact
// itself and parties a pact can have.
func pairOf(d *doc, a, b, self int) []int {
	if a < 0 || b < 0 || a == b || a == self || b == self {
		return nil
	}
	for _, e := range []int{a, b} {
		switch d.ents[e].typ {
		case extract.NORP, extract.Location, extract.Organization:
		default:
			return nil // a person's name in a pair ("the Smith-Jones deal") is a family or a firm
		}
	}
	return []int{a, b}
}

// sideNamed resolves one half of a pair ("Israel", "Palestinian", "US") to
// the one entity of the story it names: by its name, an alias or a
// mention's text (or that text with a plural -s), else by the gazetteer's
// country code of the half. Two candidates, or none, give -1.
func (p *Pipeline) sideNamed(d *doc, s string) int {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return -1
	}
	found := -1
	one := func(e int) bool {
		if found >= 0 && found != e {
			return false
		}
		found = e
		return true
	}
	for e, en := range d.ents {
		if en.dropped || !textNames(d, en, s) {
			continue
		}
		if !one(e) {
			return -1
		}
	}
	if found >= 0 {
		return found
	}
	codes := map[string]bool{}
	for _, g := range p.gaz.Lookup(s) {
		if g.Country != "" {
			codes[g.Country] = true
		}
	}
	if g, ok := p.gaz.Demonym(s); ok && g.Country != "" {
		codes[g.Country] = true
	}
	if len(codes) != 1 {
		return -1
	}
	for e, en := range d.ents {
		if en.dropped || en.country == "" || !codes[en.country] {
			continue
		}
		if en.typ != extract.NORP && en.subtype != extract.Country {
			continue // a city or a body of the country is not the country
		}
		if !one(e) {
			return -1
		}
	}
	return found
}

// textNames: entity en is named s, by its name, an alias or a mention.
func textNames(d *doc, en *entity, s string) bool {
	if en.name == s || en.name == s+"s" {
		return true
	}
	for _, a := range en.aliases {
		if a == s || a == s+"s" {
			return true
		}
	}
	for _, mi := range en.mentions {
		m := d.mentions[mi]
		if m.nominal {
			continue
		}
		if t := d.text(m.start, m.end); t == s || t == s+"s" {
			return true
		}
	}
	return false
}
