package pipeline

// An arrest warrant's issuer and target (thirteenth session).
//
// "The International Criminal Court has issued arrest warrants for Joseph
// Kony and four other LRA leaders", "A Spanish judge issued an arrest
// warrant for the former dictator": the arrest trigger is a noun premodifier
// of "warrant", so neither the subject nor the object of "issued" is read as
// its; the court or judge issuing the warrant is the arrest's agent, the one
// it is "for" the one to be arrested.

import "github.com/newsgraph/newsgraph/extract"

// warrantParts runs arrestWarrant on the sentence's arrests still without
// participants.
func (p *Pipeline) warrantParts(d *doc, evs []*event, ss, se int) {
	for _, ev := range evs {
		if ev.typ == "ARREST" && len(ev.parts) == 0 && !ev.unreal {
			p.arrestWarrant(d, ev, ss, se)
		}
	}
}

// arrestWarrant reads "ISSUER issued an arrest warrant for TARGET".
func (p *Pipeline) arrestWarrant(d *doc, ev *event, ss, se int) {
	w := -1
	for k := ev.trigStart; k <= ev.trigEnd && k < se; k++ {
		if d.lower[k] == "warrant" || d.lower[k] == "warrants" {
			w = k
			break
		}
	}
	if w < 0 || d.lower[w-1] != "arrest" {
		return
	}
	if w+2 < se && d.lower[w+1] == "for" {
		ph := p.npRight(d, w+2, se)
		for _, e := range ph.ents {
			if t := d.ents[e].typ; t == extract.Person || t == extract.Organization {
				ev.addPart(e, patient)
			}
		}
	}
	// the issuing verb before the warrant's determiners and adjectives
	v := w - 2
	for v > ss && v >= w-5 && d.mentionAt[v] < 0 && !issueVerbs[d.lower[v]] && p.cls(d, v)&(wDet|wAdj|wNum) != 0 {
		v--
	}
	if v <= ss || !issueVerbs[d.lower[v]] {
		return
	}
	subj, passive, unreal := p.subject(d, v, ss)
	if passive || unreal {
		return
	}
	for _, e := range subj {
		en := d.ents[e]
		if en.typ == extract.Organization || en.typ == extract.Location && en.subtype == extract.Country || en.typ == extract.Person {
			ev.addPart(e, agent)
		}
	}
}

// issueVerbs put a warrant out.
var issueVerbs = map[string]bool{
	"issued": true, "issue": true, "issues": true, "issuing": true, "signed": true,
}
