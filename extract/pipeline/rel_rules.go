package pipeline

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract"
)

// Rule relations are the few sentence shapes news uses to state a relation
// outright; they hold whatever the classifier thinks and need no training.
//
//	Atlanta businessman Neil Estes      place/org + occupation + person
//	National Football League placekicker Mark Moseley
//	Aiken, S.C.                         place, larger place
//	Marie Ferraro, 50, of Bethany       person (, age,) of place
//	Drexel Burnham Lambert Inc. in New York   organization in place
func (p *Pipeline) ruleRelations(d *doc) {
	add := func(typ string, head, tail *mention, conf float64) {
		if head.ent == tail.ent {
			return
		}
		a, b := head, tail
		if b.start < a.start {
			a, b = b, a
		}
		d.relations = append(d.relations, extract.Relation{
			Type: typ, Source: d.ents[head.ent].id, Target: d.ents[tail.ent].id, Confidence: conf,
			Evidence: []extract.Evidence{d.spanEvidence(a.start, b.end)},
		})
	}
	var ms []*mention
	for si := range d.sents {
		ms = ms[:0]
		s := d.sents[si]
		for k := s.Start; k < s.End && k < len(d.toks); k++ {
			mi := d.mentionAt[k]
			if mi < 0 {
				continue
			}
			m := d.mentions[mi]
			k = m.end - 1
			if !m.nominal && m.ent >= 0 && !d.ents[m.ent].dropped {
				ms = append(ms, m)
			}
		}
		for i := 0; i+1 < len(ms); i++ {
			a, b := ms[i], ms[i+1]
			ea, eb := d.ents[a.ent], d.ents[b.ent]
			switch {
			case eb.typ == extract.Person && (ea.typ == extract.Organization || ea.typ == extract.Location):
				if p.occupationBetween(d, a.end, b.start) {
					switch {
					case ea.typ == extract.Organization:
						add("WORKS_FOR", b, a, 0.75)
					case ea.subtype == extract.Country:
						add("CITIZEN_OF", b, a, 0.7)
					default:
						add("LIVES_IN", b, a, 0.6)
					}
				}
			case ea.typ == extract.Location && eb.typ == extract.Location:
				if b.start == a.end+1 && d.words[a.end] == "," && ea.subtype != extract.Country && largerPlace(d, a, b, ms[i+1:]) {
					add("LOCATED_IN", a, b, 0.75)
				}
			case ea.typ == extract.Person && eb.typ == extract.Location:
				if personOf(d, a.end, b.start) {
					add("LIVES_IN", a, b, 0.6)
				}
			case ea.typ == extract.Organization && eb.typ == extract.Location:
				k := a.end
				if k < b.start && d.words[k] == "," {
					k++
				}
				if k+1 == b.start && (d.lower[k] == "in" || d.lower[k] == "of") && eb.subtype != extract.Country {
					add("BASED_IN", a, b, 0.6)
				}
			}
		}
	}
}

// occupationBetween reports whether tokens [i, j) are a possessive and one to three
// words naming what a person does: "businessman", "'s premier", "placekicker",
// "Ambassador". Each word is a title or looks like an occupation noun; an
// honorific ("Mr.") says nothing about work.
func (p *Pipeline) occupationBetween(d *doc, i, j int) bool {
	if i < j && (d.lower[i] == "'s" || d.lower[i] == "’s") {
		i++
	}
	n := j - i
	if n < 1 || n > 3 {
		return false
	}
	for k := i; k < j; k++ {
		w, lw := d.words[k], d.lower[k]
		if !isWordLike(w) || honorific[strings.TrimSuffix(lw, ".")] {
			return false
		}
		if p.gaz.IsTitle(d.lower, k) > 0 {
			continue
		}
		if unicode.IsUpper([]rune(w)[0]) || !occupationLike(lw) {
			return false
		}
	}
	return true
}

// honorific titles are forms of address, not roles.
var honorific = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "messrs": true, "sir": true, "madam": true}

// occupationLike reports a lower-case word shaped like a noun for a person's
// work: "businessman", "historian", "placekicker", "negotiator", "activist".
func occupationLike(w string) bool {
	for _, suf := range []string{"man", "woman", "person", "ist", "ian", "er", "or", "ant", "ent", "ee"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

func isWordLike(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '.' {
			return false
		}
	}
	return w != ""
}

// largerPlace reports whether b, written right after "a ,", is a place containing
// a: a country, a place the gazetteer puts in the same country, or an abbreviated
// state ("Minn.", "S.C."); a list of places ("Paris, London and Rome") is not.
func largerPlace(d *doc, a, b *mention, rest []*mention) bool {
	ea, eb := d.ents[a.ent], d.ents[b.ent]
	if len(rest) > 1 {
		c := rest[1]
		if c.start <= b.end+2 && d.ents[c.ent].typ == extract.Location && eb.subtype != extract.Country {
			return false // a list
		}
	}
	if eb.subtype == extract.Country {
		return true
	}
	if ea.country != "" && ea.country == eb.country && ea.kb != eb.kb {
		return true
	}
	if b.end-b.start == 1 {
		w := d.words[b.start]
		if len([]rune(w)) <= 5 {
			return true
		}
	}
	return false
}

// personOf reports whether [i, j) reads ", 50, of" or "of" or ", of": where a
// person is from.
func personOf(d *doc, i, j int) bool {
	k := i
	if k < j && d.words[k] == "," {
		k++
		if k+1 < j && isNumber(d.words[k]) && d.words[k+1] == "," {
			k += 2
		}
	}
	return k+1 == j && d.lower[k] == "of"
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}
