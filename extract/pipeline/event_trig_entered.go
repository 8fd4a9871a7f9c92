package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Forces entering a country (fourteenth session): "Ethiopian troops
// entered Somalia two years ago", "since they entered Lebanon nearly three
// decades ago". CAMEO has no pattern for "enter"; the guideline reads
// armed forces going into another country as occupying it (OCCUPY, 192).
// Only a country named right after the verb makes one: forces entering a
// town or a building ("Israeli forces entered the town of Nablus",
// "entered the Golden Temple") raid it, and companies "entered into a
// merger agreement".

// forcesEntered reads an entry into a country at the verb at i.
func (p *Pipeline) forcesEntered(d *doc, i, ss, se int) (cameo.Match, bool) {
	if d.lower[i] != "entered" || i+1 >= se {
		return cameo.Match{}, false
	}
	mi := d.mentionAt[i+1]
	if mi < 0 {
		return cameo.Match{}, false
	}
	mt := d.mentions[mi]
	if mt.ent < 0 || mt.label == "NORP" || d.ents[mt.ent].typ != extract.Location || d.ents[mt.ent].subtype != extract.Country {
		return cameo.Match{}, false // "entered Finnish airspace", "entered Nablus"
	}
	if forcesBefore(d, i, ss) < 0 && !(i > ss && (d.lower[i-1] == "they" && p.forcesInStory(d, i))) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "192", Lemma: "enter", Start: i, End: i + 1}, true
}

// forcesInStory: a force noun stands in the sentence before "they" at i
// ("eight-thousand troops, the lowest level since they entered").
func (p *Pipeline) forcesInStory(d *doc, i int) bool {
	ss := d.sents[d.sentOf[i]].Start
	for k := ss; k < i; k++ {
		if postedForces[d.lower[k]] {
			return true
		}
	}
	return false
}

// enteredArgs gives "they entered Lebanon" its AGENT: the one people's or
// country's name the sentence gives before "they" ("the Syrian military
// presence ... since they entered Lebanon"), other than the country entered.
func enteredArgs(d *doc, ev *event, m cameo.Match, ss int) {
	if hasRole(ev, agent) || m.Start == ss || d.lower[m.Start-1] != "they" {
		return
	}
	owner := -1
	for _, mt := range d.mentionsIn(ss, m.Start-1) {
		if mt.ent < 0 || hasPart(ev, mt.ent) || !(mt.label == "NORP" || d.ents[mt.ent].typ == extract.Location && d.ents[mt.ent].subtype == extract.Country) {
			continue
		}
		if owner >= 0 && owner != mt.ent {
			return // two sides named: which entered is not told
		}
		owner = mt.ent
	}
	if owner >= 0 {
		ev.addPart(owner, agent)
	}
}
