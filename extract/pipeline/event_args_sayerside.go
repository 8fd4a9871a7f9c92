package pipeline

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract"
)

// The reporting state as a side of the attack it tells (twenty-first
// session, helper side22). reportingState (event_args_insent.go) gives a
// state that reports an attack by its own bare force ("Iraqi officials say
// police have killed") the AGENT. A state's armed force that reports the
// killing of armed men in the passive, with no doer ("Pakistan's military
// says one soldier and seven militants were killed during a gun battle",
// "the Israeli army says two senior Hamas members were killed during an
// arrest operation"), went without a participant and the event was
// dropped: the force that reports the fight fought it, so the state is
// the AGENT, and a group named on the men is the PATIENT. Only for a
// military or army reporter: when a state's officials or police tell of
// militants killed, the labels as often have the militants striking the
// state ("Pakistani officials say five militants have been killed while
// trying to enter a military training area"), and this does not guess.
//
// Tried and left out: the reporting state as the PATIENT of a bombing of
// people ("Afghan officials say 27 people were killed when a suicide
// bomber ..."): TUNE +4 tp +33 fp, the labellers leaving most such
// bombings unlabelled (as in the twelfth session, event_args_insent.go).
//
// Guards: the sayer's state comes from reportingSubject (a country or
// nationality on a reporter noun, the first one of "The U.S. military in
// Iraq"); no person and no other country named after the say verb but in
// a place phrase, no organization but the victims' group, no "by" doer; a
// force with no stated country stays unnamed, so a bare "the military
// says" gives nothing.

// armedVictims name the armed men a state's force fights, as the victims
// of a passive killing.
var armedVictims = map[string]bool{
	"militants": true, "insurgents": true, "rebels": true, "guerrillas": true, "gunmen": true,
	"fighters": true, "extremists": true, "separatists": true, "militant": true, "insurgent": true, "rebel": true,
}

// reportedSide gives an ATTACK a state's army reports, still without
// participants, that state as AGENT when the report tells armed men killed
// in the passive with no doer (see above), and the group named on those
// men ("two senior Hamas members were killed") as PATIENT. k is the say
// verb, c the state. The report names no person and no other country but
// in a place phrase ("in the West Bank town of Hebron": where, not who).
// It reports whether it read the event, so that reportingState's own
// reading (which stops at any organization or country named in the
// report) is skipped.
func (p *Pipeline) reportedSide(d *doc, ev *event, ss, k, c, se int) bool {
	if len(ev.parts) > 0 || ev.unreal || !p.armyReporter(d, ss, k) {
		return false
	}
	if namesPerson(d, k+1, se) || otherStateNotPlace(d, k+1, se, c) {
		return false
	}
	t := ev.trigStart
	// the victims: the subject of a passive in the report ("seven militants
	// were killed during a gun battle", for the noun trigger too)
	ve := -1
	for j := k + 2; j < t+1 && j < se-1; j++ {
		if isBe(d.lower[j]) && p.participle(d, j+1) && !hasSuffixIng(d.lower[j+1]) {
			ve = j
			break
		}
	}
	if ve < 0 {
		return false
	}
	for j := ve; j < se && j <= ve+4; j++ {
		if d.lower[j] == "by" {
			return false // the doer told: "were killed by a roadside bomb"
		}
	}
	armed := false
	var groups []int
	for j := k + 1; j < ve; j++ {
		w := d.lower[j]
		if d.mentionAt[j] >= 0 {
			continue
		}
		if armedVictims[w] || w == "members" || w == "member" {
			mi := d.mentionAt[j-1]
			switch {
			case mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Organization:
				groups = append(groups, d.mentions[mi].ent) // "two senior Hamas members"
				armed = true
			case armedVictims[w]:
				armed = true
			}
		}
	}
	if !armed {
		return false
	}
	for j := k + 1; j < se; j++ {
		mi := d.mentionAt[j]
		if mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Organization && !slices.Contains(groups, d.mentions[mi].ent) {
			return false // another body named in the report
		}
	}
	ev.addPart(c, agent)
	for _, g := range groups {
		ev.addPart(g, patient)
	}
	return true
}

// armyReporter: the sayer before the say verb at k is a state's armed
// force or its spokesman ("Pakistan's military says", "the Israeli army
// said", "a U.S. military spokesman said"), not its officials or police.
func (p *Pipeline) armyReporter(d *doc, ss, k int) bool {
	h := k - 1
	if h > ss && isAux(d.lower[h]) {
		h--
	}
	if h < ss {
		return false
	}
	switch d.lower[h] {
	case "military", "army":
		return true
	case "spokesman", "spokeswoman", "officials", "commander", "commanders":
		return h > ss && (d.lower[h-1] == "military" || d.lower[h-1] == "army")
	}
	return false
}

// otherStateNotPlace: tokens [from, to) name a country other than e, other
// than as the place after "in", "near" or "of" ("in the West Bank town of").
func otherStateNotPlace(d *doc, from, to, e int) bool {
	for j := from; j < to; j++ {
		c := countryOf(d, d.mentionAt[j])
		if c < 0 || c == e {
			continue
		}
		b := d.mentions[d.mentionAt[j]].start - 1
		if b > from && d.lower[b] == "the" {
			b--
		}
		if b < from || d.lower[b] != "in" && d.lower[b] != "near" && d.lower[b] != "of" {
			return true
		}
	}
	return false
}

func hasSuffixIng(w string) bool {
	return len(w) > 4 && w[len(w)-3:] == "ing"
}
