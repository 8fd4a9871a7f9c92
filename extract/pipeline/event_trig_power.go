package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Coming to power or office told by a verb of motion or of taking, with
// "power" or "office" as its goal or object: "seized power in a 1969
// coup", "claimed power through a bloody coup", "came to office in 1999",
// "stepped into office in February", "returned to power". The labelling
// guideline (testdata/events/README.md, the dev10 coup reading) makes
// each an APPOINTMENT of the one who comes to power (a coup is also an
// ATTACK, told by its own noun). CAMEO reads these verbs as seizing
// things, consulting ("come to") or returning; officeEntered
// (event_trig_office.go) reads "took office" and "became prime minister"
// and leaves "power" out, and the trigger scan dropped "seized power" and
// "took power" as no attack. Added in the twelfth session (trig13).

// powerVerbs take "power" (or "office") as their object.
var powerVerbs = map[string]bool{
	"seize": true, "seizes": true, "seized": true, "seizing": true,
	"claim": true, "claims": true, "claimed": true, "claiming": true,
	"grab": true, "grabs": true, "grabbed": true, "grabbing": true,
	"take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"assume": true, "assumes": true, "assumed": true, "assuming": true,
}

// powerMotions reach power or office by the preposition after them.
var powerMotions = map[string]string{
	"come": "to", "comes": "to", "came": "to", "coming": "to",
	"return": "to", "returns": "to", "returned": "to", "returning": "to",
	"sweep": "to", "sweeps": "to", "swept": "to", "sweeping": "to",
	"rise": "to", "rises": "to", "rose": "to", "risen": "to",
	"step": "into", "steps": "into", "stepped": "into", "stepping": "into",
}

// powerStarts are the words powerTaken can fire on (scanWords asks for
// them once per word: the checker runs for no other).
func powerStarts() []string { return append(wordsOf(powerVerbs), wordsOf(powerMotions)...) }

// powerTaken reads coming to power from the verb at i: the match spans the
// verb to "power" or "office", and its subject is the PATIENT (Reverse, as
// officeEntered).
func (p *Pipeline) powerTaken(d *doc, i, se int) (cameo.Match, bool) {
	w := d.lower[i]
	j := i + 1
	if j < se && d.lower[j] == "back" {
		j++ // "came back to power"
	}
	switch {
	case powerVerbs[w]:
		if j < se && (d.lower[j] == "absolute" || d.lower[j] == "full") {
			j++ // "seized absolute power"
		}
		if j >= se || d.lower[j] != "power" {
			return cameo.Match{}, false // ("took office" is officeEntered's)
		}
	case powerMotions[w] != "":
		if j+1 >= se || d.lower[j] != powerMotions[w] || d.lower[j+1] != "power" && d.lower[j+1] != "office" {
			return cameo.Match{}, false
		}
		j++
	default:
		return cameo.Match{}, false
	}
	if j+1 < se && (d.lower[j+1] == "plant" || d.lower[j+1] == "plants" || d.lower[j+1] == "station" || d.lower[j+1] == "supply" ||
		d.lower[j+1] == "lines" || d.lower[j+1] == "grid" || d.lower[j+1] == "building" || d.lower[j+1] == "buildings") {
		return cameo.Match{}, false // "seized the power plant", "came to office buildings": things, not rule
	}
	return cameo.Match{Code: cameo.CodeAppoint, Lemma: "take power", Start: i, End: j + 1, Reverse: true}, true
}
