package pipeline

// Requests answered by the act that followed them.
//
// News tells that a request was granted by telling the act it led to:
// "Israeli military officials say the bodies were returned following a
// request from Lebanon", "Salim said the deadline was extended following a
// request from the United States", "the guards withdrew after a call by
// the Red Cross". The request's maker is named beside the noun; the one
// asked is the one who did the act: the subject of the clause the
// "following"/"after" phrase hangs on, or, when that clause is passive or
// names no one, its reporter ("Israeli military officials say"), who tells
// of its own side's act. Without a second side such a request was dropped
// for want of an addressee (speech20's "left undone": "a request from X"
// with the main clause's subject as the one asked). When neither the
// clause nor a reporter names anyone ("The release followed a request from
// X") the request stays dropped: the labels name the one asked. (Twentieth
// session, helper appeal21.)

// sequelWords put an act after the request that caused it.
var sequelWords = map[string]bool{
	"following": true, "after": true, "followed": true, "follows": true, "follow": true,
}

// followedRequest gives a request told as what an act followed ("...
// following a request from Lebanon") the act's doer as the one asked.
func (p *Pipeline) followedRequest(d *doc, ev *event, ss, se int) {
	if !hasRole(ev, agent) {
		return
	}
	j := ev.trigStart - 1
	for n := 0; j > ss && n < 8; n++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			j = d.mentions[mi].start - 1 // "following a Bolivian request"
			continue
		}
		if !requestPremodifier(p, d, j) {
			break
		}
		j-- // "following last week's request"
	}
	if j <= ss || !sequelWords[d.lower[j]] {
		return
	}
	var ents []int
	passive := false
	if w := d.lower[j]; w == "followed" || w == "follows" || w == "follow" {
		ents, passive, _ = p.subject(d, j, ss) // "the withdrawal followed a call by"
	} else if v := p.clauseVerbBefore(d, j, ss); v >= 0 {
		ents, passive, _ = p.subject(d, v, ss) // "Japan freed the men after a request from"
	}
	ents = withoutParts(ev, ents)
	if len(ents) == 0 || passive {
		sv := p.sayVerbBefore(d, j, ss)
		if sv < 0 {
			return
		}
		ents, _, _ = p.subject(d, sv, ss) // "officials say the bodies were returned following"
		ents = withoutParts(ev, ents)
	}
	addCounterparts(ev, ents)
}

// clauseVerbBefore is the finite verb of the clause before j (within eight
// words, not across a comma or a clause opener), or -1.
func (p *Pipeline) clauseVerbBefore(d *doc, j, ss int) int {
	for k := j - 1; k >= ss && k >= j-8; k-- {
		switch d.lower[k] {
		case ",", ";", "that", "which", "who", "and", "but":
			return -1
		}
		if d.mentionAt[k] < 0 && p.cls(d, k)&(wPast|wVerb) != 0 && p.cls(d, k)&(wNoun|wDet|wPrep) == 0 {
			return k
		}
	}
	return -1
}

// withoutParts is ents less the entities already taking part in ev.
func withoutParts(ev *event, ents []int) []int {
	var out []int
	for _, e := range ents {
		if !hasPart(ev, e) {
			out = append(out, e)
		}
	}
	return out
}
