package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A state's armed service stands for the state in every event, not only in
// the attack its own sentence tells (twenty-second session, helper other23).
//
// corpsState (event_args_marines.go) replaces a Marine PATIENT by its state
// while the trigger's sentence is read, for attacks only. The "found with
// other participants" audit of the TUNE sets still found a service's name
// as the participant where the gold names its state or nothing, in 10
// events of 8 stories over 7 sets: a service named after the participants
// were read or merged ("A U.S. Marine was also killed during combat
// operations", "the deaths of 14 U.S. Marines ... in a bomb blast"), a
// death or a charge rather than an attack ("reported the death of a
// Marine", "four U.S. Army soldiers have been charged"), and the Army and
// the Navy, which corpsNouns leaves out ("a bomb near a U.S. Army convoy",
// "insurgents attacked an Army patrol").
//
// The guideline names a state's soldiers by the state ("a nationality on
// the actor's head noun stands for its country"), and a bare "the Army" is
// a common noun written with a capital, no named party. So, after every
// reader and merge, a participant whose name is a service noun, alone or
// after its country ("Army", "U.S. Navy", "British Marine"), becomes the
// state the text gives it: the country in its own name, a country just
// before its mention ("U.S. Marine" read as two names), the sentence's
// reporter for a victim ("the U.S. military reported the death of a
// Marine"), or the one country the story puts before that service
// elsewhere ("14 U.S. Marines ... A Marine was also killed"). A service
// with no state is dropped from an attack, a death or a trial that keeps
// another side ("Iraqi insurgents attacked an Army patrol"); it stays
// where it acts as a body (a contract, a request) or is the event's only
// side. A service named with a word that is no country ("Irish Republican
// Army", "Mahdi Army", "Sudan Liberation Army") is a group of its own and
// stays; so is a firm ("Marine Corp").
//
// Measured: TUNE tp/fp/fn 2632/1112/2711 -> 2639/1105/2704 (tp-fp +14),
// CHECK unchanged; BBC unchanged, Reuters 7 events changed.
func (p *Pipeline) corpsStates(d *doc) {
	swapSides(d, func(ev *event, pt part) (int, bool) {
		if pt.ent < 0 || pt.ent >= len(d.ents) {
			return 0, false
		}
		st, ok := p.corpsOwner(d, ev, pt)
		if !ok {
			return 0, false // not a service's name
		}
		if st < 0 && (!soldiersEvent[ev.typ] || len(ev.parts) == 1) {
			// "asked the Navy for reimbursement": the service as a body
			// that acts; "the Marine was shot dead": the only name the
			// text gives the side, which the labels take ("A fourth
			// Marine has died", voa-0222)
			return 0, false
		}
		return st, true // no state (dropped), or the state
	})
}

// swapSides replaces, in every kept event, each participant for which
// swap says so by the entity it gives, in the same role: a service or a
// court by the state that owns it. A replacement below 0 drops the
// participant, and so does one that is a side of the event already.
func swapSides(d *doc, swap func(ev *event, pt part) (int, bool)) {
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		kept := ev.parts[:0]
		for _, pt := range ev.parts {
			st, ok := swap(ev, pt)
			switch {
			case !ok:
				kept = append(kept, pt)
			case st < 0 || hasPart(ev, st) || partIn(kept, st):
				// no owner, or the owner is a side already
			default:
				kept = append(kept, part{ent: st, role: pt.role})
			}
		}
		ev.parts = kept
	}
}

// partIn: e is one of parts.
func partIn(parts []part, e int) bool {
	for _, pt := range parts {
		if pt.ent == e {
			return true
		}
	}
	return false
}

// serviceNouns end the name of a state's armed service.
var serviceNouns = map[string]bool{
	"army": true, "navy": true, "marine": true, "marines": true, "air force": true,
}

// soldiersEvent: in these events a service is its soldiers (the attacked
// patrol, the charged sergeant), who the guideline names by their state;
// in a contract, a request or talks it acts as a body of its own ("reached
// an agreement with the Air Force"), so there it stays when no state is told.
var soldiersEvent = map[string]bool{
	"ATTACK": true, "DEATH": true, "INJURY": true, "ARREST": true, "TRIAL": true, "SENTENCE": true,
}

// corpsOwner reads participant pt of ev as a state's service: ok is false
// when its name is no service's; st is the state (-1 when the text gives
// none).
func (p *Pipeline) corpsOwner(d *doc, ev *event, pt part) (st int, ok bool) {
	en := d.ents[pt.ent]
	if en.typ != extract.Organization {
		return -1, false
	}
	name := strings.ToLower(strings.TrimSpace(en.name))
	noun, prefix := "", ""
	for s := range serviceNouns {
		if name == s {
			noun = s
			break
		}
		if strings.HasSuffix(name, " "+s) {
			noun, prefix = s, strings.TrimSpace(strings.TrimSuffix(name, s))
			break
		}
	}
	if noun == "" || corporateNamed(d, pt.ent) {
		return -1, false
	}
	if prefix != "" {
		c := p.entityForWord(d, prefix)
		if c < 0 || c == pt.ent || !isCountry(d.ents[c]) {
			return -1, false // "Irish Republican Army": a group named for itself
		}
		return c, true
	}
	for _, si := range ev.sentences {
		if si < 0 || si >= len(d.sents) {
			continue
		}
		ss, se := d.sents[si].Start, d.sents[si].End
		for mi, m := range d.mentionsIn(ss, se) {
			if m.ent != pt.ent {
				continue
			}
			if c := nestedCountry(d, mi); c >= 0 {
				return c, true
			}
			if c := p.corpsPrefix(d, mi); c >= 0 {
				return c, true // "A second U.S. Marine" read as one mention of "Marine"
			}
			if c := countryBefore(d, m.start, ss); c >= 0 {
				return c, true // "a U.S. Marine"
			}
		}
		if pt.role == patient {
			if _, c := p.reportingSubject(d, ss, se); c >= 0 && isCountry(d.ents[c]) {
				return c, true // "the U.S. military reported the death of a Marine"
			}
		}
	}
	return p.storyCorpsState(d, pt.ent, noun), true
}

// isCountry: e is a country.
func isCountry(e *entity) bool {
	return e.typ == extract.Location && e.subtype == extract.Country
}

// countryBefore is the country whose mention ends just before token k,
// inside the sentence starting at ss, or -1.
func countryBefore(d *doc, k, ss int) int {
	if k-1 < ss || k-1 >= len(d.mentionAt) {
		return -1
	}
	mi := d.mentionAt[k-1]
	if mi < 0 {
		return -1
	}
	if e := d.mentions[mi].ent; e >= 0 && e < len(d.ents) && isCountry(d.ents[e]) {
		return e
	}
	return -1
}

// storyCorpsState is the one country the story names a service of this
// kind with ("U.S. Marines" as one name, or "U.S." just before "Marines"),
// or -1 when it names none or several.
func (p *Pipeline) storyCorpsState(d *doc, self int, noun string) int {
	if noun == "air force" {
		return -1
	}
	stem := strings.TrimSuffix(noun, "s") // "Marine" and "Marines" are one service
	found := -1
	for mi, m := range d.mentions {
		if m.nested || m.ent < 0 || m.ent >= len(d.ents) || m.end <= m.start || m.end > len(d.lower) {
			continue
		}
		if strings.TrimSuffix(d.lower[m.end-1], "s") != stem {
			continue
		}
		c := -1
		if m.ent == self {
			c = countryBefore(d, m.start, 0)
		} else if c = nestedCountry(d, mi); c < 0 && m.end-m.start >= 2 {
			if e := p.entityForWord(d, d.text(m.start, m.end-1)); e >= 0 && e != m.ent && isCountry(d.ents[e]) {
				c = e
			}
		}
		if c < 0 {
			continue
		}
		if found >= 0 && found != c {
			return -1
		}
		found = c
	}
	return found
}

// corporateNamed: a mention of entity e runs on into a company suffix
// ("Marine Corp said"), so the name is a firm's, not a service's.
func corporateNamed(d *doc, e int) bool {
	for _, m := range d.mentions {
		if m.ent == e && m.end < len(d.lower) && corporateSuffix[d.lower[m.end]] {
			return true
		}
	}
	return false
}
