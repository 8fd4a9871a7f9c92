package pipeline

import "github.com/newsgraph/newsgraph/extract"

// One side named twice in a two-sided event.
//
// An event told over several sentences gathers the names each sentence
// gives its sides: "Japan and the United States have signed an agreement
// ... Japanese Defense Minister Yoshinori Ono and U.S. Ambassador Howard
// Baker signed it". The country and the minister who holds a post of it
// are one side, not two. ownSide folds them when an event has exactly
// those two; sameSides when it has more, after the sentences' reports are
// joined.

// sameSides folds, in every kept two-sided event with three or more
// participants, the country or organization a participating person holds
// a post of into that person.
func sameSides(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || !symmetric[ev.typ] || len(ev.parts) < 3 {
			continue
		}
		drop := map[int]bool{}
		for _, a := range ev.parts {
			for _, r := range d.roles {
				if r.person != a.ent || r.org < 0 || r.org == a.ent {
					continue
				}
				for _, b := range ev.parts {
					if b.ent == r.org {
						drop[b.ent] = true
					}
				}
			}
		}
		if len(drop) == 0 {
			continue
		}
		kept := partsWithout(ev.parts, drop)
		if len(kept) >= 2 {
			ev.parts = kept
		}
	}
}

// One place named twice.
//
// A visit told as "visited Beijing" in one sentence and "in China" in
// another, or "traveling to New Orleans, Louisiana", names one place
// visited at two grains; the finer name is the place, the coarser one no
// second destination.

// finerPlaces drops from every kept event a location participant that
// holds another location participant of the same role: the country of a
// city the gazetteer places in it, or the region written right after the
// place, set off by a comma ("New Orleans, Louisiana").
func finerPlaces(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || len(ev.parts) < 2 {
			continue
		}
		drop := map[int]bool{}
		for _, a := range ev.parts {
			for _, b := range ev.parts {
				if a.ent != b.ent && a.role == b.role && d.holdsPlace(b.ent, a.ent) {
					drop[b.ent] = true
				}
			}
		}
		if len(drop) == 0 {
			continue
		}
		kept := partsWithout(ev.parts, drop)
		ev.parts = kept
	}
}

// holdsPlace: location entity outer holds location entity inner (both
// entity indexes): outer is the country the gazetteer places inner in, or
// a mention of outer follows one of inner after a comma.
func (d *doc) holdsPlace(outer, inner int) bool {
	o, in := d.ents[outer], d.ents[inner]
	if o.typ != extract.Location || in.typ != extract.Location || in.subtype == extract.Country {
		return false // (a country lies in no other place: "Britain, France and Germany" is a list)
	}
	if o.subtype == extract.Country && o.country != "" && in.country == o.country {
		return true
	}
	for _, mi := range in.mentions {
		m := d.mentions[mi]
		if m.end+1 >= len(d.lower) || d.lower[m.end] != "," || m.start > 0 && (d.lower[m.start-1] == "," || d.lower[m.start-1] == "and") {
			continue
		}
		oi := d.mentionAt[m.end+1]
		if oi < 0 || d.mentions[oi].ent != outer {
			continue
		}
		// not a list ("Gulfport, Biloxi and Mobile"): the region closes the name
		if e := d.mentions[oi].end; e < len(d.lower) && (d.lower[e] == "and" || d.lower[e] == "or" ||
			d.lower[e] == "," && e+1 < len(d.lower) && d.mentionAt[e+1] >= 0) {
			continue
		}
		return true
	}
	return false
}

// partsWithout is a copy of parts less the entities in drop.
func partsWithout(parts []part, drop map[int]bool) []part {
	kept := parts[:0:0]
	for _, pt := range parts {
		if !drop[pt.ent] {
			kept = append(kept, pt)
		}
	}
	return kept
}
