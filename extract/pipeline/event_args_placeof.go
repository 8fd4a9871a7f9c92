package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The place a visit names through a place noun.
//
// "Rice also visited the nearby city of Liverpool": the object is a place
// noun whose "of" phrase names the place; the word rules, which take names
// right after the verb, read the visitor and no place. The parse gives the
// object and its "of" phrase.

// placeOfObject adds, to a visit with no place visited read, the place
// named in the "of" phrase of a place noun ("city", "town", "province")
// that is the trigger verb's object or a noun trigger's "to" phrase.
func (p *Pipeline) placeOfObject(d *doc, ev *event, ss, se int) {
	if p.syn == nil || ev.typ != "VISIT" || hasRole(ev, patient) || !hasRole(ev, agent) {
		return
	}
	cue := false
	for k := ev.trigEnd; k+2 < se && k < ev.trigEnd+6; k++ {
		cue = cue || placeNouns[d.lower[k]] && d.lower[k+1] == "of"
	}
	if !cue {
		return
	}
	t, ok := p.eventTree(d, ev, ss, se)
	if !ok {
		return
	}
	v := t.trigHead(ev)
	if v < 0 {
		return
	}
	for n, w := range t.w {
		if w.Head != v || !placeNouns[d.lower[ss+n]] || d.mentionAt[ss+n] >= 0 {
			continue
		}
		if !(w.Rel == "obj" || w.Rel == "nmod" && t.caseOf(d, n) == "to" || w.Rel == "obl" && t.caseOf(d, n) == "to") {
			continue
		}
		for c, cw := range t.w {
			if cw.Head != n || cw.Rel != "nmod" || t.caseOf(d, c) != "of" {
				continue
			}
			mi := d.mentionAt[ss+c]
			if mi < 0 {
				continue
			}
			m := d.mentions[mi]
			if m.ent >= 0 && d.ents[m.ent].typ == extract.Location && m.label != "NORP" && partAllowed(d, ev.typ, patient, m.ent) {
				ev.addPart(m.ent, patient)
				return
			}
		}
	}
}
