package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The place a visit is told in.
//
// A visit needs its visitor and the place visited (viable:visit), and the
// argument reader takes the place only from the trigger's object or "to"
// phrase. News often names the place in an "in" phrase instead: "while he
// is traveling in South Asia", "are to attend the events in Moscow", "will
// be in India over the weekend on a private visit". sceneVisits gives a
// VISIT read with a person as visitor and no place the place of such a
// phrase: right after the trigger, or after its object of a few words
// with no verb between ("attend the events in Moscow"); or, for a visit
// noun, after a "be" shortly before it ("will be in India ... on a
// visit"). Left alone: a place further off in the sentence ("a bombing in
// Rangoon ... during a visit by" is the scene of the bombing), a visitor
// that is a country or people read from an adjective ("Americans
// traveling in Burma"), and travel told as the setting of what befell the
// traveller ("was traveling in South Waziristan when his vehicle was
// ambushed"). (Fifteenth session, visit16: the guard audit showed 57
// VISITs with a visitor and no place dropped by viable:visit.) A visit to
// a place left unnamed ("arrived in the region", "visited towns") is kept
// with its visitor alone (unnamedVisited), as "visited the hospital".

// unnamedVisited: the trigger of ev is followed by a place the text does
// not name: "arrived in the region", "a visit to the region by", "visited
// towns in some of the hardest hit areas". The Guideline keeps such a
// visit with its visitor alone, as "visited the hospital" (placeVisited).
func unnamedVisited(d *doc, ev *event, se int) bool {
	k := ev.trigEnd
	if k+2 < se && (d.lower[k] == "to" || d.lower[k] == "in") && d.lower[k+1] == "the" && regionNouns[d.lower[k+2]] {
		return true
	}
	return !ev.nominal && k < se && unnamedPlaces[d.lower[k]]
}

// regionNouns name a region left unnamed ("arrived in the region").
var regionNouns = map[string]bool{"region": true, "area": true}

// unnamedPlaces are bare plural objects of a visit that are places
// ("visited towns in", "toured villages").
var unnamedPlaces = map[string]bool{"towns": true, "villages": true, "cities": true, "camps": true, "areas": true}

// sceneVisits fills the place of every kept VISIT that has a person as
// visitor and no place, from an "in" phrase at its trigger.
func (p *Pipeline) sceneVisits(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "VISIT" || !personAgent(d, ev) || hasRole(ev, patient) || ev.placeVisited || ev.sentence < 0 || ev.sentence >= len(d.sents) {
			continue
		}
		s := d.sents[ev.sentence]
		if e := p.sceneAtTrigger(d, ev, s.Start, s.End); e >= 0 && !hasPart(ev, e) {
			ev.parts = append(ev.parts, part{ent: e, role: patient})
		} else if e < 0 && unnamedVisited(d, ev, s.End) {
			ev.placeVisited = true
		}
	}
}

// personAgent: some AGENT of ev is a person.
func personAgent(d *doc, ev *event) bool {
	for _, pt := range ev.parts {
		if pt.role == agent && d.ents[pt.ent].typ == extract.Person {
			return true
		}
	}
	return false
}

// sceneAtTrigger: the place of an "in" phrase at ev's trigger in tokens
// [ss, se), or -1.
func (p *Pipeline) sceneAtTrigger(d *doc, ev *event, ss, se int) int {
	// after the trigger, through an object of at most four words with no
	// verb, name or punctuation ("traveling in", "attend the events in")
	for k := ev.trigEnd; k < se && k < ev.trigEnd+5; k++ {
		if d.lower[k] == "in" {
			if p.settingClause(d, k, se) {
				return -1
			}
			return placeAt(d, k+1, se)
		}
		c := p.cls(d, k)
		if d.mentionAt[k] >= 0 || c&(wNoun|wAdj|wDet) == 0 || c&(wVerb|wPast|wPunct|wConj|wPron|wModal) != 0 && c&wNoun == 0 {
			break
		}
	}
	if !ev.nominal {
		return -1
	}
	// "will be in India over the weekend on a private visit": a "be" then
	// "in" a few words before the visit noun, no comma or verb between
	for j := ev.trigStart - 1; j > ss && j >= ev.trigStart-10; j-- {
		if d.lower[j] == "," || d.lower[j] == "that" {
			return -1
		}
		if d.lower[j] == "in" && isBe(d.lower[j-1]) {
			if j-2 >= ss && wishModals[d.lower[j-2]] {
				return -1 // "should be in Lima on a visit at a nearby date": wished, not told
			}
			return placeAt(d, j+1, se)
		}
	}
	return -1
}

// settingClause: the "in" phrase at k is followed in its clause by "when"
// (or "as") opening what befell the traveller: "was traveling in South
// Waziristan Sunday when his vehicle was ambushed".
func (p *Pipeline) settingClause(d *doc, k, se int) bool {
	for j := k + 1; j < se && j < k+8; j++ {
		switch d.lower[j] {
		case "when":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// wishModals make "be in X on a visit" a wish or a guess, not a trip told.
var wishModals = map[string]bool{"should": true, "could": true, "may": true, "might": true, "would": true, "must": true}
