package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A stop on a trip is a visit.
//
// The Guideline makes a political actor's stop in a place a VISIT ("made
// a scheduled stop Sunday at Singapore's Paya Lebar Air Base", "left
// Saturday for his next stop in Brazil", "after stops in Tokyo and
// Beijing", "a campaign stop in South Carolina"; the `blind3`, `dev17`
// and `dev21` readings). CAMEO has no noun "stop", whose commoner senses
// are no trip ("put a stop to", "a bus stop"); it counts only right
// before "in" or "at" and a place the text names, and not in sports news
// (a team's "stop in Cardiff"). (Fourteenth session: seven missed visits
// in six TUNE stories were told so.)

// stopNounStarts are the words stopIn can fire on (scanFamilies).
func stopNounStarts() []string { return []string{"stop", "stops"} }

// stopIn reads a trip from the noun "stop" or "stops" at i of sentence si.
func (p *Pipeline) stopIn(d *doc, i, si int) (cameo.Match, bool) {
	se := d.sents[si].End
	if d.lower[i] != "stop" && d.lower[i] != "stops" || i+2 >= se || d.lower[i+1] != "in" && d.lower[i+1] != "at" {
		return cameo.Match{}, false
	}
	if i-1 < d.sents[si].Start || d.mentionAt[i-1] < 0 && p.cls(d, i-1)&(wDet|wAdj|wNum|wNoun|wPrep) == 0 && d.lower[i-1] != "'s" {
		return cameo.Match{}, false // a noun opened by a determiner, adjective, possessor or preposition ("his next stop", "after stops in"), not the verb ("troops stop in")
	}
	mi := d.mentionAt[i+2]
	if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Location || d.mentions[mi].label == "NORP" {
		return cameo.Match{}, false
	}
	if p.sportsContext(d, si) || p.sportsStory(d, si) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "042", Lemma: "stop", Start: i, End: i + 1, Nominal: true}, true
}

// stopNoun: ev is a stop read by stopIn and k the preposition right after it.
func stopNoun(d *doc, ev *event, k int) bool {
	return ev.typ == "VISIT" && ev.nominal && k == ev.trigEnd && (d.lower[ev.trigStart] == "stop" || d.lower[ev.trigStart] == "stops")
}
