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
//	other (names in relative clauses, appositions, "its")              30
//	an injury suffered by the clause's subject ("David Beckham will be
//	  sidelined after suffering a right knee injury", "Kwan withdrew
//	  due to a hip muscle injury")                                       2
//	"its" on a state's act ("to protest its offensive in the Gaza
//	  Strip"), the state named last before it                           2
//	a counted crowd of a nationality as the subject of a light verb
//	  ("at least 5,000 Afghans staged a peaceful protest")               1
//
// bodyMeeting takes the first row, sufferersInjury, itsState and
// countedCrowd the last three (TUNE +2, +2, +1 and +1 events right, none
// wrong, in 6 stories; CHECK unchanged). They run after inSentenceParts,
// on events still without participants, so they change no event the rules
// read.

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// beforeParts gives an event still without participants the one named
// before its trigger in the constructions above.
func (p *Pipeline) beforeParts(d *doc, evs []*event, ss, se int) {
	for _, ev := range evs {
		if len(ev.parts) > 0 || ev.unreal {
			continue
		}
		switch ev.typ {
		case "MEET":
			bodyMeeting(d, ev, ss)
		case "INJURY":
			sufferersInjury(d, ev, ss, se)
		case "PROTEST", "ATTACK":
			countedCrowd(d, ev, ss)
		}
		if len(ev.parts) == 0 && (ev.typ == "ATTACK" || ev.typ == "MILITARY_POSTURE") {
			itsState(d, ev, ss)
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
	m := participantEndingAt(d, k)
	if m == nil || d.ents[m.ent].typ != extract.Organization {
		return
	}
	if d.ents[m.ent].kb == "" && !member {
		return // "the MacWorld conference": a show named after a product (bodyGathering)
	}
	ev.addPart(m.ent, participant)
	ev.collective = true
}

// injuryCues stand before an injury noun's phrase and tell that the
// clause's subject has it: "after suffering a knee injury", "withdrew due
// to a hip injury", "is out with a hamstring injury".
var injuryCues = map[string]bool{
	"suffering": true, "suffered": true, "suffers": true, "sustained": true, "sustaining": true, "nursing": true,
	"with": true, "to": true, "from": true, "of": true, "carrying": true, "picked": true,
}

// sufferersInjury: an injury noun told with its kind ("a right knee
// injury", "a hip muscle injury") after a word that gives it to the clause
// ("suffering", "due to", "with") is the sentence's one named person's, when
// the sentence names no one else: the sports pages' "Beckham will miss four
// weeks after suffering a knee injury".
func sufferersInjury(d *doc, ev *event, ss, se int) {
	t := ev.trigStart
	if !ev.nominal || ev.trigEnd-t != 1 || !woundNouns[d.lower[t]] {
		return
	}
	if t+1 < se && injuryHeads[d.lower[t+1]] {
		return // "due to an injury crisis": the noun modifies another
	}
	k := t - 1
	for k > ss && t-k <= 4 && d.mentionAt[k] < 0 && d.lower[k] != "a" && d.lower[k] != "an" && isLowerWord(d.words[k]) {
		k--
	}
	if k <= ss || d.lower[k] != "a" && d.lower[k] != "an" || !injuryCues[d.lower[k-1]] {
		return
	}
	who := -1
	for _, m := range d.mentionsIn(ss, se) {
		if m.ent < 0 || d.ents[m.ent].typ != extract.Person {
			continue
		}
		if who >= 0 && who != m.ent || m.start > t {
			return // two people, or one named after the injury: whose is not told
		}
		who = m.ent
	}
	if who >= 0 {
		ev.addPart(who, patient)
	}
}

// injuryHeads follow an injury noun that only modifies them: "an injury
// crisis", "an injury list".
var injuryHeads = map[string]bool{
	"crisis": true, "list": true, "problems": true, "problem": true, "worries": true, "worry": true, "concerns": true,
	"scare": true, "lay-off": true, "layoff": true, "time": true, "toll": true, "rate": true, "rates": true,
}

// isLowerWord: a word written in lower case ("knee", "hamstring"), not a
// name.
func isLowerWord(w string) bool {
	return w != "" && strings.ToLower(w) == w && w != "," && w != "."
}

// crowdLightVerbs take a protest or an attack noun as their object: "staged
// a protest", "held a rally", "launched an attack".
var crowdLightVerbs = map[string]bool{
	"staged": true, "held": true, "launched": true, "mounted": true, "organized": true, "began": true,
	"stage": true, "hold": true, "staging": true, "holding": true, "led": true,
}

// crowdCountWords count a crowd before its nationality: "at least 5,000
// Afghans", "thousands of Kenyans", "about 200 Bolivians".
var crowdCountWords = map[string]bool{
	"at": true, "least": true, "about": true, "some": true, "more": true, "than": true, "thousands": true,
	"hundreds": true, "tens": true, "dozens": true, "of": true, "several": true, "nearly": true, "around": true,
	"over": true, "almost": true, "up": true, "to": true,
}

// countedCrowd: a protest or attack noun that is the object of a light
// verb whose subject is a counted crowd of a nationality ("at least 5,000
// Afghans staged a peaceful protest", "about 2,000 Kenyans held a rally")
// is that nation's people's act. The rules read a nationality subject of
// the verb itself ("Hundreds of Iraqis marched"), not one whose count
// opens the clause before a light verb.
func countedCrowd(d *doc, ev *event, ss int) {
	if !ev.nominal {
		return
	}
	t := ev.trigStart
	k := t - 1
	for k > ss && t-k <= 3 && d.mentionAt[k] < 0 && isLowerWord(d.words[k]) && !crowdLightVerbs[d.lower[k]] {
		k--
	}
	if k <= ss || !crowdLightVerbs[d.lower[k]] || d.lower[k+1] != "a" && d.lower[k+1] != "an" {
		return
	}
	k--
	if k > ss && (d.lower[k] == "have" || d.lower[k] == "had" || d.lower[k] == "were" || d.lower[k] == "are") {
		k--
	}
	m := participantEndingAt(d, k)
	if m == nil || m.label != "NORP" {
		return
	}
	counted := false
	j := m.start - 1
	for ; j >= ss && d.lower[j] != ","; j-- {
		w := d.lower[j]
		if w == "" || !crowdCountWords[w] && (w[0] < '0' || w[0] > '9') {
			return // "The opposition Afghans": not a counted crowd opening the clause
		}
		if w[0] >= '0' && w[0] <= '9' || w == "thousands" || w == "hundreds" || w == "dozens" || w == "tens" {
			counted = true
		}
	}
	if counted {
		ev.addPart(m.ent, agent)
	}
}

// itsState: a state's act told with "its" ("suspend relations with Israel
// to protest its offensive in Gaza", "a strong stand on North Korea in
// response to its rocket launch") is the act of the state the sentence
// named last before it, when no body stands between.
func itsState(d *doc, ev *event, ss int) {
	t := ev.trigStart
	if !ev.nominal {
		return
	}
	k := t - 1
	for k > ss && t-k <= 3 && d.mentionAt[k] < 0 && isLowerWord(d.words[k]) && d.lower[k] != "its" {
		k--
	}
	if k <= ss || d.lower[k] != "its" {
		return
	}
	state := -1
	for mi, m := range d.mentionsIn(ss, k) {
		if m.ent < 0 {
			continue
		}
		e := d.ents[m.ent]
		if e.typ == extract.Organization {
			state = -1 // a body's "its"
			continue
		}
		if c := countryOf(d, mi); c >= 0 {
			state = c // the nearest
		}
	}
	if state >= 0 {
		ev.addPart(state, agent)
	}
}
