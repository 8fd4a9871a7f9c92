package pipeline

// One event told again in the next sentence with its sides named another way.
//
// A lead tells an event by its countries, the next sentence by the people who
// acted for them: "The United States and Israel have agreed to work together
// ... U.S. Defense Secretary Robert Gates and his Israeli counterpart, Ehud
// Barak, agreed during talks Tuesday"; "Senator John McCain visits Baghdad
// ... McCain was in Baghdad"; "Putin's surprise visit to Chechnya ... he
// traveled to Grozny". The two reports share no entity, so addEvent (which
// folds a report into one sharing a participant, sameEvent) kept the second
// as an event of its own: a repeat. Here a report joins the event told in the
// sentence just before when each of its sides stands for a side of that event
// in the same role: the same entity, a person holding a post of it (the
// pipeline's role facts), a place inside it, or one person named by his
// surname. The earlier event keeps its own sides (the gold lists the person
// and his country as alternatives of one side, so adding the stand-in would
// be a participant too many). (Twenty-third session, helper repeat24.)

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// guardMergeNamedAgain names namedAgain's folds in the guard audit.
const guardMergeNamedAgain = "merge:named-again"

// namedAgain returns the event ev tells again with its sides named another
// way, or nil.
func (d *doc) namedAgain(ev *event) *event {
	if len(ev.parts) == 0 || ev.another || ev.unreal || toldApart(d, ev) || alsoReported(d, ev) || moreOfThem(d, ev) || d.anotherOne(ev) {
		return nil
	}
	if !ev.nominal && ev.trigStart > 0 && d.lower[ev.trigStart-1] == "also" && !sidedTypes[ev.typ] {
		// "the USX chairman also called for changes": another appeal of the
		// same man (two sides both named again stay one: "signed 17
		// agreements and also discussed cooperation")
		return nil
	}
	if len(ev.parts) < 2 && sidedTypes[ev.typ] {
		return nil // "negotiations on Brazil's debt ... talks with Funaro": one side names no meeting
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		last := o.sentences[len(o.sentences)-1]
		if ev.sentence-last > 1 {
			return nil
		}
		if o.typ != ev.typ || o.dropped || o.unreal || len(o.parts) == 0 || last != ev.sentence-1 {
			continue
		}
		if itemBreak(d, last, ev.sentence) || !dateCompatible(o.date, ev.date) || d.olderThanRecent(o, ev) || d.olderThanRecent(ev, o) {
			return nil
		}
		if apart, _, _ := d.toldAtOtherTime(o, ev); apart {
			return nil
		}
		if sameEvent(o, ev) {
			return nil // (sharing a side, addEvent folds it with its names, and sameSides keeps the person for his country)
		}
		if d.standsForSides(o, ev) {
			return o
		}
		return nil // (only the latest event of the type: an older one is another item)
	}
	return nil
}

// sidedTypes are the events of two or more sides, which a report names by
// both when it tells them again.
var sidedTypes = map[string]bool{"MEET": true, "NEGOTIATE": true, "AGREEMENT": true, "PHONE_CALL": true}

// standsForSides: every side of ev stands for a side of o in the same role,
// ev names a side in each role o names one in (not "The Treasury Secretary
// called for the IADB to improve ... He urged a reorganization": a doer alone
// may be the same man's next appeal), and at least one side is named another
// way (with the same entities throughout, sameEvent already decides).
func (d *doc) standsForSides(o, ev *event) bool {
	for _, q := range o.parts {
		if !hasRole(ev, q.role) {
			return false
		}
	}
	other := false
	for _, p := range ev.parts {
		found := false
		for _, q := range o.parts {
			if p.role != q.role {
				continue
			}
			if p.ent == q.ent {
				found = true
				break
			}
			if d.standsFor(p.ent, q.ent) {
				found, other = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return other
}

// standsFor: entity a names the side entity b names: a person holding a post
// of b or b one of a, a place inside b or b inside a, or one person told by
// full name and by surname.
func (d *doc) standsFor(a, b int) bool {
	if a < 0 || b < 0 || a >= len(d.ents) || b >= len(d.ents) {
		return false
	}
	for _, r := range d.roles {
		if r.org >= 0 && (r.person == a && r.org == b || r.person == b && r.org == a) {
			return true
		}
	}
	if d.holdsPlace(a, b) || d.holdsPlace(b, a) {
		return true
	}
	return sameSurname(d.ents[a], d.ents[b])
}

// sameSurname: two person entities, one named by a single word that is the
// last word of the other's name ("Kim" and "Kim Jong Nam" is no match: the
// single word must end the full name).
func sameSurname(a, b *entity) bool {
	if a.typ != b.typ || a.typ != extract.Person {
		return false
	}
	wa, wb := strings.Fields(a.name), strings.Fields(b.name)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	return len(wa) == 1 && len(wb) > 1 && wa[0] == wb[len(wb)-1]
}

// foldRetold folds ev, a retelling of o, into o: its sentence and the finer
// of the two dates, but not its sides, which stand for o's own.
func (d *doc) foldRetold(g string, ev, o *event) {
	d.guarded(g, ev)
	before := d.snapshot(o)
	o.sentences = appendUnique(o.sentences, ev.sentence)
	o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
	if o.loc < 0 {
		o.loc = ev.loc
	}
	d.guardedInto(g, before, o)
}
