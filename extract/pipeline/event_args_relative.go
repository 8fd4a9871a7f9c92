package pipeline

// The subject of a relative clause whose antecedent is a description set
// in apposition to a name: "Cindy Sheehan, the woman who led a protest",
// "Hamas, the group which won the elections". The description names no
// one; the name before the comma is who it describes.

import "github.com/newsgraph/newsgraph/extract"

// appositiveAntecedent is the entity named right before ", the/a N" whose
// head noun is at k, or -1.
func (p *Pipeline) appositiveAntecedent(d *doc, k, ss int) int {
	if d.mentionAt[k] >= 0 || p.cls(d, k)&wNoun == 0 {
		return -1
	}
	q := p.npLeft(d, k+1, ss)
	if q.start >= k || len(q.ents) > 0 || q.start-2 < ss || d.lower[q.start-1] != "," {
		return -1
	}
	switch d.lower[q.start] {
	case "the", "a", "an":
	default:
		return -1
	}
	mi := d.mentionAt[q.start-2]
	if mi < 0 {
		return -1
	}
	m := d.mentions[mi]
	if m.ent < 0 || !participantOK(d, m) || d.ents[m.ent].typ == extract.Location {
		return -1 // (a place's description is where, not who: "Gaza, the territory where")
	}
	return m.ent
}
