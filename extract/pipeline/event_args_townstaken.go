package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A town taken is where an OCCUPY happened, not who suffered it (fifteenth
// session, state16). The Guideline names places as an event's location,
// not its participants; the labels keep a country invaded or annexed as
// the PATIENT ("invaded Iraq", "annexed Korea") but not a town, a region
// or a building seized ("Hamas seized control of Gaza", "Serb forces
// captured Srebrenica", "soldiers occupied Government House"). The
// object readers make any object the PATIENT; here a location that is no
// country leaves the PATIENTs of an OCCUPY for its place. A territory
// annexed or invaded ("the annexation of Crimea") stays the one it is
// done to, like a country.

// townsTaken moves each OCCUPY's non-country location PATIENTs to its
// place.
func townsTaken(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "OCCUPY" || annexedOrInvaded(d, ev) {
			continue
		}
		placesToLoc(d, ev, func(pt part, _ *entity) bool { return pt.role == patient })
	}
}

// placesToLoc moves the participants of ev that are locations but no
// country, and that also pass moves, out of its parts: the first becomes
// its place when it has none. townsTaken and placesHit differ only in
// which of those places they move.
func placesToLoc(d *doc, ev *event, moves func(pt part, e *entity) bool) {
	drop := map[int]bool{}
	for _, pt := range ev.parts {
		if e := d.ents[pt.ent]; e.typ == extract.Location && e.subtype != extract.Country && moves(pt, e) {
			drop[pt.ent] = true
			if ev.loc < 0 {
				ev.loc = pt.ent
			}
		}
	}
	if len(drop) > 0 {
		ev.parts = partsWithout(ev.parts, drop)
	}
}

// annexedOrInvaded: the OCCUPY is told by "annex" or "invade" or their nouns.
func annexedOrInvaded(d *doc, ev *event) bool {
	w := d.lower[ev.trigStart]
	return strings.HasPrefix(w, "annex") || strings.HasPrefix(w, "invad") || strings.HasPrefix(w, "invasion")
}
