package pipeline

import "github.com/newsgraph/newsgraph/extract"

// foughtWith reports whether a fight word is followed by the side fought,
// as people or an armed group, in a "with" or "between" phrase ("during
// Wednesday's fighting with security forces", "fighting between U.S. forces
// and insurgents"). Such a fight is an attack even when its other side is
// not named; "the fight against terrorism" or "fought for control" names no
// one fought and stays out (the viable:struggle guard). A fight told "since"
// some time is a war over years, no event of its own (the guideline), and
// is left out too. side is the named group after "with" ("factional fighting
// with Fatah"), the side fought, or -1 (ATTACK merge work, fifteenth session).
func foughtWith(d *doc, ts, te, ss, se int) (ok bool, side int) {
	side = -1
	if te >= se {
		return false, side
	}
	if d.lower[te] != "with" {
		return false, side // "fighting between X and Y" tells both sides, mostly of a war (left to the fight readers)
	}
	for k := ss; k < se; k++ {
		if d.lower[k] == "since" {
			return false, side // "since fighting broke out in 2003"
		}
	}
	for k := te + 1; k < se && k < te+7; k++ {
		w := d.lower[k]
		switch w {
		case ",", ";", ":", "that", "which", "who", "to", "for", "over":
			return false, side
		}
		if d.mentionAt[k] >= 0 {
			e := d.mentions[d.mentionAt[k]].ent
			if d.ents[e].typ == extract.Person {
				return false, -1 // "Mr Grant's battle with police chief Tom Wood": a quarrel of persons
			}
			if side < 0 && !(d.ents[e].typ == extract.Location && d.ents[e].subtype != extract.Country) {
				side = e
			}
			ok = true
			continue
		}
		if groupNouns[w] || forceNouns[w] || fighterNouns[w] {
			ok = true // (read on: a person named after it makes a title of it)
		}
	}
	return ok, side
}
