package pipeline

// One killing of a named person told twice in a story.
//
// A story tells a killing in its lead and again further down, with the doer
// it only names there: "gunmen have shot and killed a priest ... Police
// report that Narayan Pokhrel was attacked early Friday ... one account
// quotes his nephew as saying that Mr. Pokhrel was gunned down by members of
// Nepal's Maoist rebels". addEvent and lateRepeats keep the second report
// apart: it adds a doer (so its sides are not within the first's), and the
// day the sentence before it names ("Today had been the final day") makes
// its date clash with the first's. A person is killed once: an ATTACK whose
// trigger is a killing and whose PATIENT is a named person that an earlier
// killing of the story already has as its PATIENT is that killing told
// again, when no side of the two says otherwise (other doers, the victim of
// one the doer of the other). Attacks that are not killings keep the date
// test: one man can be shot at twice. The earlier report takes the later
// one's sides. (Twenty-third session, helper vjudgeB-24: 9 of the 35 false
// events of 60 judged unlabelled VOA stories were repeats, most of them a
// named victim's killing told twice.)

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// guardMergeVictim names victimRepeats's folds in the guard audit.
const guardMergeVictim = "merge:victim-repeat"

// victimRepeats folds a named person's killing told again into its first
// report.
func (d *doc) victimRepeats() {
	for i, ev := range d.events {
		if !d.victimRepeatCandidate(ev) {
			continue
		}
		for _, c := range d.events[:i] {
			if !d.victimRepeatCandidate(c) || c.sentence >= ev.sentence || !d.sameVictim(c, ev) {
				continue
			}
			if !dateCompatible(c.date, ev.date) && !(killTrigger(c.trigger) && killTrigger(ev.trigger)) {
				continue // "was shot at in 2005 ... was shot Tuesday": two attacks
			}
			if apart, _, _ := d.toldAtOtherTime(c, ev); apart {
				continue
			}
			d.guarded(guardMergeVictim, ev)
			for _, pt := range ev.parts {
				c.addPart(pt.ent, pt.role)
			}
			c.absorb(ev)
			ev.dropped = true
			break
		}
	}
}

// victimRepeatCandidate: ev is a told ATTACK with a participant, not one
// told as another of its kind.
func (d *doc) victimRepeatCandidate(ev *event) bool {
	return ev.typ == "ATTACK" && !ev.dropped && !ev.unreal && !ev.another && len(ev.parts) > 0
}

// sameVictim: c and ev share a named person as PATIENT and no side of theirs
// sets them apart.
func (d *doc) sameVictim(c, ev *event) bool {
	person := false
	for _, p := range c.parts {
		for _, q := range ev.parts {
			if p.ent != q.ent {
				continue
			}
			if p.role != q.role && (p.role == agent || q.role == agent) {
				return false // the killer in one is the killed in the other
			}
			if p.role == patient && q.role == patient && p.ent >= 0 && p.ent < len(d.ents) && d.ents[p.ent].typ == extract.Person {
				person = true
			}
		}
	}
	if !person {
		return false
	}
	return !hasRole(c, agent) || !hasRole(ev, agent) || sharesRole(c, ev, agent)
}

// killTrigger: the trigger tells a killing ("killed", "gunned down",
// "assassination", "murdered", "shot dead").
func killTrigger(trigger string) bool {
	t := strings.ToLower(trigger)
	for _, w := range [...]string{"kill", "assassinat", "murder", "gunned down", "shot dead", "slain", "slay"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}
