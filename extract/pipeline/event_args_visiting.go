package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// The visiting participle.
//
// "Visiting" before a name mostly describes the visitor, not an act done to
// the one named: "a news conference with visiting Syrian President Bashar
// al-Assad", "Mr. Chirac told visiting Croatian Prime Minister Ivo
// Sanader", "Speaking in Honiara, visiting Foreign Minister Alexander
// Downer said". The Guideline makes each a VISIT of the one described, to
// the place the sentence sets the scene in, or to the host's country left
// unnamed. After a subordinator ("made the comments while visiting South
// Africa") the participle is the main subject's act and the name after it
// the place visited. (Fourteenth session: four TUNE stories lost such
// visits, read with the visitor as the one visited or the place as
// visitor, and dropped by viable:visit.)

// visitingAttributive: the trigger "visiting" at t0 describes the people
// named in obj, the phrase after it.
func (p *Pipeline) visitingAttributive(d *doc, t0, ss, se int, obj np) bool {
	if d.lower[t0] != "visiting" || len(obj.ents) == 0 {
		return false
	}
	// "a session also attended by visiting West German President Richard
	// von Weizsaecker": "by" after a participle names a passive's agent;
	// other subordinators and prepositions take a gerund ("while visiting
	// South Africa", "made a point of visiting Evans' shop")
	passiveBy := t0-2 >= ss && d.lower[t0-1] == "by" && strings.HasSuffix(d.lower[t0-2], "ed")
	if t0 > ss && !passiveBy && (afterSubordinator(d, t0, ss) || gerundPreps[d.lower[t0-1]]) {
		return false
	}
	if t0 == ss || d.lower[t0-1] == "," {
		// "..., visiting Foreign Minister Alexander Downer said": the people
		// named open the clause and its verb follows them
		return allPersons(d, obj.ents) && obj.end < se && (p.finiteLike(d, obj.end) || isBe(d.lower[obj.end]))
	}
	return p.cls(d, t0-1)&(wDet|wPrep) != 0 || d.lower[t0-1] == "with" ||
		// "Mr. Qureia asked visiting envoys Elliott Abrams and David Welch":
		// after another verb, "visiting" before people describes them
		p.finiteLike(d, t0-1) && !p.gapWord(d, t0-1) && !isBe(d.lower[t0-1]) && allPersons(d, obj.ents)
}

// sceneIn is the place an "in" phrase of tokens [ss, se) outside obj names
// ("in Tehran", "in the capital, Honiara"), or -1.
func sceneIn(d *doc, ss, se int, obj np) int {
	for j := ss; j+1 < se; j++ {
		if d.lower[j] != "in" || j >= obj.start && j < obj.end {
			continue
		}
		k := j + 1
		if k+2 < se && d.lower[k] == "the" && placeNounsCapital[d.lower[k+1]] && d.lower[k+2] == "," {
			k += 3 // "in the capital, Honiara"
		}
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Location {
			return d.mentions[mi].ent
		}
	}
	return -1
}

// gerundPreps take a gerund ("of visiting", "by visiting"), not a
// participle describing the people after it ("with visiting President X").
var gerundPreps = map[string]bool{"of": true, "by": true, "for": true, "from": true, "about": true, "without": true, "in": true, "on": true}

// placeNounsCapital are nouns an apposed place name follows ("the capital, Honiara").
var placeNounsCapital = map[string]bool{"capital": true, "city": true, "town": true, "port": true}

// placeBeforeComma is ph's entities less the people named after a comma
// that follows a place: "a visit to Ireland, U.S. Treasury Secretary John
// Snow said" ends the adverbial at the comma, and the person after it is
// the clause's subject (the visitor), not a second one visited.
func placeBeforeComma(d *doc, ph np) []int {
	comma := -1
	for k := ph.start; k < ph.end; k++ {
		if d.lower[k] == "," {
			comma = k
			break
		}
	}
	if comma <= ph.start {
		return ph.ents
	}
	mi := d.mentionAt[comma-1]
	if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Location {
		return ph.ents
	}
	after := map[int]bool{}
	for k := comma + 1; k < ph.end; k++ {
		if m := d.mentionAt[k]; m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == extract.Person {
			after[d.mentions[m].ent] = true
		}
	}
	if len(after) == 0 {
		return ph.ents
	}
	var kept []int
	for _, e := range ph.ents {
		if !after[e] {
			kept = append(kept, e)
		}
	}
	return kept
}
