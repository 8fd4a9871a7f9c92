package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Forces ringing a place and security imposed on one (eighteenth session,
// sanction19). The Guideline files "imposed tight security" and a city
// "sealed off" as MILITARY_POSTURE (CAMEO 15, force posture; the dev8 and
// dev36 readings); news tells the same show of force with other verbs:
// "police encircled the Old City", "troops have surrounded the
// residence", "authorities imposed tight security around the capital",
// "officials mounted an unprecedented level of security", "the army is
// imposing a closure on the West Bank". The lexicon reads "encircled" as
// an ATTACK, "surrounded" as a posture only with troops after it, and the
// rest as no event. The ring is read only where the lexicon made it an
// ATTACK: read as a new event too, it added one false posture on CHECK
// for two right ones on TUNE. A ring round a place is a posture
// only when a force stands before the verb in its clause and a place is
// its object ("surrounded by hills", "questions surrounding the deal",
// "rebels surrounded the soldiers" stay out); security is a posture only
// as the object of a verb of imposing, not "the security council" or "the
// security of its network".

// surroundLemma marks the match, which needs no troops after the verb;
// the lexicon's own "surround" lemma keeps that guard.
const surroundLemma = "ring a place"

// surroundForms ring a place; "surrounding" is left out: it is mostly the
// adjective ("the surrounding streets", "the streets surrounding the jail").
var surroundForms = map[string]bool{
	"surround": true, "surrounds": true, "surrounded": true,
	"encircle": true, "encircles": true, "encircled": true, "encircling": true,
}

// ringForces are the heads of a state's force that ring a place.
var ringForces = map[string]bool{
	"police": true, "policemen": true, "troops": true, "soldiers": true, "forces": true, "army": true,
	"military": true, "tanks": true, "peacekeepers": true, "marines": true, "commandos": true, "officers": true,
}

// ringedPlaces are the places besides cordonedPlaces a force rings; a
// house or a building ringed is a raid on the people inside ("soldiers
// surrounded a house where the militants were holed up"), not a posture.
var ringedPlaces = map[string]bool{
	"residence": true, "headquarters": true, "mosque": true, "church": true, "temple": true,
	"parliament": true, "embassy": true, "palace": true, "prison": true, "jail": true, "university": true,
	"campus": true, "stadium": true, "port": true, "airport": true,
}

// securityVerbs impose security on a place.
var securityVerbs = map[string]bool{
	"impose": true, "imposes": true, "imposed": true, "imposing": true,
	"mount": true, "mounts": true, "mounted": true, "mounting": true,
	"tighten": true, "tightens": true, "tightened": true, "tightening": true,
	"heighten": true, "heightens": true, "heightened": true, "heightening": true,
}

// securityAfter may follow the noun "security" when it is the measure
// itself ("tight security in and around Baghdad", "security measures");
// any other word makes it a modifier ("security council", "security
// forces") or the security of something.
var securityAfter = map[string]bool{
	"": true, ",": true, ".": true, ";": true, "in": true, "around": true, "at": true, "for": true,
	"near": true, "across": true, "along": true, "throughout": true, "ahead": true, "on": true,
	"after": true, "before": true, "during": true, "measures": true, "arrangements": true,
	"operation": true, "operations": true, "and": true, "over": true, "since": true, "following": true,
}

// surroundStarts are the words placeSurrounded and securityImposed fire on
// (scanWords).
func surroundStarts() []string {
	return append(wordsOf(surroundForms), wordsOf(securityVerbs)...)
}

// placeSurrounded reads the verb at i as a force ringing a place: a force
// word before it in its clause, a place (a listed noun or a location's
// name) its object within five words. The match spans the verb alone.
func (p *Pipeline) placeSurrounded(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !surroundForms[d.lower[i]] || i+1 >= se || d.lower[i+1] == "by" {
		return cameo.Match{}, false // "surrounded by hills": no one acts
	}
	if i > ss && (isBe(d.lower[i-1]) || d.lower[i-1] == "been") {
		return cameo.Match{}, false // "the town was surrounded": no one named
	}
	force := false
	for b := i - 1; b >= ss && b >= i-10; b-- {
		w := d.lower[b]
		if w == "," || w == ";" || w == "that" || w == "which" {
			break
		}
		if ringForces[w] {
			force = true
			break
		}
	}
	if !force {
		return cameo.Match{}, false // "hills surround the city", "rebels encircled the garrison"
	}
	for k := i + 1; k < se && k <= i+6; k++ {
		w := d.lower[k]
		if cordonedPlaces[w] || ringedPlaces[w] {
			return cameo.Match{Code: "150", Lemma: surroundLemma, Start: i, End: i + 1}, true
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			if e := d.mentions[mi].ent; e >= 0 && d.ents[e].typ == extract.Location && d.mentions[mi].label != "NORP" {
				return cameo.Match{Code: "150", Lemma: surroundLemma, Start: i, End: i + 1}, true // "encircled Jerusalem's Old City"
			}
			return cameo.Match{}, false // "surrounded the rebels' leader", "surrounded the Iranians": people, no place
		}
		if p.cls(d, k)&(wVerb|wPast|wPunct|wPrep|wPron) != 0 && p.cls(d, k)&wNoun == 0 {
			return cameo.Match{}, false
		}
	}
	return cameo.Match{}, false
}

// securityImposed reads the verb at i as imposing security or a closure
// on a place: "imposed tight security around", "mounted an unprecedented
// level of security", "imposing a three-day closure on the West Bank".
// A passive ("security was tightened") names no one and stays out.
func (p *Pipeline) securityImposed(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !securityVerbs[d.lower[i]] || i+1 >= se {
		return cameo.Match{}, false
	}
	if i > ss && (!strings.HasSuffix(d.lower[i], "ing") && (isBe(d.lower[i-1]) || d.lower[i-1] == "been") || p.cls(d, i-1)&wDet != 0) {
		return cameo.Match{}, false // "measures were imposed", "the mounting pressure"; "is imposing" acts
	}
	for k := i + 1; k < se && k <= i+6; k++ {
		w := d.lower[k]
		next := ""
		if k+1 < se {
			next = d.lower[k+1]
		}
		switch {
		case w == "security" && securityAfter[next]:
			return cameo.Match{Code: "150", Lemma: securityLemma, Start: i, End: i + 1}, true
		case w == "closure" && next == "on":
			return cameo.Match{Code: "150", Lemma: securityLemma, Start: i, End: i + 1}, true
		}
		if d.mentionAt[k] >= 0 || p.cls(d, k)&(wVerb|wPast|wPunct|wPrep|wPron) != 0 && w != "of" {
			return cameo.Match{}, false // "imposed sanctions on", "mounted a challenge to"
		}
	}
	return cameo.Match{}, false
}

// securityLemma marks the match, which needs no troops after the verb.
const securityLemma = "impose security"

// ringArgs drops the people and places read as the PATIENT of a ring: the
// place ringed is where the posture stands, and a person named in it
// ("the residence of ousted President Aristide", "Jerusalem's Old City")
// is no side of it.
func ringArgs(d *doc, ev *event) {
	kept := ev.parts[:0]
	for _, pt := range ev.parts {
		if pt.role == patient && pt.ent >= 0 {
			if t := d.ents[pt.ent].typ; t == extract.Person || t == extract.Location {
				continue
			}
		}
		kept = append(kept, pt)
	}
	ev.parts = kept
}
