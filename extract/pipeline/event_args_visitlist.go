package pipeline

import "github.com/newsgraph/newsgraph/extract"

// A visit to one place of a list is a visit to each.
//
// The argument reader often takes one name of a listed trip for the place
// visited: "for visits to Trinidad and Tobago and Jamaica" gives Jamaica
// alone, "the sites of the attacks in New York City, Shanksville and the
// Pentagon" gives New York City alone. The Guideline counts one VISIT per
// place listed (see event_split_visits.go). listedVisitPlaces adds the
// other places of the run of names, joined only by commas, "and", "the"
// and "then" (listGap), that holds a PATIENT of a VISIT after its trigger
// in the trigger's sentence; splitVisits then makes one visit of each. It
// runs after the discourse has named the visitor; a place named with its
// country ("Shanksville, Pennsylvania") stays one place, as in finerPlaces. (Fourteenth session, visit2_15.)

// listedVisitPlaces widens the places of every kept VISIT with a visitor
// to the whole list its place is named in.
func listedVisitPlaces(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "VISIT" || !hasRole(ev, agent) || ev.sentence < 0 || ev.sentence >= len(d.sents) {
			continue
		}
		more := placeListWith(d, visitPlaces(d, ev), ev.trigEnd, d.sents[ev.sentence].End)
		if agentListed(ev, append(more, visitPlaces(d, ev)...)) {
			continue // "a tour of Hong Kong, Tokyo and Sydney" read with Hong Kong as visitor: a misread list
		}
		for _, e := range more {
			if !hasPart(ev, e) {
				ev.parts = append(ev.parts, part{ent: e, role: patient})
			}
		}
	}
}

// visitPlaces: the location PATIENTs of ev.
func visitPlaces(d *doc, ev *event) []int {
	var places []int
	for _, pt := range ev.parts {
		if pt.role == patient && d.ents[pt.ent].typ == extract.Location {
			places = append(places, pt.ent)
		}
	}
	return places
}

// listObjectPlace gives a VISIT read with no place the first place of a
// list that follows its trigger with only a few words of a noun phrase
// between ("visit several cities in Texas, Arkansas and Alabama"): the
// visit is to the places the list names, not to none (which the
// viable:visit guard would drop, or a merge fold into another visit).
func (p *Pipeline) listObjectPlace(d *doc, ev *event, se int) {
	if ev.typ != "VISIT" || len(visitPlaces(d, ev)) > 0 {
		return
	}
	for _, e := range p.placeAfterObject(d, ev.trigEnd, se) {
		if !hasPart(ev, e) {
			ev.parts = append(ev.parts, part{ent: e, role: patient})
		}
	}
}

// agentListed: some AGENT of ev is one of places.
func agentListed(ev *event, places []int) bool {
	for _, pt := range ev.parts {
		if pt.role == agent && isPlace(places, pt.ent) {
			return true
		}
	}
	return false
}

// placeAfterObject: the location named first after token i when at most
// six words of a noun phrase, with no name and no verb, lead to it
// ("several cities in", "the sites of the attacks in"), and it opens a
// list; else nil.
func (p *Pipeline) placeAfterObject(d *doc, i, se int) []int {
	for k := i; k < se && k < i+7; k++ {
		mi := d.mentionAt[k]
		if mi >= 0 {
			m := d.mentions[mi]
			if k == i || m.ent < 0 || m.label == "NORP" || d.ents[m.ent].typ != extract.Location {
				return nil
			}
			if len(placeListWith(d, []int{m.ent}, k, se)) == 0 {
				return nil
			}
			return []int{m.ent}
		}
		if d.lower[k] == "by" || d.lower[k] == "from" {
			return nil // "attended by representatives from Brazil, Mexico ...": the visitors' places, not the visited
		}
		c := p.cls(d, k)
		if c&(wNoun|wAdj|wDet|wNum|wPrep) == 0 || c&(wVerb|wPast|wPart|wPunct|wConj|wPron|wModal) != 0 && c&wNoun == 0 {
			return nil
		}
	}
	return nil
}

// placeListWith: the location entities, not yet in places, of the run of
// place names in tokens [ss, se) opened by the first of them, when that run
// names one of places and is a list: two or more names, each joined to the
// next by at least one token of commas, "and", "the" and "then", one of
// the joins an "and" or "then" ("Ireland, U.S. Treasury Secretary John
// Snow" and "the U.S. Gulf Coast" are no lists). A people's adjective,
// "Iraqi", is no place name.
func placeListWith(d *doc, places []int, ss, se int) []int {
	var run []int
	holds, joined := false, false
	last := -1
	for k := ss; k < se; k++ {
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.start != k || m.ent < 0 || m.label == "NORP" || d.ents[m.ent].typ != extract.Location {
			if last >= 0 && m.start == k {
				// another name ends the run; an "and" before it goes on with the
				// list past its places ("..., Pennsylvania and the Pentagon")
				joined = joined || k > last && listGap(d, last, k) && andGap(d, last, k)
				break
			}
			continue
		}
		if last >= 0 {
			if k == last || !listGap(d, last, k) {
				break
			}
			joined = joined || andGap(d, last, k)
		}
		run = append(run, m.ent)
		holds = holds || isPlace(places, m.ent)
		last = m.end
	}
	if !holds || !joined || len(run) < 2 {
		return nil
	}
	var out []int
	for _, e := range run {
		if heldIn(d, run, e) {
			continue // "Shanksville, Pennsylvania": the finer place is the one visited (as finerPlaces)
		}
		if !isPlace(places, e) && !isPlace(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// andGap: tokens [a, b) hold "and" or "then".
func andGap(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if d.lower[k] == "and" || d.lower[k] == "then" {
			return true
		}
	}
	return false
}

// heldIn: outer holds another place of run.
func heldIn(d *doc, run []int, outer int) bool {
	for _, e := range run {
		if e != outer && d.holdsPlace(outer, e) {
			return true
		}
	}
	return false
}
