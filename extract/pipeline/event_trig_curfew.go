package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Emergency rule imposed by a state (fifteenth session, state16): "the army
// imposed a curfew in the town", "King Gyanendra declared a state of
// emergency", "will maintain martial law", "renewed the state of
// emergency". The Guideline makes curfews, states of emergency and
// martial law MILITARY_POSTUREs of the one who imposes them (the dev10
// border reading, the dev26 riot reading). CAMEO's own curfew patterns
// (1723/1724) fire on the nouns with any verb ("under curfew", "lifted
// the curfew"); the thirteenth session tried them and dropped them. Here
// only a verb of imposing with the measure as its object is the event, so
// its subject is the agent, and a lifted curfew, one the state lives
// under, or an emergency declared over a flood or a storm stay out.

// emergencyLemma marks the match, which needs no troops after the verb
// (scanTriggers asks that of other postures: "stepped up efforts").
const emergencyLemma = "impose emergency rule"

// emergencyVerbs impose or keep emergency rule.
var emergencyVerbs = map[string]bool{
	"impose": true, "imposes": true, "imposed": true, "imposing": true,
	"reimpose": true, "reimposes": true, "reimposed": true, "reimposing": true,
	"declare": true, "declares": true, "declared": true, "declaring": true,
	"renew": true, "renews": true, "renewed": true, "renewing": true,
	"extend": true, "extends": true, "extended": true, "extending": true,
	"maintain": true, "maintains": true, "maintained": true, "maintaining": true,
	"enforce": true, "enforces": true, "enforced": true, "enforcing": true,
	"slap": true, "slaps": true, "slapped": true, "slapping": true,
}

// reliefEmergencies name the other disasters a state of emergency is
// declared over (TUNE: a bird-flu outbreak, a plan for a flu epidemic).
var reliefEmergencies = map[string]bool{
	"virus": true, "flu": true, "epidemic": true, "pandemic": true, "outbreak": true, "disease": true,
	"drought": true, "wildfire": true, "wildfires": true, "fires": true, "blackout": true, "blackouts": true,
	"famine": true, "heatwave": true, "snow": true, "spill": true,
}

// emergencyStarts are the words emergencyRuled can fire on (scanWords).
func emergencyStarts() []string { return wordsOf(emergencyVerbs) }

// emergencyRuled reads the verb at i as imposing a curfew, a state of
// emergency or martial law named in its object within five words ("imposed
// a 24-hour curfew", "declared a nationwide state of emergency"); the
// match spans the verb alone, so its subject is the agent.
func (p *Pipeline) emergencyRuled(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !emergencyVerbs[d.lower[i]] || i+1 >= se {
		return cameo.Match{}, false
	}
	if i > ss && (isBe(d.lower[i-1]) || d.lower[i-1] == "been") {
		return cameo.Match{}, false // "a curfew was imposed": the measure is the subject, no one named
	}
	for k := i + 1; k < se && k <= i+6; k++ {
		w := d.lower[k]
		switch {
		case w == "curfew" || w == "curfews":
		case w == "emergency" && k >= 2 && d.lower[k-1] == "of" && d.lower[k-2] == "state":
		case w == "rule" && d.lower[k-1] == "emergency":
		case w == "law" && d.lower[k-1] == "martial":
		default:
			if d.mentionAt[k] >= 0 || p.cls(d, k)&(wVerb|wPast|wPunct|wPrep|wPron) != 0 && w != "of" && w != "state" {
				return cameo.Match{}, false // "extended its lead", "declared that": another object
			}
			continue
		}
		if naturalDisaster(d, ss, se) || anyWord(d, reliefEmergencies, ss, se) {
			return cameo.Match{}, false // "declared a state of emergency after the floods", "after the virus was detected": relief, no show of force
		}
		return cameo.Match{Code: "150", Lemma: emergencyLemma, Start: i, End: i + 1}, true
	}
	return cameo.Match{}, false
}
