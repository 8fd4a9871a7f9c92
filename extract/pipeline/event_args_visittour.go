package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The place a visit noun names.
//
// A place named in the phrase of a visit noun is the place visited, not a
// visitor: "a week-long tour of the United States", "a tour of three
// Persian Gulf nations", "his Mideast tour", "a Gulf tour". The argument
// reader takes "of" after an event noun, and a name before it, for its
// doer ("a visit of President Hu", "the Chinese delegation's visit"),
// which is right for people but not for places. tourPlaces moves a
// location read as a VISIT noun's AGENT to PATIENT when it opens right
// after "of" (through a determiner, number or adjective), with the rest of
// a list it opens ("a tour of the Gulf and the Middle East"), or stands right
// before the noun as its modifier. A people's adjective ("the Chinese
// visit") is no place (placeAt), nor one before another noun ("the arrival of a U.S. naval
// frigate"), and a possessive ("China's visit") no
// modifier. (Fifteenth session, visit16: the guard audit showed tours
// whose places were read as visitors in 5 TUNE stories.)

// tourPlaces re-roles the places of visit nouns read as their visitors.
func (p *Pipeline) tourPlaces(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "VISIT" || !ev.nominal || !tourNouns[d.lower[ev.trigEnd-1]] || ev.sentence < 0 || ev.sentence >= len(d.sents) {
			continue
		}
		se := d.sents[ev.sentence].End
		var places []int
		if e := p.placeOfNoun(d, ev.trigEnd, se); e >= 0 {
			// "a tour of Europe and Japan": every place of the list
			places = append(append(places, e), placeListWith(d, []int{e}, ev.trigEnd, se)...)
		}
		if e := placeModifier(d, ev.trigStart, d.sents[ev.sentence].Start); e >= 0 {
			places = append(places, e)
		}
		for i := range ev.parts {
			if ev.parts[i].role == agent && isPlace(places, ev.parts[i].ent) {
				ev.parts[i].role = patient
			}
		}
	}
}

// placeOfNoun: the place opening an "of" phrase at k ("of the United
// States", "of three Persian Gulf nations"), or -1.
func (p *Pipeline) placeOfNoun(d *doc, k, se int) int {
	if k >= se || d.lower[k] != "of" {
		return -1
	}
	for j := k + 1; j < se && j < k+4; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			// the place heads its phrase ("three Persian Gulf nations"), not
			// "the arrival of a U.S. naval frigate"
			if e := d.mentions[mi].end; e < se && p.cls(d, e)&wNoun != 0 && !placePluralNouns[d.lower[e]] {
				return -1
			}
			return placeAt(d, j, se)
		}
		if p.cls(d, j)&(wDet|wNum|wAdj) == 0 {
			return -1
		}
	}
	return -1
}

// placeModifier: the place whose name ends right before the visit noun at
// t0 ("his Mideast tour"), or -1; not a possessive.
func placeModifier(d *doc, t0, ss int) int {
	if t0-1 < ss {
		return -1
	}
	mi := d.mentionAt[t0-1]
	if mi < 0 {
		return -1
	}
	m := d.mentions[mi]
	if m.end != t0 || m.ent < 0 || m.label == "NORP" || d.ents[m.ent].typ != extract.Location {
		return -1
	}
	return m.ent
}

// tourNouns are the nouns of a trip made to places ("the arrival of a
// frigate" names who came, not where).
var tourNouns = map[string]bool{"tour": true, "tours": true, "trip": true, "trips": true, "visit": true, "visits": true, "journey": true}

// placePluralNouns are the plural nouns a place name may modify and still name
// the places ("three Persian Gulf nations", "the Baltic states").
var placePluralNouns = map[string]bool{"nations": true, "countries": true, "states": true, "region": true, "cities": true, "capitals": true, "islands": true}
