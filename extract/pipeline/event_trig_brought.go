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

// bringStarts are the words personBroughtToPower can fire on (scanWords).
func bringStarts() []string { return wordsOf(powerBringers) }

// personBroughtToPower reads the verb at i as an APPOINTMENT when a person
// (a name, with its title, or "him"/"her") is its object and "to/in/into
// power" follows: the match is the verb alone, so its subject is the AGENT
// and the person the PATIENT. An election that brought the person to power
// is left to the election, which takes the person as its winner
// (broughtToPower, event_args_topower.go): the labels have no appointment
// beside it.
func (p *Pipeline) personBroughtToPower(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !powerBringers[d.lower[i]] {
		return cameo.Match{}, false
	}
	for k := i - 1; k >= ss && k >= i-3; k-- {
		if electionNouns[d.lower[k]] {
			return cameo.Match{}, false // "the elections that brought her to power"
		}
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
