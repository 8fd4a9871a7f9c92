package pipeline

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract"
)

// A gathering named after the body that holds it.
//
// "next week's EU summit", "pledged to Haiti at a World Bank conference",
// "the G-8 summit": the organization written before the gathering noun is
// the body meeting, and the meeting is that body's. The word rules add the
// clause's subject and the sides of other sentences ("Erdogan has rejected
// a European Union request ... before next week's EU summit"), who speak
// of the gathering but are no parties named to it; the body alone is.

// bodyGathering sets a meeting noun premodified by an organization's name
// ("EU summit", "the World Bank's conference") to that organization alone,
// a collective meeting (viable with one participant).
func (p *Pipeline) bodyGathering(d *doc, ev *event, ss int) {
	if ev.typ != "MEET" || !ev.nominal || !gatheringNouns[d.lower[ev.trigEnd-1]] {
		return
	}
	k := ev.trigEnd - 2 // the word before the noun (a trigger may span "EU summit")
	if k >= ss && (d.lower[k] == "'s" || d.lower[k] == "’s") {
		k--
	}
	if k < ss {
		return
	}
	m := participantEndingAt(d, k)
	if m == nil || d.ents[m.ent].typ != extract.Organization {
		return
	}
	if d.ents[m.ent].kb == "" {
		// only a body the gazetteer knows (the EU, the World Bank, NATO):
		// "the MacWorld conference", "the Linux summit" are shows and
		// trade fairs named after a product, not meetings of a body
		return
	}
	if len(ev.parts) < 2 || !slices.ContainsFunc(ev.parts, func(pt part) bool { return pt.ent == m.ent }) {
		// only a correction of sides the rules read: a body's conference
		// told alone ("a Georgetown University conference") is no news of
		// a meeting
		return
	}
	keep := p.gatheringAttendees(d, ev, m.ent, ss) // "addressed leaders at the UN summit" (event_args_attendee.go)
	ev.parts = append([]part{{ent: m.ent, role: participant}}, keep...)
	ev.collective = true
}
