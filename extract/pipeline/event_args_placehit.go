package pipeline

import "strings"

// A town, region or landmark an attack hit is where it happened, not who
// suffered or did it (sixteenth session, atkpart17).
//
// The Guideline names places as an event's location, not its participants,
// and the labels keep a country attacked as a PATIENT ("air strikes on
// Lebanon") but not a city, a district or a site: "the Japanese attack on
// Pearl Harbor" is Japan's on the U.S., "bombings south of Kirkuk" and "a
// shooting near Kissufin" name no victim by their places. The object and
// "on"/"at" readers make any such name a side. townsTaken does this for
// OCCUPY; here an ATTACK's location names that are no country leave its
// sides for its place. A place kept as a side by a rule that reads its
// owner (placeStruck's "a U.S. base") is a country or a body, not a town.

// namesPeople: some mention of the location entity e is a people's name
// the tagger took for a place ("the slaughter of Tutsis", "Tuareg
// tribesmen").
func namesPeople(d *doc, e *entity) bool {
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		if m.label == "NORP" || m.end-m.start == 1 && peopleWord(d.words[m.start]) {
			return true
		}
		if peopleHead(d.lower[m.end-1]) {
			return true // "Iranian Revolutionary Guards": a force's own name
		}
		if m.end < len(d.lower) && d.mentionAt[m.end] < 0 && peopleHead(d.lower[m.end]) {
			return true // "clashed with Tuareg tribesmen", "besieged by Amal militia": a people's or a force's name on its men
		}
	}
	return false
}

// peopleHead: w names people or a force ("tribesmen", "militia", "guards").
func peopleHead(w string) bool {
	return personNouns[w] || peopleNouns[w] || takenPeople[w] || forceNouns[w] || fighterNouns[w] || strings.HasSuffix(w, "men") || w == "guards" || w == "militia"
}

// placesHit moves each ATTACK's non-country location participants to its
// place, when the event keeps another side or the place is all it names.
func placesHit(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "ATTACK" {
			continue
		}
		placesToLoc(d, ev, func(_ part, e *entity) bool { return !namesPeople(d, e) })
	}
}
