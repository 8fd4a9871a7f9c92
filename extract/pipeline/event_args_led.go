package pipeline

// An act named with the one who leads or backs it as a compound before the
// noun: "a U.S.-led offensive", "the al-Qaida-linked bombings", "a
// NATO-led military offensive". The premodifier walk stops at the
// participle ("led" reads as a verb) or at a mention it cannot read as a
// name (the tagger keeps "NATO-led" whole), so the name is read here.

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// leadParticiples join a name to an act it leads or is behind.
var leadParticiples = map[string]bool{
	"led": true, "backed": true, "linked": true, "sponsored": true, "inspired": true, "organized": true, "organised": true,
}

// ledBy is the entity named in a "-led" compound before ev's noun trigger
// (adjectives may stand between: "a U.S.-led military offensive"), or -1.
func (p *Pipeline) ledBy(d *doc, ev *event, ss int) int {
	if !ev.nominal {
		return -1
	}
	k := ev.trigStart - 1
	for k >= ss && ev.trigStart-k <= 3 && d.mentionAt[k] < 0 && !leadCompound(d.lower[k]) && !leadParticiples[d.lower[k]] &&
		p.cls(d, k)&(wAdj|wNoun) != 0 && p.cls(d, k)&(wVerb|wDet|wPrep) == 0 {
		k--
	}
	if k < ss {
		return -1
	}
	e := -1
	switch {
	case leadParticiples[d.lower[k]] && k-2 >= ss && d.lower[k-1] == "-" && d.mentionAt[k-2] >= 0:
		e = d.mentions[d.mentionAt[k-2]].ent // "[U.S.] - led"
	case d.mentionAt[k] >= 0:
		m := d.mentions[d.mentionAt[k]]
		if w := d.text(m.start, m.end); leadCompound(strings.ToLower(w)) {
			e = p.entityForWord(d, w[:strings.LastIndex(w, "-")]) // "[NATO-led]"
		}
	case leadCompound(d.lower[k]):
		e = p.entityForWord(d, d.words[k][:strings.LastIndex(d.words[k], "-")]) // "al-Qaida-linked"
	}
	if e < 0 || d.ents[e].typ == extract.Location && d.ents[e].subtype != extract.Country {
		return -1 // (a town is where, not who)
	}
	return e
}

// leadCompound: w is one word ending in a lead participle after a hyphen
// ("nato-led", "al-qaida-linked").
func leadCompound(w string) bool {
	i := strings.LastIndex(w, "-")
	return i > 0 && leadParticiples[w[i+1:]]
}
