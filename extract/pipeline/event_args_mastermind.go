package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The planner of an attack named in apposition to "mastermind of".
//
// News names the one behind an attack by a planner noun in apposition:
// "al-Qaida leader Osama bin Laden, architect of the September 11 attacks
// against the U.S.", "the alleged mastermind of the September 11 attacks,
// Khalid Sheikh Mohammed". The attack noun's readers look for a doer in a
// "by" phrase or a subject and find none, so the attack keeps only its
// target. By the Guideline the one who planned an attack the text asserts
// is its AGENT, as for the one blamed or accused (blamedAgents,
// involvedAccused). Twenty-first session (atk22): dev50..dev53 voa-2207,
// voa-2326.

// plannerNouns name the one who planned an attack.
var plannerNouns = map[string]bool{
	"mastermind": true, "architect": true, "planner": true, "organizer": true, "organiser": true,
	"ringleader": true,
}

// plannerAgent gives an attack noun after "mastermind of" (its premodifiers
// between) the person or group in apposition to the planner noun as AGENT:
// the name right before ", [the] [alleged] mastermind of" or right after the
// attack's noun phrase and a comma. "a mastermind of attacks" with no name
// beside it, and a planner noun that is the subject of a verb ("the
// mastermind of the attacks was killed"), add nothing of their own.
func (p *Pipeline) plannerAgent(d *doc, ev *event, ss, se int) {
	if ev.typ != "ATTACK" || ev.unreal || hasRole(ev, agent) {
		return
	}
	t := ev.trigStart
	k := t - 1
	// the attack's premodifiers: "the September 11, 2001,", "the 1976"
	for k > ss && t-k <= 8 && d.lower[k] != "of" && (d.mentionAt[k] >= 0 || d.lower[k] == "," || d.lower[k] == "'s" || yearWord(d.lower[k]) ||
		p.cls(d, k)&(wDet|wAdj|wNoun|wNum|wProper) != 0 && p.cls(d, k)&(wPrep|wVerb) == 0) {
		if mi := d.mentionAt[k]; mi >= 0 {
			k = d.mentions[mi].start
		}
		k--
	}
	if k-1 <= ss || d.lower[k] != "of" || !plannerNouns[d.lower[k-1]] {
		return
	}
	n := k - 1 // the planner noun
	b := n - 1
	for b > ss && (d.lower[b] == "alleged" || d.lower[b] == "suspected" || d.lower[b] == "chief" || d.lower[b] == "main" || d.lower[b] == "key" ||
		d.lower[b] == "self-confessed" || d.lower[b] == "the" || d.lower[b] == "a") {
		b--
	}
	var who *mention
	if b > ss && d.lower[b] == "," {
		who = participantEndingAt(d, b-1) // "Osama bin Laden, architect of"
	} else if e := ev.trigEnd; e+1 < se && d.lower[e] == "," {
		if mi := d.mentionAt[e+1]; mi >= 0 && participantOK(d, d.mentions[mi]) {
			who = d.mentions[mi] // "the alleged mastermind of the attacks, Khalid Sheikh Mohammed"
		}
	}
	if who == nil || who.ent < 0 {
		return
	}
	switch d.ents[who.ent].typ {
	case extract.Person, extract.Organization:
	default:
		return // "the U.S., architect of": a place is no planner
	}
	if !hasPart(ev, who.ent) {
		ev.addPart(who.ent, agent)
	}
}
