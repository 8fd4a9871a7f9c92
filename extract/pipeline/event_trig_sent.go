package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// People sent somewhere by a state or agency make a visit of the sender.
//
// The Guideline reads an FBI agent sent to help an investigation, WHO
// teams sent to a province, experts deployed to a country, a diplomat or
// an observer mission sent to an election as VISITs of the sender, the
// place they go to the one visited ("an agency deploying experts to a
// country, like inspectors, is a VISIT"; the `dev4`, `dev8` and `dev16`
// readings). CAMEO files "send" under aid or troops, and has no
// "dispatch" or "deploy" of envoys. sentEnvoys counts the verbs send,
// dispatch and deploy only with an object of envoy nouns ("a team of
// experts", "20 experts", "an FBI agent", "delegations") or a titled person
// ("former South African president Thabo Mbeki"): troops and aid sent are
// other events, and a letter or a message sent is no trip. (Fifteenth
// session, visit2_16: the largest "no trigger" group of missed VISITs, 9
// TUNE stories.)

var sendForms = map[string]bool{
	"send": true, "sends": true, "sending": true, "sent": true,
	"dispatch": true, "dispatches": true, "dispatching": true, "dispatched": true,
	"deploy": true, "deploys": true, "deploying": true, "deployed": true,
}

// envoyNouns are the heads of an object of people sent on a mission.
var envoyNouns = map[string]bool{
	"agent": true, "agents": true, "team": true, "teams": true, "expert": true, "experts": true,
	"diplomat": true, "diplomats": true, "delegation": true, "delegations": true, "envoy": true, "envoys": true,
	"mission": true, "inspectors": true, "monitors": true, "observers": true, "investigators": true,
	"emissary": true, "emissaries": true, "negotiator": true, "negotiators": true, "mediator": true, "mediators": true,
}

// sentObject: the span [a, b) of the people sent by the verb at i, and
// whether a titled person is named there; ok false when the object is no
// envoy. It allows "in" right after the verb ("has sent in teams").
func (p *Pipeline) sentObject(d *doc, i, se int) (a, b int, ok bool) {
	j := i + 1
	if j < se && d.lower[j] == "in" {
		j++
	}
	a = j
	for k := j; k < se && k < j+8; k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent >= 0 && d.ents[m.ent].typ == extract.Person && k > a && visitorNouns[d.lower[k-1]] {
				return a, m.end, true // "dispatched former South African president Thabo Mbeki"
			}
			if m.ent >= 0 && d.ents[m.ent].typ == extract.Location && m.label != "NORP" && k == a {
				return 0, 0, false // "sent Iraq a message"
			}
			k = m.end - 1
			continue
		}
		w := d.lower[k]
		if envoyNouns[w] {
			b = k + 1
			if b+1 < se && d.lower[b] == "of" && envoyNouns[d.lower[b+1]] {
				b += 2 // "a team of experts"
			}
			return a, b, true
		}
		if visitorNouns[w] {
			continue
		}
		if p.cls(d, k)&(wDet|wNum|wAdj|wNoun) == 0 || p.cls(d, k)&wPrep != 0 {
			return 0, 0, false // ("a veteran Portuguese diplomat": a noun may modify the head)
		}
	}
	return 0, 0, false
}

// sendStarts are the words sentEnvoys can fire on (scanWords).
func sendStarts() []string { return wordsOf(sendForms) }

// sentEnvoys reads a visit from a verb of sending at i of sentence si.
func (p *Pipeline) sentEnvoys(d *doc, i, si int) (cameo.Match, bool) {
	if !sendForms[d.lower[i]] || d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	ss, se := d.sents[si].Start, d.sents[si].End
	if i == ss || d.lower[i-1] == "be" || d.lower[i-1] == "been" || d.lower[i-1] == "was" || d.lower[i-1] == "were" {
		return cameo.Match{}, false // "was sent to Iraq": the people sent are the subject (other rules)
	}
	if _, _, ok := p.sentObject(d, i, se); !ok {
		return cameo.Match{}, false
	}
	if p.sportsContext(d, si) || p.sportsStory(d, si) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "042", Lemma: "send", Start: i, End: i + 1}, true
}

// sentParts sets the sides of a visit read by sentEnvoys: the sender
// (the subject the argument reader took, else the state or agency right
// before the verb) and a person named among the people sent are its
// AGENTs, the place after "to" its PATIENT; a name inside the object
// that is no person ("an FBI agent") only describes who was sent.
func (p *Pipeline) sentParts(d *doc, ev *event, ss, se int) {
	if ev.typ != "VISIT" || ev.nominal || ev.trigEnd != ev.trigStart+1 || !sendForms[d.lower[ev.trigStart]] {
		return
	}
	a, b, ok := p.sentObject(d, ev.trigStart, se)
	if !ok {
		return
	}
	kept := ev.parts[:0]
	for _, pt := range ev.parts {
		if in, person := inSpan(d, pt.ent, a, b); in {
			if person {
				kept = append(kept, part{ent: pt.ent, role: agent})
			}
			continue
		}
		if pt.role == patient {
			continue // (the place comes from "to" below)
		}
		kept = append(kept, pt)
	}
	ev.parts = kept
	if !hasRole(ev, agent) {
		if e := p.senderBefore(d, ev.trigStart, ss); e >= 0 {
			ev.addPart(e, agent)
		}
	}
	if b+1 < se && d.lower[b] == "to" && (p.cls(d, b+1)&wVerb != 0 && d.mentionAt[b+1] < 0 || electionAhead(d, b+1, se)) {
		// "sent in teams to remove bodies", "an observer mission to Sunday's
		// Palestinian election": sent where the work is, if unnamed (not
		// "to its southwest", a place not named, maybe at home)
		ev.placeVisited = true
	}
	for k := a; k < b; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Person {
			ev.addPart(d.mentions[mi].ent, agent) // "dispatched ... Thabo Mbeki"
		}
	}
	if b < se && d.lower[b] == "to" {
		for k := b + 1; k < se && k < b+4; k++ {
			if e := placeAt(d, k, se); e >= 0 {
				ev.addPart(e, patient) // "to war-torn Ivory Coast"
				break
			}
			if d.mentionAt[k] >= 0 || p.cls(d, k)&(wDet|wAdj) == 0 {
				break
			}
		}
	}
}

// inSpan: some mention of entity e lies in [a, b), and whether e is a person.
func inSpan(d *doc, e, a, b int) (in, person bool) {
	for k := a; k < b; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent == e {
			return true, d.ents[e].typ == extract.Person
		}
	}
	return false, false
}

// senderBefore: the state or agency whose name ends right before the verb
// at i, through auxiliaries ("The United Nations is sending"), or the one
// a subject pronoun there stands for; else -1.
func (p *Pipeline) senderBefore(d *doc, i, ss int) int {
	k := i - 1
	for k >= ss && gapWords[d.lower[k]] {
		k--
	}
	if k < ss {
		return -1
	}
	if d.lower[k] == "it" || d.lower[k] == "they" {
		// "the United Nations says it is sending"
		for _, e := range p.pronoun(d, k, ss) {
			if t := d.ents[e].typ; t == extract.Organization || t == extract.Location {
				return e
			}
		}
		return -1
	}
	mi := d.mentionAt[k]
	if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].end != k+1 {
		return -1
	}
	switch d.ents[d.mentions[mi].ent].typ {
	case extract.Organization, extract.Location:
		return d.mentions[mi].ent
	}
	return -1
}

// electionAhead: an election noun within four words from k ("Sunday's
// Palestinian election").
func electionAhead(d *doc, k, se int) bool {
	for j := k; j < se && j < k+5; j++ {
		if electionNouns[d.lower[j]] {
			return true
		}
	}
	return false
}
