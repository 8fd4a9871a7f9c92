package pipeline

import "github.com/newsgraph/newsgraph/extract"

// One visit per place visited.
//
// The Guideline counts a trip by its stops: "will travel to India,
// Pakistan and Japan" is three VISITs, "recent trips to Russia, Iran,
// Vietnam and Mali" four, "visits Norway, Finland and France later this
// week" three (the `blind2`, `dev5`, `dev6` readings). The argument
// reader gives the verb one event with every place as its PATIENT, which
// matches none of them. splitVisits makes one event per place, each with
// the visitors and that place alone. Only places split: a visit with a
// person or organization visited besides ("visited Ukraine and met
// Viktor Yanukovych" read with Yanukovych as visited) is left whole, as
// one place held by another is already folded (finerPlaces: "El Paso,
// Texas"). (Fourteenth session: the guard audit showed 21 missed visits
// of this kind in 7 TUNE stories.)

// splitVisits replaces every kept VISIT whose PATIENTs are two or more
// locations, and nothing else, with one VISIT per location, placed right
// after it in d.events.
func splitVisits(d *doc) {
	var out []*event
	for i, ev := range d.events {
		places := visitedPlaces(d, ev)
		if len(places) < 2 {
			if out != nil {
				out = append(out, ev)
			}
			continue
		}
		if out == nil {
			out = append(make([]*event, 0, len(d.events)+len(places)), d.events[:i]...)
		}
		for _, pl := range places {
			c := *ev
			c.parts = nil
			for _, pt := range ev.parts {
				if pt.role != patient || pt.ent == pl {
					c.parts = append(c.parts, pt)
				}
			}
			c.sentences = append([]int(nil), ev.sentences...)
			if isPlace(places, ev.loc) {
				c.loc = pl // each stop is where its visit happens
			}
			out = append(out, &c)
		}
	}
	if out != nil {
		d.events = out
	}
}

// visitedPlaces is the PATIENTs of a kept VISIT with a visitor when they
// are all locations named in one list of its trigger's sentence ("to
// India, Pakistan and Japan"), else nil. Places gathered from different
// clauses ("visited U.S. troops in Mosul") are one visit told twice, or a
// people read as a place.
func visitedPlaces(d *doc, ev *event) []int {
	if ev.dropped || ev.typ != "VISIT" || !hasRole(ev, agent) || ev.sentence < 0 || ev.sentence >= len(d.sents) {
		return nil
	}
	var places []int
	for _, pt := range ev.parts {
		if pt.role != patient {
			continue
		}
		if d.ents[pt.ent].typ != extract.Location {
			return nil
		}
		places = append(places, pt.ent)
	}
	if len(places) < 2 || !listedPlaces(d, places, d.sents[ev.sentence].Start, d.sents[ev.sentence].End) {
		return nil
	}
	return places
}

// listedPlaces: each of places has a name (not a people's adjective) in
// tokens [ss, se), and some run of names there, joined only by commas,
// "and", "the" and "then", names every one of places.
func listedPlaces(d *doc, places []int, ss, se int) bool {
	seen := map[int]bool{}
	last := -1 // the end of the last place name of the current run
	for k := ss; k < se; k++ {
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.start != k {
			continue
		}
		if last < 0 || !listGap(d, last, k) {
			seen = map[int]bool{} // a new run opens
		}
		last = m.end // (a name of the list read as no place, "Leicester", goes on with it)
		if m.label == "NORP" || !isPlace(places, m.ent) {
			continue
		}
		seen[m.ent] = true
		if len(seen) == len(places) {
			return true
		}
	}
	return false
}

// listGap: tokens [a, b) join two names of a list ("", ", ", " and ", ", and the ").
func listGap(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		switch d.lower[k] {
		case ",", "and", "the", "then":
		default:
			return false
		}
	}
	return true
}

// isPlace: e is one of places.
func isPlace(places []int, e int) bool {
	for _, p := range places {
		if p == e {
			return true
		}
	}
	return false
}

// otherLeg: a and b are VISITs of one sentence to different places, or
// told by verbs of one sentence, one of them in an "after/before ...ing"
// clause: that clause sets its leg of the trip
// before or after the main clause's ("After visiting the U.S. and France,
// Funaro is on his way to Tokyo, where he is to arrive on Sunday"), so
// they are two visits even when one names no place.
func otherLeg(d *doc, a, b *event) bool {
	if a.typ != "VISIT" || b.typ != "VISIT" || a.sentence != b.sentence || a.trigStart == b.trigStart {
		return false
	}
	if hasRole(a, patient) && hasRole(b, patient) && !sharesRole(a, b, patient) {
		return true // "is in Seoul ... after stops in Tokyo and Beijing": each place its own visit
	}
	if a.nominal || b.nominal {
		return false
	}
	ss := d.sents[a.sentence].Start
	legClause := func(ev *event) bool {
		if ev.trigStart-1 < ss {
			return false
		}
		switch d.lower[ev.trigStart-1] {
		case "after", "before", "following":
			return true
		}
		return false
	}
	return legClause(a) != legClause(b)
}
