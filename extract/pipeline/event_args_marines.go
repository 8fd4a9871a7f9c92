package pipeline

import "github.com/newsgraph/newsgraph/extract"

// A state's soldiers named as a corps stand for the state (fifteenth
// session).
//
// The tagger reads "Marine" and "U.S. Marines" as an organization, so an
// attack on them came out with a PATIENT "Marine" where the guideline
// names the state their nationality gives ("A nationality on the actor's
// head noun stands for its country"): "the U.S. military says seven U.S.
// Marines have been killed in action", "the U.S. military says a Marine
// was killed late Saturday when a bomb blast ripped through his vehicle".
// Measured on the 28 TUNE sets at the start of the fifteenth session: 2
// stories (both in dev26..dev29) had a corps as the PATIENT and its state
// in the gold. corpsState gives the state named inside the corps' own name
// or, as struckForce does for soldiers, by the sentence's reporter; with
// neither ("Marines stormed the town") the corps is left as read.

// corpsNouns are a state's soldiers named as its corps.
var corpsNouns = map[string]bool{"marine": true, "marines": true}

// corpsState replaces an attack's corps PATIENT by its state.
func (p *Pipeline) corpsState(d *doc, ev *event, ss, se int) {
	if ev.typ != "ATTACK" || ev.unreal {
		return
	}
	for i, pt := range ev.parts {
		if pt.role != patient && pt.role != agent || d.ents[pt.ent].typ != extract.Organization {
			continue
		}
		mi := -1
		for k, m := range d.mentionsIn(ss, se) {
			if m.ent == pt.ent && corpsNouns[d.lower[m.end-1]] {
				mi = k
				break
			}
		}
		if mi < 0 {
			continue
		}
		e := nestedCountry(d, mi) // "seven U.S. Marines"
		if e < 0 {
			e = p.corpsPrefix(d, mi) // "Two U.S. Marines were killed" read as one name (event_args_corpsname.go)
		}
		if e < 0 && pt.role == patient {
			_, e = p.reportingSubject(d, ss, se) // "the U.S. military says a Marine was killed"
		}
		if e >= 0 && !hasPart(ev, e) {
			ev.parts[i].ent = e
		}
	}
}

// nestedCountry is the country named inside the organization mention mi
// ("U.S." in "U.S. Marines"), or -1.
func nestedCountry(d *doc, mi int) int {
	for k := range d.mentions {
		if m := d.mentions[k]; m.nested && m.host == mi && m.ent >= 0 {
			if e := d.ents[m.ent]; e.typ == extract.Location && e.subtype == extract.Country {
				return m.ent
			}
		}
	}
	return -1
}
