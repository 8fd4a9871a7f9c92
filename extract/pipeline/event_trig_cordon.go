package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Closing off a place by force (fifteenth session, state16): "U.N. troops
// blocked off the streets surrounding the prison", "soldiers cut off the
// roads leading to the village", "French police strengthened their
// cordon" (not read), "Chinese authorities block access to schools",
// "troops sealed off the town". The Guideline makes sealing off a city a
// MILITARY_POSTURE (the dev8 "sealed off" reading, CAMEO 15 force
// posture); borderObject reads a border closed. Here a verb of closing
// off with a street, road, town or place as its object is the posture of
// its subject; "blocked the bill", "cut off the power", "closed the
// deal" name no place, and a passive ("roads were blocked") no one.

// cordonLemma marks the match, which needs no troops after the verb.
const cordonLemma = "seal off"

// cordonVerbs close a place off; the value says "off" must follow.
var cordonVerbs = map[string]bool{
	"seal": false, "seals": false, "sealed": false, "sealing": false,
	"block": false, "blocks": false, "blocked": false, "blocking": false,
	"cordon": false, "cordons": false, "cordoned": false, "cordoning": false,
	"cut": true, "cuts": true, "cutting": true,
	"close": true, "closes": true, "closed": true, "closing": true,
}

// cordonedPlaces are the objects that make the closing a show of force.
var cordonedPlaces = map[string]bool{
	"road": true, "roads": true, "street": true, "streets": true, "highway": true, "highways": true,
	"area": true, "areas": true, "town": true, "city": true, "village": true, "villages": true,
	"district": true, "neighborhood": true, "neighbourhood": true, "bridge": true, "bridges": true,
	"square": true, "entrances": true, "access": true, "crossing": true, "crossings": true,
	"border": true, "camp": true, "compound": true, "region": true, "capital": true,
	"airspace": true, "route": true, "routes": true,
}

// civilianBlockers close roads in protest, not as a state's force.
var civilianBlockers = map[string]bool{
	"farmers": true, "protesters": true, "protestors": true, "demonstrators": true, "strikers": true,
	"truckers": true, "drivers": true, "workers": true, "residents": true, "villagers": true,
	"students": true, "activists": true, "fishermen": true, "miners": true, "supporters": true,
}

// cordonStarts are the words placeCordoned can fire on (scanWords): every
// key of cordonVerbs, whatever its value.
func cordonStarts() []string { return wordsOf(cordonVerbs) }

// placeCordoned reads the verb at i as closing off a place named in its
// object within five words; the match spans the verb alone.
func (p *Pipeline) placeCordoned(d *doc, i, ss, se int) (cameo.Match, bool) {
	needOff, ok := cordonVerbs[d.lower[i]]
	if !ok || i+1 >= se {
		return cameo.Match{}, false
	}
	if i > ss && (isBe(d.lower[i-1]) || d.lower[i-1] == "been" || p.cls(d, i-1)&wDet != 0) {
		return cameo.Match{}, false // "the roads were blocked", "a road block": no one acts
	}
	k := i + 1
	passage := false
	if d.lower[k] == "off" {
		k++
	} else if needOff {
		if passage = closedPassageAfter(d, k, se); !passage {
			return cameo.Match{}, false // "cut taxes", "closed the deal"
		}
	}
	if k >= se || d.mentionAt[k] < 0 && p.cls(d, k)&(wDet|wNum) == 0 && d.lower[k] != "access" && d.lower[k] != "all" &&
		(d.lower[k-1] != "off" || !cordonedPlaces[d.lower[k]]) {
		return cameo.Match{}, false // "the Gebang block contract area": the noun; "sealed off streets" (eighteenth session) is the verb
	}
	for b := i - 1; b >= ss && b >= i-12 && d.lower[b] != ";" && d.lower[b] != ","; b-- {
		if civilianBlockers[d.lower[b]] {
			return cameo.Match{}, false // "farmers took their tractors to the roads and blocked a border crossing": a protest, no state's force
		}
	}
	for ; k < se && k <= i+6; k++ {
		w := d.lower[k]
		if cordonedPlaces[w] && (!passage || closedPassages[w]) {
			return cameo.Match{Code: "150", Lemma: cordonLemma, Start: i, End: i + 1}, true
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			if e := d.mentions[mi].ent; e >= 0 && d.ents[e].typ == extract.Location {
				continue // "sealed off the West Bank town of Nablus"
			}
			return cameo.Match{}, false
		}
		if p.cls(d, k)&(wVerb|wPast|wPunct|wPrep|wPron) != 0 && p.cls(d, k)&wNoun == 0 {
			return cameo.Match{}, false
		}
	}
	return cameo.Match{}, false
}

// closedPassages are the ways across a frontier a state closes without
// "off" (seventeenth session): "Israel closed the crossings after a rocket
// attack", "Pakistan has closed the main supply route in the Khyber Pass".
// A state shutting a frontier's passages shows force, as closing its
// border does (borderObject); "closed the deal", "closed the factory" and
// "closed the road for repairs" name none of them.
var closedPassages = map[string]bool{
	"crossing": true, "crossings": true, "airspace": true, "route": true, "routes": true,
}

// closedPassageAfter: the object after k, within five words and before
// any preposition or punctuation, is a frontier's passage; "route" counts
// only as a "supply route".
func closedPassageAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+5; j++ {
		w := d.lower[j]
		if closedPassages[w] {
			return w != "route" && w != "routes" || d.lower[j-1] == "supply"
		}
		switch w {
		case ",", ".", ";", "to", "for", "in", "on", "at", "of", "with", "after", "and":
			return false
		}
	}
	return false
}
