package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A trip to a place is a visit.
//
// The Guideline reads a political actor's "trip to Moscow" as a VISIT as
// it reads "visit to Moscow" ("during a trip to Moscow, which starts June
// 29", "will follow recent trips to Russia, Iran, Vietnam and Mali"; the
// `dev9`, `dev19` readings). The CAMEO lists keep "trip" out as a verb
// that is rarely one ("trip" and "tours" are marked X in derived.tsv), so
// the noun never triggers. It counts here only as a noun (after a
// determiner, adjective, possessor or number) right before "to" and a
// place the text names, and not in sports news (a team's "trip to
// Anfield"), nor told as a fixture with no traveller ("the trip to
// Murrayfield", "this weekend's trip to Ireland", which BBC sport news
// has where no sports cue is near). (Fourteenth session, visit2_15: four missed visits in two
// TUNE stories, and the lists read by event_args_visitlist.go.)

// tripStarts are the words tripTo can fire on (scanFamilies).
func tripStarts() []string { return []string{"trip", "trips"} }

// tripTo reads a visit from the noun "trip" or "trips" at i of sentence si.
func (p *Pipeline) tripTo(d *doc, i, si int) (cameo.Match, bool) {
	se := d.sents[si].End
	if d.lower[i] != "trip" && d.lower[i] != "trips" || i+2 >= se || d.lower[i+1] != "to" {
		return cameo.Match{}, false
	}
	if i-1 < d.sents[si].Start || d.mentionAt[i-1] < 0 && p.cls(d, i-1)&(wDet|wAdj|wNum|wNoun) == 0 && d.lower[i-1] != "'s" {
		return cameo.Match{}, false // a noun ("a trip", "his first trip", "recent trips"), not the verb ("trip to victory")
	}
	if w := d.lower[i-1]; w == "the" || w == "'s" && i-2 >= d.sents[si].Start && (dayName(d.lower[i-2]) || d.lower[i-2] == "weekend" || d.lower[i-2] == "week") {
		return cameo.Match{}, false // a fixture's trip, told without its traveller ("the trip to Murrayfield", "this weekend's trip to Ireland")
	}
	mi := d.mentionAt[i+2]
	if mi < 0 || d.mentions[mi].start != i+2 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Location || d.mentions[mi].label == "NORP" {
		return cameo.Match{}, false
	}
	if p.sportsContext(d, si) || p.sportsStory(d, si) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "042", Lemma: "trip", Start: i, End: i + 1, Nominal: true}, true
}
