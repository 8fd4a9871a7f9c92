package pipeline

// A participant named just before the trigger, in the trigger's own noun
// phrase (twelfth session).
//
// insent13 (event_args_insent.go) counted 46 TUNE misses of "trigger
// found, dropped: no participant read" whose participant is a name or a
// nationality right before the trigger. By construction (52 hits of a
// five-word window; rough counts, a story may hold two):
//
//	a gathering named after the body that meets, with plural possessive
//	  or adjectives between ("an EU foreign ministers' meeting", "the
//	  World Trade Organization's annual summit", "a United Nations
//	  Development Program donors' conference")                          5
//	a state's police or court as the subject of an arrest or charge
//	  ("Police in Belarus have detained", "A Ukrainian court has
//	  suspended"); implicitAgent reads most, the rest need a patient
//	  the sentence does not name                                         8
//	a reporter's country as the victims' ("Iraqi police say a suicide
//	  car bomber"): decided against in event_args_insent.go              4
//	a nationality on the act's noun ("the Israeli aggression on
//	  Lebanon", "a European proposal aimed at Tehran"), wanting a second
//	  side named elsewhere                                               5
//	other (names in relative clauses, "its" for a state, appositions)   30
//
// bodyMeeting takes the first row.

import (
	"github.com/newsgraph/newsgraph/extract"
)

// beforeParts gives an event still without participants the one named
// before its trigger in the constructions above.
func (p *Pipeline) beforeParts(d *doc, evs []*event, ss int) {
	for _, ev := range evs {
		if len(ev.parts) > 0 || ev.unreal {
			continue
		}
		if ev.typ == "MEET" {
			bodyMeeting(d, ev, ss)
		}
	}
}

// bodyMeetingNouns are the gatherings a body holds.
var bodyMeetingNouns = map[string]bool{"conference": true, "summit": true, "forum": true, "meeting": true}

// bodyMemberNouns stand between a body and its gathering as a plural
// possessive: "EU foreign ministers' meeting", "donors' conference".
var bodyMemberNouns = map[string]bool{
	"ministers": true, "leaders": true, "donors": true, "members": true, "envoys": true, "officials": true,
	"heads": true, "diplomats": true, "chiefs": true, "governors": true, "ambassadors": true,
}

// bodyMeetingAdjectives describe a body's gathering: "annual summit",
// "emergency meeting".
var bodyMeetingAdjectives = map[string]bool{
	"annual": true, "economic": true, "foreign": true, "emergency": true, "special": true, "extraordinary": true,
	"regional": true, "ministerial": true, "finance": true, "defense": true, "trade": true, "security": true,
	"informal": true, "two-day": true, "three-day": true, "one-day": true, "biannual": true, "semi-annual": true,
}

// bodyMeeting: a gathering noun whose noun phrase opens with a body the
// gazetteer knows ("an EU foreign ministers' meeting in Brussels", "the
// World Trade Organization's annual summit") is that body's meeting with
// itself, where no rule read anyone. bodyGathering (event_args_gathering.go)
// corrects the sides the rules read to the body alone, and leaves a body's
// gathering told with nobody else to none ("a Georgetown University
// conference" is no news of a meeting); a body the gazetteer knows, with
// its members or a kind of meeting between, is.
func bodyMeeting(d *doc, ev *event, ss int) {
	if ev.trigEnd-ev.trigStart != 1 || !bodyMeetingNouns[d.lower[ev.trigStart]] {
		return
	}
	k := ev.trigStart - 1
	member := false // "EU foreign ministers' meeting": the body's members meet
	for k > ss && d.mentionAt[k] < 0 {
		w := d.lower[k]
		switch {
		case bodyMeetingAdjectives[w], w == "'s", w == "’s":
		case w == "'" || w == "’":
			if !bodyMemberNouns[d.lower[k-1]] {
				return
			}
			member = true
			k--
		default:
			goto named
		}
		k--
	}
named:
	if k < ss || k == ev.trigStart-1 && d.lower[ev.trigStart] == "meeting" {
		return // "an EU meeting" stays the rules' (a verb as often: "EU ministers meeting in")
	}
	mi := d.mentionAt[k]
	if mi < 0 {
		return
	}
	m := d.mentions[mi]
	if m.ent < 0 || m.end != k+1 || d.ents[m.ent].typ != extract.Organization || !participantOK(d, m) {
		return
	}
	if d.ents[m.ent].kb == "" && !member {
		return // "the MacWorld conference": a show named after a product (bodyGathering)
	}
	ev.addPart(m.ent, participant)
	ev.collective = true
}
