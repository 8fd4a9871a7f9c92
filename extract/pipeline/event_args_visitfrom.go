package pipeline

// The place a visitor comes back from.
//
// A visit needs its visitor and the place visited (viable:visit). News
// often tells the visit only by the return: "Lieberman, who just returned
// from a trip to Iraq", "envoy Konstantin Pulikovsky just returned from
// North Korea's anniversary celebrations". The place after "returned
// from" (or after "a trip to", "a visit to", "a tour of" there) is the
// place visited. Not "returned from exile" (no place named) nor "arrived
// from Kuwait" (troops come from a base more often than a visit).
// ("Traveling in" a region was tried and left out: a local leader
// "was traveling in South Waziristan when his vehicle was ambushed" makes
// no visit.) (Thirteenth session: the guard audit found viable:visit
// removing such visits, read without their place.)

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// returnedFromPlace: ev is a verb of returning and k is the "from" right
// after it; it returns the place named after "from" (through "a trip
// to"), or -1.
func returnedFromPlace(d *doc, ev *event, k, se int) int {
	if ev.typ != "VISIT" || ev.nominal || k != ev.trigEnd || !strings.HasPrefix(d.lower[ev.trigStart], "return") || d.lower[k] != "from" {
		return -1
	}
	j := k + 1
	if j+2 < se && (d.lower[j] == "a" || d.lower[j] == "his" || d.lower[j] == "her" || d.lower[j] == "their") &&
		(d.lower[j+1] == "trip" || d.lower[j+1] == "visit" || d.lower[j+1] == "tour") && (d.lower[j+2] == "to" || d.lower[j+2] == "of") {
		j += 3 // "returned from a trip to Iraq"
	}
	return placeAt(d, j, se)
}

// placeAt: the place (a location's mention, not a people's name) that
// opens at j, or -1.
func placeAt(d *doc, j, se int) int {
	if j >= se {
		return -1
	}
	mi := d.mentionAt[j]
	if mi < 0 {
		return -1
	}
	m := d.mentions[mi]
	if m.start != j || m.ent < 0 || d.ents[m.ent].typ != extract.Location || m.label == "NORP" {
		return -1
	}
	return m.ent
}
