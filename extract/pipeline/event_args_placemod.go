package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The place a visit reaches, not the country that qualifies it (twenty-
// second session, helper other23).
//
// "is to visit the western U.S. state of Arizona", "during a visit to the
// central Iranian city of Shahr-e-Kord", "has departed Congo's capital,
// Kinshasa": the first name the visit readers meet is the country that
// qualifies a place noun, and they took it as the place visited, beside or
// instead of the place itself. The labels name the place ("Arizona",
// "Shahr-e-Kord", "Kinshasa|Congo's"). The "found with other participants"
// audit of the TUNE sets found this in voa-0898, 1093 and 2224 (three
// sets).
//
// qualifierPlaces replaces, in a visit, a place visited whose mention
// qualifies a place noun that names another place ("U.S. state of
// Arizona", "Congo's capital, Kinshasa") by that place; if it is visited
// already, the qualifier goes. Only the trigger's own sentence is read: in
// "completed a visit to China ... traveled to the central Chinese city of
// Wuhan" the later leg is no place of the first report.
//
// Measured: TUNE tp/fp/fn 2641/1103/2702 -> 2644/1100/2699 (tp-fp +6),
// CHECK unchanged; BBC and Reuters output unchanged.
func qualifierPlaces(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "VISIT" {
			continue
		}
		kept := ev.parts[:0]
		for _, pt := range ev.parts {
			inner := -1
			if pt.role == patient && pt.ent >= 0 && pt.ent < len(d.ents) && d.ents[pt.ent].typ == extract.Location {
				inner = qualifiedPlace(d, ev, pt.ent)
			}
			switch {
			case inner < 0:
				kept = append(kept, pt)
			case hasPart(ev, inner) || partIn(kept, inner):
				// the place itself is visited already
			default:
				kept = append(kept, part{ent: inner, role: patient})
			}
		}
		ev.parts = kept
	}
}

// qualifiedPlace is the place a mention of e qualifies in ev's trigger
// sentence: "E state of X", "E city of X", "E's capital, X"; or -1.
func qualifiedPlace(d *doc, ev *event, e int) int {
	si := ev.sentence // the trigger's own sentence: another report's "the Chinese city of Wuhan" is a later leg, not the place visited
	if si < 0 || si >= len(d.sents) {
		return -1
	}
	ss, se := d.sents[si].Start, d.sents[si].End
	for _, m := range d.mentionsIn(ss, se) {
		if m.ent != e {
			continue
		}
		k := m.end
		if k < se && (d.lower[k] == "'s" || d.lower[k] == "’s") {
			k++ // "Congo's capital, Kinshasa"
		}
		if k+2 >= se || !placeNouns[d.lower[k]] || d.mentionAt[k] >= 0 {
			continue
		}
		if d.lower[k+1] != "of" && d.lower[k+1] != "," {
			continue
		}
		mi := d.mentionAt[k+2]
		if mi < 0 {
			continue
		}
		if o := d.mentions[mi].ent; o >= 0 && o != e && o < len(d.ents) && d.ents[o].typ == extract.Location && d.mentions[mi].label != "NORP" {
			return o
		}
	}
	return -1
}
