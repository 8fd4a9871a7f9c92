package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A leg of a tour told by its motion: a stop, a way, a flight back.
//
// The Guideline makes each stop on a trip and a scheduled return a VISIT
// (the `blind3` stop and `dev6` return readings): "Ms. Rice will stop in
// El Salvador on the final leg of her trip, before flying back to
// Washington" (two VISITs), "President Bush is on his way to Mar Del
// Plata, Argentina". CAMEO has neither the verb "stop" nor "on one's way
// to" nor "fly", and their commoner senses are no trip ("will stop
// fighting", "on its way to recovery", "prices flew"), so each counts only
// right before the preposition and a place the text names: "stop in" or
// "stop at" after "will", "would" or "to" (stopIn reads the noun); "on
// his way to" or "on her way back to"; "flew", "flying" (back) "to". A
// team's leg of a tour is no visit (sportsContext). Added in the
// eighteenth session (helper abroad19).

// legForms are the words tourLeg fires on (scanFamilies).
var legForms = map[string]bool{
	"stop": true, "way": true, "fly": true, "flies": true, "flew": true, "flying": true, "flown": true,
}

// legStarts are the words tourLeg can fire on (scanFamilies).
func legStarts() []string { return wordsOf(legForms) }

// tourLeg reads a trip from a stop, a way or a flight at i of sentence si.
func (p *Pipeline) tourLeg(d *doc, i, si int) (cameo.Match, bool) {
	if legPlace(d, i, d.sents[si].Start, d.sents[si].End) < 0 || p.sportsContext(d, si) || p.sportsStory(d, si) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "042", Lemma: legLemma, Start: i, End: i + 1}, true
}

// legLemma marks a trip read by tourLeg (legParts).
const legLemma = "tour leg"

// legPlace is the place a stop, a way or a flight at i goes to, or -1.
func legPlace(d *doc, i, ss, se int) int {
	if !legForms[d.lower[i]] || d.mentionAt[i] >= 0 || i-1 < ss || i+2 >= se {
		return -1
	}
	k := -1 // the preposition before the place
	switch w := d.lower[i]; {
	case w == "stop":
		switch d.lower[i-1] {
		case "will", "would", "to", "also":
			if d.lower[i+1] == "in" || d.lower[i+1] == "at" {
				k = i + 1 // "will stop in El Salvador" (not "will stop fighting")
			}
		}
	case w == "way":
		switch d.lower[i-1] {
		case "his", "her", "their":
			if i-2 >= ss && d.lower[i-2] == "on" {
				k = i + 1 // "on his way to Mar Del Plata"
			}
		}
	default:
		for j := i - 1; j >= ss && j >= i-6; j-- {
			if aircraftWords[d.lower[j]] {
				return -1 // "South African Airways, which currently flies to Australia": a route, not a trip
			}
		}
		k = i + 1 // "flying back to Washington", "flew to Beijing"
	}
	if k < 0 {
		return -1
	}
	if d.lower[k] == "back" && d.lower[i] != "stop" {
		k++
	}
	if k+1 >= se || d.lower[i] != "stop" && d.lower[k] != "to" {
		return -1
	}
	j := k + 1
	if j+1 < se && d.lower[j] == "the" {
		j++
	}
	e := placeAt(d, j, se)
	if e < 0 || worldRegions[strings.ToLower(d.ents[e].name)] {
		return -1 // a region ("on his way to Europe"): the leg's stops are named apart
	}
	return e
}

// worldRegions are places no leg of a trip ends in: a continent or a
// region of several states, whose stops the story names apart.
var worldRegions = map[string]bool{
	"europe": true, "asia": true, "africa": true, "latin america": true, "south america": true,
	"north america": true, "central america": true, "middle east": true, "east asia": true,
	"southeast asia": true, "south asia": true, "central asia": true, "gulf": true, "caribbean": true,
	"west africa": true, "east africa": true, "balkans": true, "western europe": true, "eastern europe": true,
}

// legParts gives a leg read by tourLeg its place, the one after the
// preposition (which the argument reader takes only after "arrived").
func legParts(d *doc, ev *event, ss, se int) {
	if ev.typ != "VISIT" || ev.nominal || ev.trigEnd != ev.trigStart+1 {
		return
	}
	e := legPlace(d, ev.trigStart, ss, se)
	if e < 0 || hasPart(ev, e) {
		return
	}
	ev.setPatient(e)
}

// aircraftWords tell a flight of a carrier or a craft, not a person's trip.
var aircraftWords = map[string]bool{
	"airways": true, "airlines": true, "airline": true, "carrier": true, "jet": true, "jets": true,
	"aircraft": true, "plane": true, "planes": true, "helicopter": true, "helicopters": true, "flights": true,
}
