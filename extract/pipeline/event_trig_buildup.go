package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// A build-up of forces told by the measure of the troops rather than the
// troops (seventeenth session): "is boosting its troop strength in
// Afghanistan", "as NATO builds up troop numbers in the south", "will
// increase patrols", "raised troop levels". CAMEO's patterns ("increase *
// TROOPS") want the plural noun as the object; news names the force by
// "troop" as a modifier of a measure noun, or by its patrols. A state
// enlarging its armed presence shows force (MILITARY_POSTURE, 154).
// Measures with no force in them ("boosted its market share", "increase
// the number of police stations") stay out: the measure noun must follow
// "troop", "military" or "force", and "patrols" must be the verb's object.

// buildupVerbs are the verb forms of enlarging something; a particle some
// need follows in buildupParticle.
var buildupVerbs = map[string]string{
	"boost": "", "boosts": "", "boosted": "", "boosting": "",
	"increase": "", "increases": "", "increased": "", "increasing": "",
	"raise": "", "raises": "", "raised": "", "raising": "",
	"double": "", "doubles": "", "doubled": "", "doubling": "",
	"bolster": "", "bolsters": "", "bolstered": "", "bolstering": "",
	"expand": "", "expands": "", "expanded": "", "expanding": "",
	"build": "up", "builds": "up", "built": "up", "building": "up",
	"beef": "up", "beefs": "up", "beefed": "up", "beefing": "up",
	"step": "up", "steps": "up", "stepped": "up", "stepping": "up",
}

// troopMeasures are the nouns that measure a force after "troop" or
// "military" ("troop strength", "military presence").
var troopMeasures = map[string]bool{
	"strength": true, "numbers": true, "levels": true, "level": true, "presence": true,
	"contingent": true, "contingents": true, "deployment": true, "deployments": true,
}

// buildupStarts are the words forcesBuiltUp can fire on (scanWords).
func buildupStarts() []string { return wordsOf(buildupVerbs) }

// forcesBuiltUp reads the verb at i as enlarging a force: its object,
// within five words, is "troop/military/force MEASURE" or "patrols".
func (p *Pipeline) forcesBuiltUp(d *doc, i, ss, se int) (cameo.Match, bool) {
	part, ok := buildupVerbs[d.lower[i]]
	if !ok {
		return cameo.Match{}, false
	}
	k := i + 1
	if part != "" {
		if k >= se || d.lower[k] != part {
			return cameo.Match{}, false
		}
		k++
	}
	if i > ss && p.cls(d, i-1)&wDet != 0 && d.mentionAt[i-1] < 0 {
		return cameo.Match{}, false // "the increase in troop levels": the noun, told as a state
	}
	for j := k; j < se && j < k+5; j++ {
		w := d.lower[j]
		if w == "patrols" && j > k-1 {
			return buildupMatch(i, j), true // "will increase patrols"
		}
		if (w == "troop" || w == "military" || w == "force") && j+1 < se && troopMeasures[d.lower[j+1]] {
			return buildupMatch(i, j+1), true // "boosting its troop strength"
		}
		switch w {
		case "its", "their", "the", "a", "an", "his", "her", "overall", "total", "number", "of", "u.s.", "american", "foreign", "nato":
			continue
		}
		if d.mentionAt[j] >= 0 && d.mentions[d.mentionAt[j]].label == "NORP" {
			continue // "its British troop contingent"
		}
		return cameo.Match{}, false
	}
	return cameo.Match{}, false
}

func buildupMatch(i, j int) cameo.Match {
	return cameo.Match{Code: "154", Lemma: buildupLemma, Start: i, End: j + 1}
}

// buildupLemma is the lemma forcesBuiltUp gives its match; the show-of-force
// filter of scanTriggers lets it through (its force is in the match).
const buildupLemma = "build up forces"
