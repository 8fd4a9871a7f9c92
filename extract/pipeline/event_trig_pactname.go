package pipeline

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A pact told by its name with its sides (nineteenth session). The tagger
// takes a pact's name for an organization, so no word of it is a trigger,
// and the lexicon's "agreement" never fires inside it: "The Closer Economic
// Partnership Agreement between Macau and mainland China came into effect",
// "Liechtenstein implemented a Mutual Legal Assistance Treaty with the US".
// A pact between named sides was concluded by them (CAMEO 057), so the name
// with "between X and Y", or with "with Y" and the one side named before
// it, is an AGREEMENT of those sides. A name with no side told beside it
// ("the Kyoto Protocol", "under the North American Free Trade Agreement")
// stays out: it names a document, and who concluded it is not read.

// pactNameHeads end a pact's name; the wider pactHeads (event_trig_signed.go)
// also holds "constitution", "charter", "declaration" and "facility", which
// name bodies and documents one side makes as often as pacts between two.
var pactNameHeads = map[string]bool{
	"agreement": true, "accord": true, "accords": true, "treaty": true, "pact": true,
}

// pactNameLemma marks pactNamed's matches for pactNameArgs.
const pactNameLemma = "named pact"

// pactNamed reads the last word of a pact's name at i, followed by its
// sides.
func (p *Pipeline) pactNamed(d *doc, i, ss, se int) (cameo.Match, bool) {
	mi := d.mentionAt[i]
	if mi < 0 || !pactNameHeads[d.lower[i]] {
		return cameo.Match{}, false
	}
	mt := d.mentions[mi]
	if mt.end != i+1 || mt.label == "PER" || mt.start == i {
		return cameo.Match{}, false // "Accord" alone, or a word inside a longer name
	}
	if len(p.namedPactSides(d, mt.start, mt.end, ss, se)) < 2 {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "057", Lemma: pactNameLemma, Start: i, End: i + 1, Nominal: true}, true
}

// pactSides reads the sides of the pact named at start..end: the names
// after "between" ("between Macau and mainland China"), or the one after
// "with" and the one side named before the pact in its sentence
// ("Liechtenstein implemented ... a Treaty with the US"). A parenthesised
// short name after the pact is skipped; the pact's own entity is never a
// side.
func (p *Pipeline) pactSides(d *doc, start, end, ss, se int) []int {
	k := end
	if k < se && d.lower[k] == "(" {
		for j := k + 1; j < se && j <= k+4; j++ {
			if d.lower[j] == ")" {
				k = j + 1
				break
			}
		}
	}
	if k >= se {
		return nil
	}
	self := d.mentions[d.mentionAt[start]].ent
	switch d.lower[k] {
	case "between":
		var sides []int
		for j := k + 1; j < se && j <= k+10; j++ {
			if mi := d.mentionAt[j]; mi >= 0 {
				if e := d.mentions[mi].ent; e >= 0 && e != self && !slices.Contains(sides, e) {
					sides = append(sides, e)
				}
				j = d.mentions[mi].end - 1
				continue
			}
			if w := d.lower[j]; w == "." || w == ";" || w == "that" || w == "which" || w == "to" || w == "on" || w == "in" || w == "over" || w == "(" || p.verbLike(d, j) {
				break
			}
		}
		return sides
	case "with":
		other := -1
		for j := k + 1; j < se && j <= k+3; j++ {
			if mi := d.mentionAt[j]; mi >= 0 {
				other = d.mentions[mi].ent
				break
			}
			if w := d.lower[j]; w != "the" && w != "its" && w != "their" {
				break
			}
		}
		if other < 0 || other == self {
			return nil
		}
		// the one side named before the pact: a second name there leaves the
		// side unknown ("Britain said France and Germany signed ...")
		one := -1
		for j := ss; j < start; j++ {
			mi := d.mentionAt[j]
			if mi < 0 {
				continue
			}
			e := d.mentions[mi].ent
			if d.mentions[mi].label == "PER" || e < 0 || e == other {
				return nil
			}
			if one >= 0 && one != e {
				return nil
			}
			one = e
			j = d.mentions[mi].end - 1
		}
		if one < 0 {
			return nil
		}
		return []int{one, other}
	}
	return nil
}

// namedPactSides reads the sides beside a pact's name (pactSides), else
// the hyphenated pair opening it ("the US-Colombia Trade Promotion
// Agreement", event_agree_pairname.go).
func (p *Pipeline) namedPactSides(d *doc, start, end, ss, se int) []int {
	if sides := p.pactSides(d, start, end, ss, se); len(sides) >= 2 {
		return sides
	}
	return p.pairBefore(d, start+1, start, d.mentions[d.mentionAt[start]].ent)
}

// pactNameArgs gives a named pact's event the sides pactNamed read.
func (p *Pipeline) pactNameArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	mt := d.mentions[d.mentionAt[m.Start]]
	sides := p.namedPactSides(d, mt.start, mt.end, ss, se)
	ev.parts = ev.parts[:0]
	for _, e := range sides {
		ev.addPart(e, participant)
	}
}
