package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Taking control of a place (fifteenth session, state16): "Palestinians
// assumed control of Jericho", "Hamas, which seized control of Gaza three
// months ago", "rebels gained control of the town", "wrested control of
// the city from the army". CAMEO has "take control" (192) but reads
// "seized" by the head of its object, so "seized control of Gaza three
// months ago" became an arrest (the head "months" is no place), and it
// has no "assume", "gain" or "wrest" with control. The Guideline makes a
// takeover of territory an OCCUPY (the dev4 takeover reading);
// controlOfThing (event_sense_other.go) still drops control of anything
// that is no place ("took control of the company", "Reds take control").

// controlVerbs take control.
var controlVerbs = map[string]bool{
	"seize": true, "seizes": true, "seized": true, "seizing": true,
	"assume": true, "assumes": true, "assumed": true, "assuming": true,
	"gain": true, "gains": true, "gained": true, "gaining": true,
	"regain": true, "regains": true, "regained": true, "regaining": true,
	"wrest": true, "wrests": true, "wrested": true, "wresting": true,
}

// controlStarts are the words controlTaken can fire on (scanWords).
func controlStarts() []string { return wordsOf(controlVerbs) }

// controlTaken reads "<verb> [full|effective|military] control of|over" at
// i; the match spans the verb to "control", its subject the agent.
func controlTaken(d *doc, i, se int) (cameo.Match, bool) {
	if !controlVerbs[d.lower[i]] {
		return cameo.Match{}, false
	}
	k := i + 1
	for k < se && k < i+3 && (d.lower[k] == "full" || d.lower[k] == "effective" || d.lower[k] == "military" || d.lower[k] == "complete" || d.lower[k] == "total") {
		k++
	}
	if k+1 >= se || d.lower[k] != "control" || d.lower[k+1] != "of" && d.lower[k+1] != "over" {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "192", Lemma: "take control", Start: i, End: k + 1}, true
}
