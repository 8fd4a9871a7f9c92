package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The teller as the other side of talks or an agreement told with one side
// only: "Russia says a third round of talks with the United States will take
// place in Geneva", "U.S. officials say differences remain in talks with
// India", "U.N. officials said Burma's military government had agreed to let
// outside donors pay", "NATO chief Anders Fogh Rasmussen announced that Russia
// had agreed to increase its cooperation". Talks, meetings and agreements
// have two sides; when the reported clause names one and the sentence's
// teller is a named other, the teller is the side the clause leaves out. The
// argument reader took the reported clause's subject ("differences", "a
// third round") and stopped. Guards: the trigger is inside the reported
// clause right after the say verb (no comma or second clause between), every
// name between the say verb and the trigger is the one side read, and the
// teller is named and is not that side.

// sayerParty adds the named teller of a one-sided talk, meeting or agreement.
func (p *Pipeline) sayerParty(d *doc, ev *event, ss, se int) {
	switch ev.typ {
	case "NEGOTIATE", "AGREEMENT", "MEET":
	default:
		return
	}
	if len(ev.parts) != 1 || ev.unreal || !ev.nominal || ev.typ == "MEET" {
		return
	}
	side := ev.parts[0].ent
	if w := p.withAt(d, ev, se); w < 0 || !mentionIn(d, side, w+1, se) {
		return // the side read is not the trigger's "with" phrase
	}
	v := -1
	for k := ev.trigStart - 1; k > ss; k-- {
		w := d.lower[k]
		if sayForms[w] && d.mentionAt[k] < 0 {
			v = k
			break
		}
		if w == "," || w == ";" || w == ":" || w == "\"" || reportBreaks[w] {
			return // the trigger is in another clause than the reported one
		}
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent != side {
			return // another name between: "says Iran and the EU agreed", a place
		}
	}
	if v < 0 {
		return
	}
	tellers, _, _ := p.subject(d, v, ss)
	for _, e := range tellers {
		if e == side || e < 0 || d.ents[e].typ == extract.Person || mediaName(d.ents[e].name) {
			return // a spokesman or a newspaper tells of talks it does not hold
		}
	}
	for _, e := range tellers {
		if partAllowed(d, ev.typ, participant, e) {
			ev.addPart(e, participant)
		}
	}
}

// reportBreaks open a clause of its own inside the reported one: "the group
// said it will not run because it rejects the 1993 treaty with Israel".
var reportBreaks = map[string]bool{
	"which": true, "who": true, "while": true, "but": true, "because": true, "if": true, "unless": true,
	"although": true, "when": true, "after": true, "before": true, "since": true, "whether": true,
}
