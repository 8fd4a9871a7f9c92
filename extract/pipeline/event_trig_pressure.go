package pipeline

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Pressure from a named side to act (twenty-second session, notrig23).
// The lexicon reads only the verb ("pressured the Fatah faction to
// accept", curated.go) and the speech guard keeps the noun out, since most
// pressure in news has no one pressing ("inflationary pressures", "blood
// pressure", "under intense domestic and international pressure"). The
// labels read the noun as an APPEAL when it names who presses and what
// the pressed are to do: "Pakistan is under intense U.S. pressure to crack
// down on militants", "under pressure from neighboring Afghanistan and the
// United States to take on militants", "despite U.S. pressure to scrap the
// project", "came under renewed international pressure - particularly from
// Germany - to improve transparency" (8 of the 8 TUNE sentences with a
// named presser and an infinitive are labelled; the 11 with "international
// pressure to" and no presser named are not, and stay out). So the noun
// is a trigger only with both: a named presser before it ("U.S. and
// European pressure") or after "from", and "to" with a verb after it.
//
// The presser is the AGENT; the pressed is the PATIENT when named as the
// one "under" the pressure or facing it ("Iran has been under", "the
// Pakistani government is under") or after "on" ("pressure on Syria to");
// a pronoun or a name elsewhere in the sentence is left out.

// pressureLemma marks the match for pressureArgs (and keeps it apart from
// the lexicon's "pressure", which the speech guard drops as a noun).
const pressureLemma = "pressure to act"

// pressureStarts are the words pressureToAct reads (scanPressure).
func pressureStarts() []string { return []string{"pressure"} }

// pressureMods are the words that may stand between a presser or "under"
// and the noun: "intense U.S. pressure", "under renewed international".
var pressureMods = map[string]bool{
	"intense": true, "increasing": true, "renewed": true, "growing": true, "heavy": true,
	"strong": true, "international": true, "diplomatic": true, "mounting": true, "new": true,
	"continued": true, "continuing": true, "political": true, "sustained": true, "more": true,
	"further": true, "considerable": true, "enormous": true, "tremendous": true, "fresh": true,
}

// pressureNotNoun are the words before "pressure" that make it the verb.
var pressureNotNoun = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "should": true, "can": true,
	"may": true, "might": true, "must": true, "not": true, "did": true, "does": true, "do": true,
}

// pressureToAct reads the noun at i as pressure from a named side to act.
func (p *Pipeline) pressureToAct(d *doc, i, ss, se int) (cameo.Match, bool) {
	if d.lower[i] != "pressure" || d.mentionAt[i] >= 0 || i == ss || pressureNotNoun[d.lower[i-1]] {
		return cameo.Match{}, false
	}
	owners := p.pressureOwners(d, i, ss)
	from, _, k := p.pressureAfter(d, i+1, se)
	if len(owners)+len(from) == 0 || !p.infinitiveAt(d, k, se) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "020", Lemma: pressureLemma, Start: i, End: i + 1, Nominal: true}, true
}

// infinitiveAt: "to" and a bare verb at k ("to crack down", not "to the
// talks", "to Syria" or "to 5 percent"). The word table knows some verbs
// only as nouns ("reform"), so a word of no class that cannot start a noun
// phrase or a clause counts too.
func (p *Pipeline) infinitiveAt(d *doc, k, se int) bool {
	if k+1 >= se || d.lower[k] != "to" || d.mentionAt[k+1] >= 0 {
		return false
	}
	c := p.cls(d, k+1)
	return c&wVerb != 0 || c&(wDet|wNum|wPron|wPrep|wPunct|wProper|wAdv|wConj|wGerund) == 0 && d.words[k+1] == d.lower[k+1]
}

// pressureSide is the entity of the mention at k ("U.S.", "European",
// "Washington"), or -1.
func pressureSide(d *doc, k int) int {
	if mi := d.mentionAt[k]; mi >= 0 {
		return d.mentions[mi].ent
	}
	return -1
}

// pressureOwnerStart is the first token of the names and modifiers before
// the noun at i ("under intense U.S. and European pressure": "intense").
func (p *Pipeline) pressureOwnerStart(d *doc, i, ss int) int {
	j := i
	for j-1 >= ss {
		w := d.lower[j-1]
		if d.mentionAt[j-1] < 0 && !pressureMods[w] && w != "and" {
			break
		}
		j--
	}
	return j
}

// pressureOwners are the named sides modifying the noun at i ("U.S.
// pressure", "U.S. and European pressure").
func (p *Pipeline) pressureOwners(d *doc, i, ss int) []int {
	var out []int
	for k := p.pressureOwnerStart(d, i, ss); k < i; k++ {
		if e := pressureSide(d, k); e >= 0 && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// pressureAfter reads what follows the noun up to the infinitive: "from"
// and the pressers, "on" and the pressed, each at most once, in either
// order, and a dash or comma with "particularly" or "especially" before
// "from". It returns the pressers, the pressed and the token after.
func (p *Pipeline) pressureAfter(d *doc, k, se int) (from, on []int, next int) {
	for round := 0; round < 2 && k < se; round++ {
		j := k
		if j < se && (d.lower[j] == "-" || d.lower[j] == "--" || d.lower[j] == "—" || d.lower[j] == ",") {
			j++
			if j < se && (d.lower[j] == "particularly" || d.lower[j] == "especially" || d.lower[j] == "mainly" || d.lower[j] == "notably") {
				j++
			}
		}
		if j >= se || d.lower[j] != "from" && d.lower[j] != "on" {
			break
		}
		names, end := p.pressureList(d, j+1, se)
		if len(names) == 0 {
			break
		}
		if d.lower[j] == "from" && from == nil {
			from = names
		} else if d.lower[j] == "on" && on == nil {
			on = names
		} else {
			break
		}
		k = end
		if k+1 < se && (d.lower[k] == "-" || d.lower[k] == "--" || d.lower[k] == "—" || d.lower[k] == ",") && d.lower[k+1] == "to" {
			k++ // the dash or comma that closes "- particularly from Germany -"
		}
	}
	return from, on, k
}

// pressureList reads names joined by "and" or commas from k, past
// articles and adjectives ("neighboring Afghanistan and the United
// States"). A name that only modifies a common noun ("from U.S.
// officials") or a common noun ("from religious leaders") gives none.
func (p *Pipeline) pressureList(d *doc, k, se int) ([]int, int) {
	var out []int
	for k < se {
		w := d.lower[k]
		if mi := d.mentionAt[k]; mi >= 0 {
			e := pressureSide(d, k)
			if e < 0 {
				return nil, k
			}
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
			k = d.mentions[mi].end
			continue
		}
		if w == "the" || (w == "and" || w == ",") && len(out) > 0 && p.nameAhead(d, k+1, se) ||
			p.cls(d, k)&(wAdj|wGerund|wPart) != 0 && p.nameAhead(d, k+1, se) || titleBeforeName(d, k, se) {
			k++
			continue
		}
		if len(out) == 0 || p.cls(d, k)&(wNoun|wProper) != 0 {
			return nil, k
		}
		return out, k
	}
	return out, k
}

// titleBeforeName: the capitalised words from k run into a name ("Prime
// Minister Sher Bahadur Deuba" when the name is only "Sher Bahadur Deuba").
func titleBeforeName(d *doc, k, se int) bool {
	for j := k; j < se && j < k+4; j++ {
		if d.mentionAt[j] >= 0 {
			return j > k
		}
		if d.words[j] == d.lower[j] {
			return false
		}
	}
	return false
}

// nameAhead: a name starts at k, past an article and an adjective.
func (p *Pipeline) nameAhead(d *doc, k, se int) bool {
	for n := 0; k < se && n < 3; n++ {
		if d.mentionAt[k] >= 0 {
			return true
		}
		if d.lower[k] != "the" && p.cls(d, k)&(wAdj|wGerund|wPart) == 0 {
			return false
		}
		k++
	}
	return false
}

// pressureUnder is the side named as under or facing the pressure at i
// ("Iran has been under intense U.S. pressure", "the Pakistani government
// is under pressure from", "Syria faces U.S. pressure"), or -1.
func (p *Pipeline) pressureUnder(d *doc, i, ss int) int {
	j := p.pressureOwnerStart(d, i, ss) - 1
	for j >= ss && (d.lower[j] == "a" || d.lower[j] == "the") {
		j--
	}
	if j < ss+1 {
		return -1
	}
	switch d.lower[j] {
	case "under":
		j--
		for j >= ss && (isBe(d.lower[j]) || d.lower[j] == "has" || d.lower[j] == "have" || d.lower[j] == "had" || d.lower[j] == "been" ||
			d.lower[j] == "came" || d.lower[j] == "come" || d.lower[j] == "comes" || d.lower[j] == "remains" || d.lower[j] == "remained" ||
			d.lower[j] == "still" || d.lower[j] == "also" || d.lower[j] == "now" || d.lower[j] == "increasingly") {
			j--
		}
	case "faces", "faced", "facing":
		j--
		for j >= ss && (isBe(d.lower[j]) || d.lower[j] == "has" || d.lower[j] == "have" || d.lower[j] == "also" || d.lower[j] == "now") {
			j--
		}
	default:
		return -1
	}
	if j < ss {
		return -1
	}
	if e := pressureSide(d, j); e >= 0 {
		return e
	}
	// "the Pakistani government is under": the people's name on the head
	if j-1 >= ss && d.mentionAt[j] < 0 && p.cls(d, j)&wNoun != 0 {
		if mi := d.mentionAt[j-1]; mi >= 0 && d.mentions[mi].label == "NORP" || mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].subtype == extract.Country {
			return pressureSide(d, j-1)
		}
	}
	return -1
}

// pressureArgs makes the pressers the AGENT and the pressed the PATIENT,
// dropping what else the noun's readers took from the sentence.
func (p *Pipeline) pressureArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	owners := p.pressureOwners(d, m.Start, ss)
	from, on, _ := p.pressureAfter(d, m.End, se)
	for _, e := range from {
		if !slices.Contains(owners, e) {
			owners = append(owners, e)
		}
	}
	pressed := on
	if len(pressed) == 0 {
		if e := p.pressureUnder(d, m.Start, ss); e >= 0 {
			pressed = []int{e}
		}
	}
	ev.setSides(owners, pressed)
}
