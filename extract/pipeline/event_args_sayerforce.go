package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// The sayer's own force (nineteenth session, helper atk20): "NATO says its
// forces killed 18 suspected militants", "The Dutch military chief says his
// forces in Afghanistan have killed 18 militants", "NATO said two of its
// troops were killed Monday". The possessive right after a report verb
// names the sayer as the owner of the force: English gives "its"/"his"/
// "their" the nearest subject, and the report verb's subject is the only
// one before it. By the Guideline a state's or alliance's force stands for
// the state or alliance, so the sayer is the attack's AGENT when its force
// does the act and its PATIENT when its force is hit ("were killed").
// implicitAgent already gives a country sayer ("Britain says its forces
// killed") through the story's sole state; an alliance or organization
// sayer (NATO, a militant group) and a passive with the force hit were
// left with no participant, and the event was dropped.
//
// Measured at the start of the nineteenth session over the 44 TUNE sets:
// 10 ATTACK misses in 8 stories have the construction (dev42..dev45: 2).
// Not for a person sayer ("Ian Blair says his officers had killed": the
// Guideline names the police's city, not the chief), nor when anything
// but a number or "of" stands between the report verb and the possessive
// ("says the attack on its troops": another phrase owns the force).

// ownForceNouns head a force its owner sends: the arms implicitAgent knows
// and the men in them. reportedPronoun (event_args_reported.go) reads "its
// troops" after a say verb with the same list.
var ownForceNouns = map[string]bool{
	"forces": true, "troops": true, "soldiers": true, "army": true, "military": true, "navy": true,
	"warplanes": true, "jets": true, "helicopters": true, "gunships": true, "aircraft": true, "planes": true,
	"peacekeepers": true, "fighters": true, "personnel": true, "policemen": true, "police": true,
	"officers": true, "marines": true, "guards": true, "members": true, "men": true, "sailors": true,
	"soldier": true, "officer": true, "member": true, "peacekeeper": true, "fighter": true,
	"warships": true, "ships": true, "units": true,
}

// sayerTitles head a sayer that speaks for its state or force: the bodies
// sayerState knows and the officers who lead them ("the Dutch military
// chief").
var sayerTitles = map[string]bool{"chief": true, "commander": true, "command": true, "spokesman": true, "spokeswoman": true}

// sayerForce gives an attack whose force is told as the sayer's own the
// sayer, as AGENT or PATIENT.
func (p *Pipeline) sayerForce(d *doc, ev *event, ss, se int) {
	if ev.typ != "ATTACK" || ev.unreal || ev.nominal {
		return
	}
	t := ev.trigStart
	// the force's head: the noun before the trigger's auxiliaries, past a
	// "in <place>" after it ("his forces in Afghanistan have killed")
	k := t - 1
	passive := false
	for k > ss && t-k <= 5 && p.gapWord(d, k) {
		if isBe(d.lower[k]) && !strings.HasSuffix(d.lower[t], "ing") {
			passive = true // ("its forces were battling": progressive, not passive)
		}
		k--
	}
	if k <= ss {
		return
	}
	if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].start-1 > ss && d.lower[d.mentions[mi].start-1] == "in" {
		k = d.mentions[mi].start - 2
	}
	if k <= ss || !ownForceNouns[d.lower[k]] || d.mentionAt[k] >= 0 {
		return
	}
	role := agent
	if passive {
		role = patient
	}
	if hasRole(ev, role) {
		return
	}
	// the possessive, past at most two premodifiers ("its own ground troops")
	j := k - 1
	for j > ss && k-j <= 2 && d.mentionAt[j] < 0 && (forceCompound[d.lower[j]] || d.lower[j] == "own" || d.lower[j] == "ground") {
		j--
	}
	switch d.lower[j] {
	case "its", "his", "their":
	default:
		return
	}
	// only a count between the report verb and the possessive ("said two of its troops")
	v := j - 1
	for v > ss && j-v <= 4 && (d.lower[v] == "of" || d.lower[v] == "that" || p.cls(d, v) == wNum || quantWord(d.lower[v])) {
		v--
	}
	if v <= ss || !sayerVerb(d.lower[v]) {
		return
	}
	e := p.sayerOwner(d, ss, v, d.lower[j] == "his")
	if e < 0 || hasPart(ev, e) {
		return
	}
	ev.addPart(e, role)
}

// quantWord: a word of a count before "of" ("some of its troops", "at least two of").
func quantWord(w string) bool {
	switch w {
	case "some", "several", "many", "one", "two", "three", "four", "five", "dozens", "scores", "least", "at", "none", "most", "all":
		return true
	}
	return false
}

// sayerOwner is the one the sayer in [ss, v) speaks for, or -1: an
// organization or a country named as the sayer itself ("NATO says", "Israel
// said"), or the one country or people named on a sayer body or title
// ("the Dutch military chief says", "Israel's army said"). A person sayer
// owns none here; "his" needs a title ("the Dutch military chief"), since a
// named man's "his forces" is a commander's, not his country's.
func (p *Pipeline) sayerOwner(d *doc, ss, v int, his bool) int {
	h := v - 1
	if h > ss && isAux(d.lower[h]) {
		h--
	}
	if h < ss {
		return -1
	}
	if mi := d.mentionAt[h]; mi >= 0 {
		m := d.mentions[mi]
		if his || m.ent < 0 || m.label == "PER" || m.label == "NORP" {
			return -1
		}
		if ent := d.ents[m.ent]; ent.typ == extract.Organization || ent.typ == extract.Location && ent.subtype == extract.Country {
			return m.ent
		}
		return -1
	}
	if !sayerBodies[d.lower[h]] && !sayerTitles[d.lower[h]] || his && !sayerTitles[d.lower[h]] {
		return -1
	}
	ph := p.npLeft(d, h+1, ss)
	owner := -1
	for mi, m := range d.mentionsIn(ph.start, h) {
		c := countryOf(d, mi)
		if m.label == "PER" || c < 0 || owner >= 0 && owner != c {
			return -1 // a person, a city alone, or two states
		}
		owner = c
	}
	return owner
}
