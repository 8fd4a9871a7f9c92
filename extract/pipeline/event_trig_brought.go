package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Bringing a person to power (sixteenth session, trig2_17): "the revolution
// that brought Mr. Yushchenko to power", "the military coup that put him in
// power", "the vote that swept her into power". The Guideline's APPOINTMENT
// is the start of an office however it is told; the lexicon reads "brought"
// and "put" as no event, and powerTaken (event_trig_power.go) reads only
// the intransitive "came to power", whose subject is the one in office. Here
// the person is the object, between the verb and "power": the sense guard
// is that very frame (a person, then to/in/into, then "power"), so "brought
// power to the villages" or "put pressure on him" stay out.

// bringForms are the verbs that put someone else in power, with the
// prepositions each takes before "power".
var bringForms = map[string]bool{
	"bring": true, "brings": true, "brought": true, "bringing": true,
	"put": true, "puts": true, "putting": true,
	"sweep": true, "sweeps": true, "swept": true, "sweeping": true,
	"return": true, "returns": true, "returned": true, "returning": true,
}

// bringStarts are the words broughtToPower can fire on (scanWords).
func bringStarts() []string { return wordsOf(bringForms) }

// broughtToPower reads the verb at i as an APPOINTMENT when a person (a
// name, with its title, or "him"/"her") is its object and "to/in/into
// power" follows: the match is the verb alone, so its subject is the AGENT
// and the person the PATIENT.
func (p *Pipeline) broughtToPower(d *doc, i, se int) (cameo.Match, bool) {
	if !bringForms[d.lower[i]] {
		return cameo.Match{}, false
	}
	k := i + 1
	for k < se && k <= i+2 && d.mentionAt[k] < 0 && titleWord(d.lower[k]) {
		k++ // "brought Mr. Yushchenko"
	}
	if k >= se {
		return cameo.Match{}, false
	}
	e := k + 1
	if mi := d.mentionAt[k]; mi >= 0 {
		if d.mentions[mi].label != "PER" {
			return cameo.Match{}, false // "brought Hamas to power": a party is no office holder
		}
		e = d.mentions[mi].end
	} else if w := d.lower[k]; w != "him" && w != "her" {
		return cameo.Match{}, false
	}
	if e+1 >= se || d.lower[e+1] != "power" {
		return cameo.Match{}, false
	}
	switch d.lower[e] {
	case "to", "in", "into":
		return cameo.Match{Code: cameo.CodeAppoint, Lemma: "appoint", Start: i, End: i + 1}, true
	}
	return cameo.Match{}, false
}
