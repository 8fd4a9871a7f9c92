package pipeline

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/timex"
)

// event is one event in the document; reports of the same event merge into one.
type event struct {
	typ, code, trigger string
	trigStart, trigEnd int
	sentence           int
	nominal            bool
	fallback           bool // participants taken from the sentence subject, not the trigger's own words
	unreal             bool // denied or only possible: "will not renew", "could impose sanctions"
	counterpart        bool // the text names the other side, if only as a common noun
	askedOnly          bool // a demand whose maker goes unnamed, named by the one asked (event_args_askeddemand.go)
	captorsMade        bool // a threat by captors no one names: "the kidnappers said they would kill him" (event_args_captors.go)
	placeVisited       bool // a visit's object is a place the text does not name ("visited the hospital")
	struggle           bool // "fought", "battled": an attack only when someone is fought
	foughtPeople       bool // the object names people or a group
	parts              []part
	loc                int // entity index, -1 when unknown
	date, precision    string
	conf               float64
	sentences          []int
	dropped            bool
	// collective: a meeting of one body with itself ("Mercosur leaders are
	// meeting", "the EU pledged at a donors conference").
	collective bool
	// attended: "is attending an international conference": a meeting the
	// one named takes part in with others, who may go unnamed
	attended bool
	// soleBody: talks of one named organization whose other side goes
	// unnamed (event_talks_body.go)
	soleBody bool
	// consent: "agreed to allow": agreeing to what another party asked, who
	// may go unnamed
	consent bool
	// lightSubject: the participants include the subject of a light verb
	// ("the leaders of the African Union have opened their summit").
	lightSubject bool
	// office is the adjective naming what an election fills ("parliamentary",
	// "presidential"): elections for different offices are different events.
	office string
	// recent: a verb in the present perfect ("Spanish police have arrested
	// seven people"): news of the last days, not of a month or year before.
	recent bool
	// purposeOf is the word a purpose infinitive trigger depends on ("an
	// offensive to drive X out"), -1 when the trigger is no such infinitive.
	purposeOf int
	// another: told as another event of its kind ("Other attacks killed
	// ...", "a separate raid"): it joins no report told before it.
	another bool
}

type part struct {
	ent  int
	role string
}

// Roles of event participants.
const (
	agent       = "AGENT"
	patient     = "PATIENT"
	participant = "PARTICIPANT"
)

// symmetric events have no agent: both sides take part alike.
var symmetric = map[string]bool{"MEET": true, "PHONE_CALL": true, "NEGOTIATE": true, "AGREEMENT": true, "MERGER": true}

// statement-like codes are not events of their own: quotes carry what was said.
func skipCode(code string) bool {
	return code == "" || code == "---" || (len(code) >= 2 && code[:2] == "01")
}

// motionVerbs are CAMEO's GO_SOMEWHERE block.
var motionVerbs = map[string]bool{"go": true, "travel": true, "leave": true, "depart": true, "journey": true,
	"tour": true, "touring": true, "embark": true, "egress": true, "go_to": true, "go_away": true, "go_forth": true}

// inventory is the event types the graph keeps (DESIGN.md); the lexicon knows more
// CAMEO families, but outside this list its precision on news is too low to store.
var inventory = map[string]bool{
	"MEET": true, "PHONE_CALL": true, "VISIT": true, "NEGOTIATE": true, "AGREEMENT": true,
	"APPEAL": true, "DEMAND": true, "THREATEN": true, "PROTEST": true, "MILITARY_POSTURE": true,
	"SANCTION": true, "ATTACK": true, "OCCUPY": true, "ARREST": true, "TRIAL": true, "SENTENCE": true,
	"ELECTION": true, "APPOINTMENT": true, "RESIGNATION": true, "DEATH": true, "INJURY": true,
	"ACQUISITION": true, "MERGER": true,
}

// findEvents finds triggers with the CAMEO lexicon, reads their participants from the
// sentence around them, anchors dates, and merges reports of the same event.
func (p *Pipeline) findEvents(d *doc) {
	free := make([]*timex.Timex, len(d.sents))     // a day no event of its sentence took
	sideless := make([]*timex.Timex, len(d.sents)) // a day only an event with no named side took
	ref := ""                                      // the last day the story named: "two days later" counts from it
	refAt := -1                                    // the sentence that named it
	refAgain := false                              // refAt named again the day it had
	var lastSideless []*event                      // the last sentence's dated events with no named side
	for si, s := range d.sents {
		var evs, unreal []*event
		trs := p.scanTriggers(d, si)
		for _, tr := range trs {
			m := tr.m
			ev := p.readTrigger(d, tr, si)
			ev.recent = !ev.nominal && presentPerfect(d, s.Start, m.Start)
			why := "" // the guard that reads it as unreal, for the audit
			if ev.unreal && d.guardLog != nil {
				why = p.unrealArgsWhy(d, ev)
			}
			if m.Lemma == "fall" && ev.typ == "RESIGNATION" {
				fallenArgs(ev) // "since the fall of dictator Mohamed Siad Barre" (event_trig_fall.go)
			}
			if m.Lemma == successorLemma && ev.typ == "APPOINTMENT" {
				successorArgs(d, ev) // "who succeeded the late Yasser Arafat" (event_trig_succeed.go)
			}
			if m.Lemma == "ban" && ev.typ == "SANCTION" && m.Nominal {
				bannedArgs(d, ev, m, s.End) // "the European Union's ban on arms sales to China" (event_trig_ban.go)
			}
			if m.Lemma == embargoLemma && ev.typ == "SANCTION" {
				embargoArgs(d, ev, m, s.Start, s.End) // "a U.S. trade embargo on Cuba" (event_trig_embargo.go)
			}
			if ev.typ == "OCCUPY" && landTakers[m.Lemma] && !m.Nominal {
				capturedArgs(d, ev, m.Start, s.Start) // "areas Israel captured in the 1967 war" (event_trig_captured.go)
			}
			if m.Lemma == mournedLemma && ev.typ == "DEATH" {
				mournedArgs(d, ev, m, s.End) // "the funeral of Pope John Paul II" (event_trig_mourned.go)
			}
			if m.Lemma == signedLemma && ev.typ == "AGREEMENT" {
				p.signedArgs(d, ev, m, s.Start, s.End) // "signed by Cambodia, China and Laos" (event_trig_signed.go)
			}
			if m.Lemma == pactNameLemma && ev.typ == "AGREEMENT" {
				p.pactNameArgs(d, ev, m, s.Start, s.End) // "a Treaty with the US" (event_trig_pactname.go)
			}
			if m.Lemma == blockadeLemma && ev.typ == "MILITARY_POSTURE" {
				blockadeArgs(d, ev, m, s.Start) // "shattering an Israeli blockade" (event_trig_blockade.go)
			}
			if m.Lemma == surroundLemma && ev.typ == "MILITARY_POSTURE" {
				ringArgs(d, ev) // "surrounded the residence of President Aristide" (event_trig_surround.go)
			}
			if m.Pattern == penaltyPattern && ev.typ == "SANCTION" {
				p.penaltyArgs(d, ev, m, s.Start, s.End) // "suspended Butt, Asif and Amir" (event_trig_penalty.go)
			}
			if legalTypes[ev.typ] && !hasRole(ev, patient) && !ev.unreal {
				p.defendantBefore(d, ev, tr, si) // "He has since been freed on bail" (event_args_defendant.go)
			}
			if ev.typ == "TRIAL" && !m.Nominal && (d.lower[m.Start] == "ruled" || d.lower[m.Start] == "rules") {
				courtRuledArgs(d, ev, m, s.End) // "ruled that Mr. Ahmad should be extradited" (event_trig_court.go)
			}
			if m.Lemma == coupLemma && ev.typ == "ATTACK" {
				p.coupArgs(d, ev, m, s.Start, s.End) // "a 2002 coup against President Hugo Chavez" (event_trig_coup.go)
			}
			if m.Lemma == crackdownLemma && ev.typ == "ATTACK" {
				crackdownArgs(d, ev, m, s.Start) // "the Uzbek government's violent crackdown" (event_trig_crackdown.go)
			}
			if m.Lemma == overthrowLemma && ev.typ == "ATTACK" {
				p.overthrowArgs(d, ev, m, s.Start, s.End) // "was deposed in a military coup led by" (event_trig_coup.go)
			}
			if m.Lemma == "enter" && ev.typ == "OCCUPY" {
				enteredArgs(d, ev, m, s.Start) // "since they entered Lebanon" (event_trig_entered.go)
			}
			if m.Lemma == termBanLemma && ev.typ == "SANCTION" {
				p.termBanArgs(d, ev, m, s.Start) // "to be banned for life" (event_trig_termban.go)
			}
			if m.Lemma == inquiryLemma && ev.typ == "DEMAND" {
				p.inquiryArgs(d, ev, m, s.End) // "ordered an investigation into Prime Minister Ehud Olmert" (event_trig_inquiry.go)
			}
			if m.Lemma == pressureLemma && ev.typ == "APPEAL" {
				p.pressureArgs(d, ev, m, s.Start, s.End) // "under intense U.S. pressure to crack down" (event_trig_pressure.go)
			}
			if m.Lemma == deadlineLemma && ev.typ == "DEMAND" {
				p.deadlineArgs(d, ev, m, s.Start, s.End) // "a deadline set by Prime Minister Deuba for the Maoists to resume talks" (event_trig_deadline.go)
			}
			if m.Lemma == modalAskLemma && (ev.typ == "APPEAL" || ev.typ == "DEMAND") {
				p.modalAskArgs(d, ev, m, s.Start) // "He said Ugandan forces must leave the region" (event_trig_modalask.go)
			}
			if m.Lemma == revengeLemma && ev.typ == "THREATEN" {
				p.revengeArgs(d, ev, m, s.Start, s.End) // "vowed to avenge Israel's raids" (event_trig_revenge.go)
			}
			if m.Lemma == postLemma {
				p.postedArgs(d, ev, m, s.Start, s.End) // "More than 10,000 British police have been deployed" (event_trig_deploy.go)
			}
			if m.Reverse { // "faced trial": the subject is the one acted on
				for k := range ev.parts {
					switch ev.parts[k].role {
					case agent:
						ev.parts[k].role = patient
					case patient:
						ev.parts[k].role = agent
					}
				}
			}
			if ev.unreal && p.hopedOfEvent(d, ev, s.Start, s.End) {
				ev.unreal = false // "hopes the upcoming election will be free and fair": the election is real
			}
			if !ev.unreal && p.stanceObject(d, ev, s.Start) {
				ev.unreal, why = true, guardUnrealStance // "the committee bars demonstrations at Olympic venues": a kind of act ruled out
			}
			if !ev.unreal && p.goalClause(d, ev, s.Start) {
				ev.unreal, why = true, guardUnrealGoal // "talks aimed at disarming North Korea": an aim, not an act
			}
			if !ev.unreal && p.attributiveParticiple(d, ev, s.Start, s.End) {
				ev.unreal, why = true, guardUnrealAttrib // "half of Thaksin's frozen assets": a state described, not an act told
			}
			if !ev.unreal && stoppedEvent(d, ev, s.Start) {
				ev.unreal, why = true, guardUnrealStopped // "ordered its gunmen to stop firing rockets": kept from happening
			}
			if !ev.unreal && curbedAttack(d, ev, s.Start) {
				ev.unreal, why = true, guardUnrealStopped // "doing nothing to curb attacks on Israelis" (event_guard_curbed.go)
			}
			if !ev.unreal && p.prospective(d, ev, s.Start) {
				ev.unreal, why = true, guardUnrealProspect // "is expected to ask for", "ready to hold talks": foreseen, not told (event_guard_prospect.go)
			}
			if !ev.unreal && talksSought(d, ev, s.Start) {
				ev.unreal, why = true, guardUnrealProspect // "struggling to launch peace talks", "depends upon negotiations" (event_guard_talksought.go)
			}
			if !ev.unreal && strivenNoun(d, ev, s.Start) {
				ev.unreal, why = true, guardUnrealProspect // "were unable to reach agreement" (event_unreal_strive.go)
			}
			if !ev.unreal && p.genericEvent(d, ev, s.Start, s.End) {
				ev.unreal, why = true, guardUnrealGeneric // "clash regularly with insurgents", "bombings in recent years": a habit or a tally (event_guard_generic.go)
			}
			if !ev.unreal && spanTally(d, ev, s.Start, s.End) {
				ev.unreal, why = true, guardUnrealSpanTally // "25 troops have been killed since Monday": a running count (event_unreal_spantally.go)
			}
			if !ev.unreal && (p.chargedAct(d, ev, s.Start, s.End) || accusedGerund(d, ev, s.Start, s.End)) {
				ev.unreal, why = true, guardUnrealCharged // "are accused of kidnapping children": an accusation's content (event_guard_charged.go)
			}
			if !ev.unreal && barredReelection(d, ev, s.Start) {
				ev.unreal, why = true, guardUnrealStopped // "can not run for re-election": a term ruled out (event_unreal_reelection.go)
			}
			if !ev.unreal && p.deferredEvent(d, ev, s.Start) {
				ev.unreal, why = true, guardUnrealDeferred // "postponed reconciliation talks": put off, not held (event_guard_deferred.go)
			}
			if !ev.unreal {
				if g := p.unrealFrame(d, ev, s.Start, s.End); g != "" {
					ev.unreal, why = true, g // "any negotiations with Algeria would emphasize", "is set to call for" (event_unreal_modalsubj.go)
				}
			}
			if (p.askedBy(d, ev, evs) != nil || termsStipulated(d, ev, s.Start)) && !ev.unreal {
				ev.unreal, why = true, guardUnrealAsked // "demanding the group disarm": what is asked for has not happened
			}
			if ev.unreal && gatheredFor(d, evs, ev) {
				ev.unreal = false // "have rallied in the streets of Iraq to protest": the gathering's aim (event_args_protestaim.go)
			}
			ev.captorsMade = captorsThreat(d, ev, s.Start) // "their abductors threatened to kill the men" (event_args_captors.go)
			if m.Lemma == condDemandLemma && ev.typ == "DEMAND" {
				p.condDemandArgs(d, ev, m, evs, s.Start, s.End) // "threatened to kill the hostages unless Romania withdrew" (event_trig_conddemand.go)
			}
			if ev.unreal && ev.purposeOf >= 0 && (ev.typ == "APPEAL" || ev.typ == "DEMAND") {
				// "Rice telephoned Iraq's President Jalal Talabani on Friday to
				// urge that ...": the purpose of a call or meeting that took
				// place is said in it; the one called is the one urged
				for _, o := range evs {
					if (o.typ == "PHONE_CALL" || o.typ == "MEET") && !o.nominal && o.trigEnd <= ev.purposeOf && ev.purposeOf-o.trigEnd < 12 && hasRole(ev, agent) {
						ev.unreal = false
						for _, pt := range o.parts {
							if !hasPart(ev, pt.ent) {
								ev.addPart(pt.ent, patient)
							}
						}
						break
					}
				}
			}
			if ev.unreal {
				if ev.purposeOf >= 0 {
					// "launched an offensive to drive Taleban remnants out": the
					// purpose names the target of the event noun it tells of
					for _, o := range evs {
						if o.nominal && o.typ == ev.typ && o.trigEnd-1 == ev.purposeOf {
							for _, pt := range ev.parts {
								o.addPart(pt.ent, pt.role)
							}
						}
					}
					protestAim(d, evs, ev) // "took to the streets ... to protest a U.N. probe" (event_args_protestaim.go)
				}
				d.guarded(why, ev)
				unreal = append(unreal, ev) // it still claims the dates told about it
				continue                    // denied or only possible
			}
			if ev.typ == "ELECTION" && m.Start > s.Start && electionAdjective[d.lower[m.Start-1]] {
				ev.office = d.lower[m.Start-1]
			}
			if severalEvents(d, ev, s.End) {
				d.guarded(guardSeveral, ev)
				continue // "killed in two separate ambushes": the sentence sums up events told one by one
			}
			if m.Pattern == penaltyPattern && (!hasRole(ev, agent) || penaltyByEmployer(d, ev) || p.postHolderByCompany(d, ev, m, s.End)) {
				d.guarded(guardPenaltyUnimposed, ev)
				continue // "amendments barring Muslim Brothers from politics": no one named punishing; an employer's discipline (event_trig_penalty.go)
			}
			if relationsUntargeted(ev) {
				d.guarded(guardUntargeted, ev)
				continue // "the prime minister postponed a meeting": against no one (event_trig_relations.go)
			}
			retypeDeath(d, ev, m.Secondary, s.Start, s.End)
			retypeBoardElection(d, ev, s.Start, s.End) // "its board elected X president" (event_sense_business.go)
			retypeKilledDeath(d, ev, s.Start, s.End)   // "died in a hail of bullets" (event_sense_business.go)
			if ev.typ == "ARREST" && !ev.nominal && m.Start > s.Start && abductorNouns[d.lower[m.Start-1]] {
				ev.typ, ev.code = "ATTACK", "181" // "kidnappers seized an Iraqi official": an abduction, not an arrest
			}
			if ev.typ == "ATTACK" && !ev.nominal && !hasRole(ev, agent) && m.End < s.End && d.lower[m.End] == "dead" && strings.HasPrefix(d.lower[m.Start], "found") {
				ev.typ, ev.code = "DEATH", "DIE" // "was found dead at his home": a death no one is said to have caused
			}
			if why := p.typeSense(d, ev, si); why != "" {
				d.guarded(why, ev)
				continue // a team's tour, a game, "demonstrated how": no event of its type (event_sense_other.go)
			}
			if why := p.attackSense(d, ev, si); why != "" {
				d.guarded(why, ev)
				continue // an accident, a tally, a game, words: no attack (event_sense_attack.go)
			}
			if ev.typ == "DEATH" && inCombat(d, ev, s.End) {
				ev.typ, ev.code = "ATTACK", "190" // "the deaths of 10 soldiers in hostile action": killings
			}
			if ev.typ == "PROTEST" && strings.HasPrefix(d.lower[m.Start], "put") && m.Start+1 < s.End && d.lower[m.Start+1] == "down" {
				d.guarded(guardCrackdown, ev)
				continue // "security forces killed 200 people while putting down demonstrations": a crackdown, not a protest
			}
			if ev.typ == "ATTACK" && p.byDisaster(d, ev, s.End) {
				d.guarded(guardDisaster, ev)
				continue // "locales devastated by a deadly earthquake"
			}
			if ev.typ == "ATTACK" && p.sportsWin(d, ev, s.Start, s.End) {
				d.guarded(guardSports, ev)
				continue // "Haas beat Muller in straight sets"
			}
			if ev.typ == "MEET" && len(ev.parts) == 1 && d.ents[ev.parts[0].ent].typ == extract.Organization && (!ev.nominal || ev.fallback || ev.lightSubject) {
				// an organization meets as a body: "Mercosur leaders are meeting",
				// "the EU pledged at a donors conference" (not "the annual
				// conference of the Labor Party", which says no more than that it has one)
				ev.collective = true
			}
			if membersMeeting(d, ev, s.Start) {
				ev.collective = true // "EU foreign ministers meeting in Luxembourg voted" (event_meet_body.go)
			}
			if p.countryMembersMeeting(d, ev, s.Start, s.End) {
				ev.collective = true // "Turkish government ministers ... are meeting Saturday" (event_meet_domestic.go)
			}
			p.tourTakes(d, ev, s.Start, s.End) // "a tour that will also take him to Vietnam and Malaysia" (event_args_tourtake.go)
			if ev.typ == "MEET" && len(ev.parts) == 1 && bodySummit(d, ev, s.Start) {
				ev.collective = true // "the Group of Eight summit", "next week's EU summit": the body's leaders meet
			}
			if ev.typ == "AGREEMENT" && !ev.nominal && m.End+1 < s.End && d.lower[m.End] == "to" {
				switch d.lower[m.End+1] {
				case "allow", "permit", "let", "accept", "grant":
					ev.consent, ev.counterpart = true, true // "Iran had agreed to allow access to the site"
				}
			}
			if (ev.typ == "APPEAL" || ev.typ == "DEMAND" || ev.typ == "THREATEN") && !ev.nominal && m.End < s.End && d.lower[m.End] == "that" && (clauseAskVerbs[strings.ToLower(m.Lemma)] || m.Lemma == insistLemma) {
				// "He demanded that all hate material be removed", "Pyongyang has
				// threatened that any sanctions would be considered a declaration
				// of war": a clause tells what is asked or threatened, of whoever
				// hears it; no one need be named as addressed (only verbs
				// that ask or threaten by themselves: not "hinted that",
				// "stressed that", "warned that", which mostly tell a view)
				ev.counterpart = true
			}
			if agreedConsent(d, ev, s.End) {
				ev.consent, ev.counterpart = true, true // "Iran agreed to suspend enrichment" (event_agree_consent.go)
			}
			if membersAgreed(d, ev, s.Start) {
				ev.collective = true // "EU leaders have agreed on a common approach": the body's consensus
			}
			if agreedAtForum(d, ev, s.Start, s.End) {
				ev.consent, ev.counterpart = true, true // "agreed during six-nation talks to abandon": the others at the table
			}
			if p.threatToAct(d, ev, s.End) {
				ev.counterpart = true // "rebels have threatened to boycott the talks": aimed at whoever it concerns
			}
			if ev.typ == "AGREEMENT" && !ev.nominal && (m.Lemma == "sign" || m.Lemma == "reach") {
				ev.consent, ev.counterpart = true, true // "has signed seven new foreign oil deals": a pact has another side, named or not
			}
			if symmetric[ev.typ] && len(ev.parts) == 2 {
				before := d.snapshot(ev)
				ownSide(d, ev)
				if before != nil && len(ev.parts) != 2 {
					d.guarded(guardPartsOwnSide, before)
				}
			}
			if ev.typ == "NEGOTIATE" && ev.nominal && manySidedTalks(d, ev) {
				ev.counterpart = true // "North Korea agreed during six-nation talks": the other five go unnamed
			}
			if ev.typ == "NEGOTIATE" && ev.nominal && len(ev.parts) == 1 {
				hostCountry(d, ev, s.End) // "he traveled to the UAE, following talks in Oman"
			}
			if ev.typ == "DEATH" || ev.typ == "INJURY" {
				// no one causes a death told as a death: "Marcos announced the
				// death of Comandante Ramona" names who told of it, not a killer
				before := d.snapshot(ev)
				kept := ev.parts[:0]
				for _, pt := range ev.parts {
					if pt.role != agent {
						kept = append(kept, pt)
					}
				}
				ev.parts = kept
				if before != nil && len(before.parts) != len(kept) {
					d.guarded(guardPartsNoKiller, before)
				}
			}
			switch strings.ToLower(m.Lemma) {
			case "fight", "battle", "struggle", "resist", "combat":
				ev.struggle = true // "he fought extradition"
				if ok, side := foughtWith(d, m.Start, m.End, s.Start, s.End); ok && m.Lemma != "struggle" {
					ev.foughtPeople = true // "fighting with security forces" (event_args_foughtwith.go)
					if side >= 0 && len(ev.parts) > 0 {
						ev.addPart(side, patient) // "factional fighting with Fatah"
					}
				}
			}
			evs = append(evs, ev)
		}
		for _, ev := range evs {
			p.learnedParts(d, ev, evs, s.Start, s.End)
		}
		p.partlessParts(d, evs, unreal, s.Start, s.End)
		evs = p.dropCriticism(d, evs, s.End)
		before := ref
		named := false
		if len(evs) > 0 || recentEvent(d, si) {
			// unreal events take part so that "planning for a re-election
			// campaign in 2012" does not date the appointment told before it
			free[si] = p.anchorDates(d, append(evs[:len(evs):len(evs)], unreal...), si, &ref, &named, &sideless[si])
		} else {
			ref, named = namedDay(d, si, ref)
		}
		if ref != before || named {
			p.reportNamed(d, si, before)
		}
		if ref == before && carriesDay(d, refAt, si, ref) && ref != "" && ref <= d.src.Published && !anyDated(evs) && !itemBreak(d, refAt, si) {
			// (only a day already past: "will meet Friday. ... They met" is not that Friday)
			// a sentence naming no day goes on with the one just named
			// (not across "Separately," or "In another development,"):
			// "... fired at soldiers near an army post Sunday. Authorities say
			// the soldiers returned fire, killing one of the attackers."
			for _, ev := range evs {
				if si-refAt > 1 && !doneHarm(ev) {
					continue // (further on, only violence goes on with it: carriesDay)
				}
				if ev.date == "" && ev.nominal && len(ev.parts) > 0 && !refAgain && duringNoun(d, s.Start, ev) {
					// "Friday Britain pledged $1 billion ... Brown confirmed the
					// pledge during a meeting in London with Zardari"
					ev.date, ev.precision = ref, timex.Day
				}
				if ev.date == "" && !ev.nominal && len(ev.parts) > 0 && !perfect(d, s.Start, ev.trigStart) &&
					!(refAgain && (d.mentionAt[ev.trigStart] >= 0 || p.cls(d, ev.trigStart)&wPast == 0 || ev.trigStart > 0 && verbGapWords[d.lower[ev.trigStart-1]])) {
					ev.date, ev.precision = ref, timex.Day
				}
			}
		}
		retellSideless(d, lastSideless, evs, si)
		lastSideless = sidelessDated(evs, lastSideless[:0])
		if ref != before || named {
			// (a sentence naming again the day already told goes on with it
			// too, but only to an act told in the simple past: "killed 21
			// people Sunday ... began setting up checkpoints early Sunday
			// ... A suicide car bomber killed nine soldiers")
			refAgain = ref == before
			refAt = si
		}
		for _, ev := range p.foldSentence(d, evs) {
			p.placeEvent(d, ev, s.Start, s.End)
			ev.another = ev.another || p.toldAsAnother(d, ev) // (or set by its reader: tourTakes)
			d.addEvent(ev)
		}
	}
	announced(d)
	p.leadNextDay(d)
	p.lateDates(d, free)
	leadDates(d, sideless)
	retoldDay(d)
	tiedLate(d)
	anaphorDate(d)
	refineByLater(d)
	p.exactLaterDay(d) // "last month's elections ... the September 18 vote" (event_dates_exact.go)
	atTheTime(d)
	spanStarts(d)   // "at the end of a three-day visit": dated by its first day (event_dates_span.go)
	p.arrivalDay(d) // "has visited ... The singer arrived ... on Wednesday" (event_dates_arrival.go)
	// "Police said Thursday the blast took place" (event_dates_reported.go)
	p.reportedDates(d)
	pre := d.snapshots()
	sameSides(d)
	d.guardedParts(guardPartsSides, pre)
	pre = d.snapshots()
	finerPlaces(d)
	townsTaken(d) // "captured Srebrenica": the town is where (event_args_townstaken.go)
	placesHit(d)  // "the attack on Pearl Harbor": the site is where (event_args_placehit.go)
	d.guardedParts(guardPartsPlaces, pre)
	p.discourseParts(d)
	electionCandidates(d)
	partlessCandidates(d) // an election nothing named, by the candidates its sentence tells (event_args_partlesscand.go)
	p.nationalForces(d)
	interposedSubject(d)
	apposedNames(d)
	withApposed(d)     // "a meeting with his visiting counterpart, Manouchehr Mottaki" (event_args_withappos.go)
	agreedRecipient(d) // "agreed to give fertilizer to the North": the recipient is the other side (event_agree_consent.go)
	p.pairPacts(d)     // "the Israel-Palestinian Oslo peace accord": the pair are the sides (event_agree_pairname.go)
	p.electionCountries(d)
	p.storyElections(d) // a dated election in a story about one country (event_args_storycountry.go)
	bodyElections(d)    // "Congo's electoral commission ... national elections" (event_args_bodyelection.go)
	d.lateRepeats()
	lateCandidates(d) // the candidates of sentences a late repeat added (event_args_latecand.go)
	d.attackHalves()
	p.blamedAgents(d)    // "officials blame Taliban forces": the doer of an attack told before (event_args_blamed.go)
	d.clauseRepeats()    // "shot and killed three Palestinians": one act read twice (event_merge_sentence.go)
	d.victimRepeats()    // "killed a priest ... Mr. Pokhrel was gunned down by": one killing (event_merge_victim.go)
	p.tourPlaces(d)      // "a tour of the United States": the place, no visitor (event_args_visittour.go)
	p.sceneVisits(d)     // "will be in India ... on a private visit" (event_args_visitscene.go)
	listedVisitPlaces(d) // "visits to Trinidad and Tobago and Jamaica": every place of the list (event_args_visitlist.go)
	splitVisits(d)       // "will travel to India, Pakistan and Japan": one VISIT per place (event_split_visits.go)
	p.comingMonthDay(d)  // "will travel ... next month. ... will visit Argentina from November 3" (event_dates_monthday.go)
	bodyTalks(d)         // "Gazprom says negotiations are almost complete": talks of one body (event_talks_body.go)
	p.victimsTold(d)     // "the victims included 11 Pakistanis": the attack's PATIENTs (event_args_victims.go)
	p.corpsStates(d)     // "a U.S. Army convoy", "the death of a Marine": the state, not its service (event_args_corpsall.go)
	p.courtStates(d)     // "Ukraine's Supreme Court threw out": the owner, not the rank (event_args_courtstate.go)
	qualifierPlaces(d)   // "visit the western U.S. state of Arizona": the place, not its country (event_args_placemod.go)
	nonActors(d)         // "signed the Treaty of Kanagawa", "African leaders": no side (event_args_nonactor.go)
	for _, ev := range d.events {
		// A meeting or call needs two parties; with one it is a misread trigger.
		// A visit needs a visitor and a place visited; an appeal, demand or
		// threat someone it is aimed at ("asked to leave" asks no one).
		if !viable(ev) || appointsBody(d, ev) {
			if d.guardLog != nil && !ev.dropped {
				why := viableWhy(ev)
				if why == "" {
					why = guardAppointsBody
				}
				d.guarded(why, ev)
			}
			ev.dropped = true
		}
	}
	var kept []*event // (the audit names what the learned filter drops)
	if d.guardLog != nil {
		for _, ev := range d.events {
			if !ev.dropped {
				kept = append(kept, ev)
			}
		}
	}
	p.learnedFilter(d)
	for _, ev := range kept {
		if ev.dropped {
			d.guarded(guardLearnedFilter, ev)
		}
	}
}

// readTrigger makes the event a trigger found in sentence si tells, with
// the participants the rules read for it before any later guard: findEvents
// goes on from it, and the scorer's miss classes (TriggerReads) stop here.
func (p *Pipeline) readTrigger(d *doc, tr rawTrigger, si int) *event {
	m, s := tr.m, d.sents[si]
	ev := &event{typ: tr.typ, code: m.Code, trigger: d.text(m.Start, m.End), trigStart: m.Start, trigEnd: m.End,
		sentence: si, nominal: m.Nominal, loc: -1, sentences: []int{si}, purposeOf: -1}
	p.readArgs(d, ev, s.Start, s.End)
	gatheringNameParts(d, ev) // "to attend the Summit of the Americas" (mention_gathering.go)
	p.treeParts(d, ev, s.Start, s.End)
	p.businessParts(d, ev, s.Start, s.End)
	p.bailParts(d, ev, s.End)
	p.implicitAgent(d, ev, s.Start, s.End)
	p.struckForce(d, ev, s.Start, s.End)      // "attacked two police stations in eastern Turkey" (event_args_struckforce.go)
	p.placeStruck(d, ev, s.Start, s.End)      // "fired mortars into a Jewish settlement" (event_args_placestruck.go)
	p.peopleStruck(d, ev, s.Start, s.End)     // "killed seven members of a family of the Yazidi sect" (event_args_peoplestruck.go)
	p.corpsState(d, ev, s.Start, s.End)       // "seven U.S. Marines have been killed" (event_args_marines.go)
	p.anaphorState(d, ev, s.Start, s.End)     // "invaded the country" (event_args_anaphor.go)
	p.namedNextPatient(d, ev, s.Start, s.End) // "arrested a man ... Iwan Darmawan was" (event_args_namednext.go)
	p.namedNextAgent(d, ev, s.Start, s.End)   // "A top U.S. lawmaker says ... Congressman Tom Lantos" (event_args_namedsubject.go)
	p.tiedGroup(d, ev, s.End)                 // "detained 10 people with suspected links to al-Qaida" (event_args_tiedgroup.go)
	p.sayerState(d, ev, s.Start, s.End)       // "Nigeria's army said that 100 militants had been detained" (event_args_sayerstate.go)
	p.sayerForce(d, ev, s.Start, s.End)       // "NATO says its forces killed 18 militants" (event_args_sayerforce.go)
	p.involvedAccused(d, ev, s.Start)         // "accused Nyamwasa of being involved in three grenade attacks" (event_args_accusedin.go)
	p.plannerAgent(d, ev, s.Start, s.End)     // "Osama bin Laden, architect of the September 11 attacks" (event_args_mastermind.go)
	p.healthReported(d, ev, s.Start, s.End)   // "Chinese health officials say a woman has died" (event_args_healthreport.go)
	p.relationsTarget(d, ev, s.End)           // "recalled its ambassador to Venezuela" (event_trig_relations.go)
	p.ifThreatParts(d, ev, s.Start, s.End)    // "says it will not take part unless Britain ..." (event_trig_ifthreat.go)
	p.listObjectPlace(d, ev, s.End)           // "visit several cities in Texas, Arkansas and Alabama" (event_args_visitlist.go)
	p.sentParts(d, ev, s.Start, s.End)        // "is sending an FBI agent to Azerbaijan" (event_trig_sent.go)
	p.attendParts(d, ev, s.End)               // "attended the funeral of Pope John Paul II in Rome" (event_trig_attend.go)
	p.addressParts(d, ev, s.End)              // "told the U.N. Human Rights Council" (event_trig_address.go)
	p.abroadParts(d, ev, s.Start, s.End)      // "his Irish counterpart, Bertie Ahern, spoke in Belfast" (event_trig_abroad.go)
	visitorParts(d, ev, s.End)                // "told a visiting Japanese delegation" (event_trig_visitor.go)
	legParts(d, ev, s.Start, s.End)           // "before flying back to Washington" (event_trig_tourleg.go)
	p.antiTarget(d, ev, s.Start)              // "anti-Syrian protests": Syria is the target (event_args_antitarget.go)
	p.sayerParty(d, ev, s.Start, s.End)       // "Russia says talks with the United States will" (event_args_sayerparty.go)
	return ev
}

// askedBy: ev is what an appeal, demand or threat told just before it in
// the sentence asks for or threatens (returned, else nil) ("is demanding the group disarm",
// "called for talks", "threatened an attack").
func (p *Pipeline) askedBy(d *doc, ev *event, evs []*event) *event {
	if placedAbroad(d, ev) {
		return nil // "delivered the warning during a meeting in Riyadh with X": the place phrase is no clause asked for
	}
	for _, o := range evs {
		switch o.typ {
		case "APPEAL", "DEMAND", "THREATEN":
		default:
			continue
		}
		if o.unreal || o.trigEnd > ev.trigStart || ev.trigStart-o.trigEnd > 6 && !p.infinitiveAsked(d, o, ev) {
			continue
		}
		if inquiryInto(d, o) {
			continue // "ordered an investigation into the killings": what is looked into happened (event_trig_inquiry.go)
		}
		if ev.nominal && settingObject(d, o.trigEnd-1, ev.trigStart, ev.typ == "MEET") {
			continue // "delivered the warning during a meeting with X": the meeting is its setting (event_unreal_setting.go)
		}
		if !o.nominal && ev.trigStart == o.trigEnd && ev.typ == "VISIT" && d.lower[ev.trigStart] == "visiting" {
			continue // "asked visiting envoys Elliott Abrams and David Welch for": the envoys are asked
		}
		if o.nominal && o.trigEnd < len(d.lower) && d.lower[o.trigEnd] != "for" && d.lower[o.trigEnd] != "to" {
			// a noun asks for what its "for" or "to" says ("an appeal for
			// talks"), not for what follows it ("her legal appeal during a
			// meeting with her lawyer")
			continue
		}
		clause := true
		for k := o.trigEnd; k < ev.trigStart; k++ {
			switch d.lower[k] {
			case ",", ";", ":", "that", "which", "who", "after", "before", "when", "while", "because", "as", "but":
				clause = false
			case "and":
				// "to disarm and cease", "to stand united and fight": a
				// second infinitive the appeal also asks for (not "and" between clauses)
				clause = clause && !o.nominal && k+1 == ev.trigStart && !ev.nominal && p.askedInfinitive(d, o.trigEnd, k)
			}
		}
		if clause {
			return o
		}
	}
	return nil
}

// hostCountry adds the country talks with one named party are held in,
// right after the noun ("following talks in Oman"): its officials are the
// other side. Not a city ("talks in Geneva" are anyone's), nor the party's
// own country; not a meeting ("an indoor meeting in France" is a sports meet).
func hostCountry(d *doc, ev *event, se int) {
	k := ev.trigEnd
	if k+1 >= se || d.lower[k] != "in" || gatheringNouns[d.lower[k-1]] {
		return // (not "a summit in Hong Kong": a gathering's host is only its place)
	}
	mi := d.mentionAt[k+1]
	if mi < 0 {
		return
	}
	m := d.mentions[mi]
	if m.ent < 0 || d.ents[m.ent].typ != extract.Location || d.ents[m.ent].subtype != extract.Country || placeInCountry(d, m) || m.ent == ev.parts[0].ent {
		return
	}
	if m.end < se && (d.lower[m.end] == "and" || d.lower[m.end] == "," && m.end+1 < se && d.mentionAt[m.end+1] >= 0) {
		return // "talks in Egypt and Jordan": a tour, not one host
	}
	for _, r := range d.roles {
		if r.person == ev.parts[0].ent && r.org == m.ent {
			return // "Iranian Foreign Minister Mottaki ... talks in Iran"
		}
	}
	ev.addPart(m.ent, participant)
}

// ownSide drops from a two-sided event the country or body its other
// participant holds a title of ("A U.S. judge has agreed to review ...":
// the judge and the United States are one side, not two that agree).
func ownSide(d *doc, ev *event) {
	for i, a := range ev.parts {
		b := ev.parts[1-i]
		if d.ents[a.ent].typ != extract.Person || d.ents[b.ent].typ == extract.Person {
			continue
		}
		for _, r := range d.roles {
			if r.person == a.ent && r.org == b.ent {
				ev.parts = []part{a}
				return
			}
		}
		// "A U.S. judge has agreed ... U.S. District Judge Federico Moreno":
		// a description resolved to a person named elsewhere, its country
		// with it
		s := d.sents[ev.sentence]
		named, described := false, false
		for _, m := range d.mentionsIn(s.Start, s.End) {
			named = named || m.ent == a.ent
			described = described || m.ent == b.ent && m.end < s.End && personNouns[d.lower[m.end]]
		}
		if described && !named {
			ev.parts = []part{a}
			return
		}
	}
}

// bodySummit: ev is the noun "summit" premodified by the name of the one
// organization it names, a body the gazetteer knows ("the Group of Eight
// economic summit", "next week's EU summit"): a summit is a meeting of
// leaders, and one named after a body of several countries is its
// members' meeting, though no member is named (not a body of one country,
// "a Georgetown University summit", nor a conference or forum, which may
// be a trade fair or a lecture).
func bodySummit(d *doc, ev *event, ss int) bool {
	if !ev.nominal || d.lower[ev.trigEnd-1] != "summit" {
		return false
	}
	k := ev.trigEnd - 2 // the word before the noun (a trigger may span "EU summit")
	for k > ss && k > ev.trigEnd-4 && d.mentionAt[k] < 0 && summitModifier(d.lower[k]) {
		k-- // "the G-8 economic summit", "NATO's 60th anniversary summit"
	}
	k = skipAcronym(d, k, ss) // "the World Trade Organization's (WTO) annual summit"
	if k >= ss && (d.lower[k] == "'s" || d.lower[k] == "’s") {
		k--
	}
	if k < ss || d.mentionAt[k] < 0 {
		return false
	}
	m := d.mentions[d.mentionAt[k]]
	e := d.ents[m.ent]
	return m.ent == ev.parts[0].ent && m.end == k+1 && e.typ == extract.Organization && (e.kb != "" || bodyName(e)) && e.country == "" // (event_meet_body.go)
}

// clauseAskVerbs ask for or threaten what their "that" clause tells.
var clauseAskVerbs = map[string]bool{"demand": true, "urge": true, "insist": true, "threaten": true, "vow": true, "request": true, "ask": true, "plead": true}

// summitAdjectives stand between a body's name and "summit".
var summitAdjectives = map[string]bool{"economic": true, "annual": true, "emergency": true, "special": true, "extraordinary": true, "informal": true, "anniversary": true}

// appointsBody: an appointment whose appointee is an organization ("named
// Drexel Burnham Lambert sole underwriter"): a business mandate, not a post.
func appointsBody(d *doc, ev *event) bool {
	if ev.typ != "APPOINTMENT" {
		return false
	}
	for _, pt := range ev.parts {
		if pt.role == patient && d.ents[pt.ent].typ == extract.Organization {
			return true
		}
	}
	return false
}

// afterSubordinator: a gerund after "after", "before"... shares the main clause's subject.
func afterSubordinator(d *doc, t, ss int) bool {
	if t-1 < ss {
		return false
	}
	switch d.lower[t-1] {
	case "after", "before", "during", "while", "following", "since", "upon", "when", "by":
		return true
	case "of":
		// "LRA fighters are accused of murdering civilians"
		if t-2 >= ss {
			switch d.lower[t-2] {
			case "accused", "suspected", "charged", "convicted", "guilty", "capable", "responsible":
				return true
			}
		}
	}
	return false
}

// hasRole: a participant of ev plays role.
func hasRole(ev *event, role string) bool {
	for _, p := range ev.parts {
		if p.role == role {
			return true
		}
	}
	return false
}

func (ev *event) addPart(e int, role string) {
	for i, p := range ev.parts {
		if p.ent == e {
			if p.role == participant && role != participant {
				ev.parts[i].role = role
			}
			return
		}
	}
	ev.parts = append(ev.parts, part{ent: e, role: role})
}

// setSides replaces the event's participants by the given AGENTs and
// PATIENTs, for readers that know both sides of a construction better than
// the argument reader ("a deadline set by X for Y to", "U.S. pressure on
// X"); a side named as both stays an AGENT, since addPart keeps the first
// role it gives a name.
func (ev *event) setSides(agents, patients []int) {
	ev.parts = ev.parts[:0]
	for _, e := range agents {
		ev.addPart(e, agent)
	}
	for _, e := range patients {
		ev.addPart(e, patient)
	}
}

// setPatient makes e the event's one PATIENT, dropping the others: for
// readers that know the place or person an event befell better than the
// argument reader ("attended a service ... in Yakutsk", "flew to Basra").
func (ev *event) setPatient(e int) {
	ev.parts = slices.DeleteFunc(ev.parts, func(pt part) bool { return pt.role == patient })
	ev.addPart(e, patient)
}

// Gap words may stand between a subject and its verb.
var gapWords = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "also": true, "is": true, "are": true,
	"was": true, "were": true, "been": true, "be": true, "did": true, "does": true, "do": true, "not": true,
	"n't": true, "may": true, "might": true, "could": true, "can": true, "should": true, "then": true,
	"later": true, "reportedly": true, "recently": true, "already": true, "again": true, "finally": true,
	"to": true, "agreed": true, "plans": true, "planned": true, "expected": true, "officially": true,
}

// phraseStart extends a mention left over its role premodifiers: "Russian Foreign
// Minister Sergey Lavrov" starts at "Russian".
func (p *Pipeline) phraseStart(d *doc, m *mention, ss int) int {
	k := m.start
	if m.label == "PER" {
		if ts, _ := p.titleBefore(d, k); ts >= 0 {
			k = ts
			if k-1 >= ss && d.mentionAt[k-1] >= 0 {
				if om := d.mentions[d.mentionAt[k-1]]; om.end == k && om.label != "PER" {
					k = om.start
				}
			}
		}
	}
	return k
}

// participantEndingAt is the mention that ends at token k when it can take
// part in an event ("an EU foreign ministers' meeting": the word before
// the noun), else nil.
func participantEndingAt(d *doc, k int) *mention {
	if k < 0 || k >= len(d.mentionAt) {
		return nil
	}
	mi := d.mentionAt[k]
	if mi < 0 {
		return nil
	}
	m := d.mentions[mi]
	if m.end != k+1 || !participantOK(d, m) {
		return nil
	}
	return m
}

// participantOK tells whether a mention can take part in an event.
func participantOK(d *doc, m *mention) bool {
	if m.ent < 0 {
		return false
	}
	if partyState(d.words[m.start]) {
		return false // "Rep. Tony Hall, D-Ohio, urges": a party and state, not an actor
	}
	if m.end < len(d.lower) {
		switch d.lower[m.end] {
		case "news", "newspaper", "daily", "television", "radio", "magazine", "network":
			return false // "Japan's Kyodo news agency reports": a medium reports, it does not act
		}
	}
	for _, mi := range d.ents[m.ent].mentions {
		if o := d.mentions[mi]; o.start >= 2 && (d.lower[o.start-1] == "agency" || d.lower[o.start-1] == "newspaper") {
			return false // "the official news agency Tass said ... destroying bridges, Tass said": a medium
		}
	}
	if groupDescription(d, m) {
		return false // "allies of the Shi'ite militant group": the group told of, not the faith (entity_groups.go)
	}
	if m.label == "NORP" {
		return true // "Two Germans": a people, whatever type its cluster took
	}
	if m.label == "MISC" && m.end < len(d.lower) && d.mentionAt[m.end] < 0 && (d.lower[m.end] == "administration" || d.lower[m.end] == "regime") {
		return true // "the Bush administration reached agreement": a leader's government, whatever the tagger called the name
	}
	if m.label == "MISC" && m.end-m.start == 1 && peopleWord(d.words[m.start]) {
		return true // "Muslims demonstrated": a group the tagger calls MISC
	}
	if m.label == "MISC" && (m.end-m.start == 1 || m.end-m.start == 2 && capitalised(d.words[m.start])) && demonym(d.lower[m.end-1]) && m.end < len(d.lower) && d.mentionAt[m.end] < 0 &&
		(strings.HasSuffix(d.lower[m.end], "s") && d.lower[m.end] != "'s" || personNouns[d.lower[m.end]] || takenPeople[d.lower[m.end]] || forceNouns[d.lower[m.end]]) {
		return true // "60 African migrants drowned", "The Sri Lankan navy": a people named by its adjective on a plural head or a force
	}
	if m.label == "MISC" && m.end-m.start == 2 && capitalised(d.words[m.start]) && demonym(d.lower[m.start]) && m.end < len(d.lower) && d.mentionAt[m.end] < 0 &&
		strings.HasSuffix(d.lower[m.end], "s") && d.lower[m.end] != "'s" {
		return true // "Bosnian Serb forces killed": a people's two-word adjective on a plural head (not "a Bosnian Serb police officer")
	}
	if m.label == "MISC" && groupForceAdjective(d, m) {
		return true // "Hutu rebels killed", "Maoist rebels attacked" (event_args_groupforce.go)
	}
	if groupParticipant(d, m) {
		return true // "Sunni Arab clerics pleaded", "hundreds of Shi'ite Muslims" (entity_groups.go)
	}
	switch d.ents[m.ent].typ {
	case extract.Person, extract.Organization, extract.Location, extract.NORP:
		return true
	}
	return false
}

// chainRight reads names starting at token k: "Obama and Russian President Vladimir Putin".
func (p *Pipeline) chainRight(d *doc, k, se int) []int {
	var out []int
	for k < se {
		for k < se && (d.lower[k] == "the" || d.lower[k] == "his" || d.lower[k] == "her") {
			k++
		}
		// skip a role premodifier: an adjective/name mention then a title before a person
		start := k
		if k < se && d.mentionAt[k] >= 0 {
			m := d.mentions[d.mentionAt[k]]
			if m.label != "PER" && m.end < se && d.mentionAt[m.end] >= 0 && d.mentions[d.mentionAt[m.end]].label == "PER" {
				k = m.end // "his Russian counterpart": the person, not the adjective
				m = d.mentions[d.mentionAt[k]]
			}
			if m.label != "PER" && m.end < se {
				if n := p.gaz.IsTitle(d.lower, m.end); n > 0 && m.end+n < se && d.mentionAt[m.end+n] >= 0 {
					k = m.end + n
				}
			}
		}
		if k < se && d.mentionAt[k] < 0 {
			if n := p.gaz.IsTitle(d.lower, k); n > 0 {
				k += n
			}
		}
		if k >= se || d.mentionAt[k] < 0 {
			if start != k {
				// a premodifier with no name after it ("his Russian counterpart" was
				// already resolved into a mention, so this is a bare adjective)
				if mi := d.mentionAt[start]; mi >= 0 && participantOK(d, d.mentions[mi]) {
					out = append(out, d.mentions[mi].ent)
				}
			}
			break
		}
		m := d.mentions[d.mentionAt[k]]
		if !participantOK(d, m) {
			break
		}
		out = append(out, m.ent)
		k = m.end
		if k < se && (d.lower[k] == "and" || d.lower[k] == ",") {
			k++
			continue
		}
		break
	}
	return out
}

// sentenceSubject returns the name chain that opens the sentence's main clause, if it
// comes before token t.
func (p *Pipeline) sentenceSubject(d *doc, ss, t int) []int {
	k := ss
	// skip an opening quote or adverbial word
	for k < t && isPunct(d.words[k]) {
		k++
	}
	for k < t && d.mentionAt[k] < 0 {
		if n := p.gaz.IsTitle(d.lower, k); n > 0 {
			k += n
			continue
		}
		return nil
	}
	if k >= t {
		return nil
	}
	return p.chainRight(d, k, t)
}

// againstBetween: the later of two event nouns of a sentence is what the
// earlier one is against ("appeal ... against his conviction"), an earlier event.
func againstBetween(d *doc, a, b *event) bool {
	if b.trigStart < a.trigStart {
		a, b = b, a
	}
	if b.trigStart-a.trigEnd > 12 {
		return false
	}
	for k := b.trigStart - 1; k >= a.trigEnd && k >= b.trigStart-3; k-- {
		if d.lower[k] == "against" {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// retypeDeath: a killing with no attacker in a crash, a flood or an epidemic is
// a death, not an attack ("14 soldiers were killed in a crash").
func retypeDeath(d *doc, ev *event, secondary string, ss, se int) {
	if secondary != "DEATH" || ev.typ != "ATTACK" || hasRole(ev, agent) {
		return
	}
	for k := ss; k < se && k < ev.trigEnd+8; k++ {
		switch d.lower[k] {
		case "crash", "accident", "flood", "floods", "flooding", "earthquake", "quake", "storm", "fire", "blaze",
			"cold", "weather", "heat", "virus", "flu", "disease", "illness", "landslide", "avalanche", "collapse",
			"exposure", "hypothermia", "cyclone", "hurricane", "typhoon", "tsunami", "outbreak", "epidemic":
			ev.typ, ev.code = "DEATH", "DIE"
			return
		}
	}
}

// dropCriticism drops an attack verb whose object is another event ("Hamas
// dominated recent Palestinian elections", "attacked the agreement"):
// criticism or a win, not violence.
func (p *Pipeline) dropCriticism(d *doc, evs []*event, se int) []*event {
	out := evs[:0:0]
	for _, ev := range evs {
		drop := false
		if ev.typ == "ATTACK" && !ev.nominal {
			for _, o := range evs {
				if o == ev || !o.nominal || o.typ == "ATTACK" || o.trigStart < ev.trigEnd || o.trigStart > ev.trigEnd+4 {
					continue
				}
				drop = true
				for k := ev.trigEnd; k < o.trigStart; k++ {
					if d.mentionAt[k] < 0 && p.cls(d, k)&(wDet|wAdj|wNum) == 0 {
						drop = false // not just the object's premodifiers
					}
				}
			}
		}
		if !drop {
			out = append(out, ev)
		} else {
			d.guarded(guardCriticism, ev)
		}
	}
	return out
}

// abductorNouns take people by force, not by law.
var abductorNouns = map[string]bool{
	"kidnappers": true, "gunmen": true, "militants": true, "rebels": true, "insurgents": true, "pirates": true,
	"abductors": true, "guerrillas": true, "fighters": true, "attackers": true, "hijackers": true,
}

// severalEvents: the trigger sums up several events ("two separate
// ambushes", "were killed in separate clashes"), each told on its own or not
// at all; as one event it would join their sides into one.
func severalEvents(d *doc, ev *event, se int) bool {
	if ev.nominal {
		return ev.trigStart > 0 && d.lower[ev.trigStart-1] == "separate"
	}
	for k := ev.trigEnd; k < se && k < ev.trigEnd+5; k++ {
		switch d.lower[k] {
		case ",", ";", "when", "after", "while", "who", "which", "that":
			return false
		case "separate":
			// "killed in two separate ambushes"; not "in a separate incident" (event_coref_separate.go)
			return k > ev.trigEnd && (d.lower[k-1] == "in" || d.lower[k-2] == "in") && !oneSeparateAfter(d, ev, se)
		}
	}
	return false
}

// inCombat: the death is told to have come in fighting ("the deaths of 10
// American soldiers in hostile action", "died in combat").
func inCombat(d *doc, ev *event, se int) bool {
	for k := ev.trigEnd; k+1 < se && k < ev.trigEnd+8; k++ {
		switch d.lower[k] {
		case ",", ";", ":", "after", "while", "when":
			return false
		case "in", "during":
			for j := k + 1; j < se && j < k+4; j++ {
				switch d.lower[j] {
				case "combat", "action", "fighting", "clashes", "battle", "attack", "attacks", "ambush", "violence", "raid", "bombing":
					return true
				}
			}
		}
	}
	return false
}

// disasterWords name harm no one did.
var disasterWords = map[string]bool{
	"earthquake": true, "quake": true, "flood": true, "floods": true, "flooding": true, "storm": true, "hurricane": true,
	"cyclone": true, "typhoon": true, "tsunami": true, "landslide": true, "avalanche": true, "drought": true, "fire": true,
	"wildfire": true, "blaze": true, "tornado": true, "eruption": true, "disease": true, "epidemic": true, "outbreak": true,
	"snow": true, "snows": true, "snowstorm": true, "blizzard": true, "rain": true, "rains": true, "winds": true, "weather": true,
	"storms": true, "gales": true, "blizzards": true, "hurricanes": true, "typhoons": true, "earthquakes": true,
	"snowstorms": true, "tornadoes": true, "cyclones": true, "quakes": true,
}

// byDisaster: the attack verb's doer is a disaster ("devastated earlier this
// month by a deadly earthquake", "Hurricane Katrina slammed into Florida").
func (p *Pipeline) byDisaster(d *doc, ev *event, se int) bool {
	for _, pt := range ev.parts {
		if pt.role != agent {
			continue
		}
		for _, mi := range d.ents[pt.ent].mentions {
			m := d.mentions[mi]
			if m.start > 0 && disasterWords[d.lower[m.start-1]] || disasterWords[d.lower[m.start]] {
				// (a name opening the story too: "Typhoon Damrey, now a tropical storm, pounded")
				return true // the agent is a storm: "tropical storm Delta ..., hitting the islands", "Hurricane Katrina slammed into"
			}
		}
	}
	if ev.nominal {
		return false
	}
	if accidentClause(d, ev) {
		return true
	}
	for k := ev.trigStart - 1; k >= 0 && k >= ev.trigStart-10 && d.sentOf[k] == ev.sentence; k-- {
		if w := d.lower[k]; disasterWords[w] && w != "fire" && w != "blaze" || w == "tropical" {
			return true // "tropical storm Delta struck the region", "an earthquake which struck Japan killed one" (not "returned fire and killed")
		}
		if w := d.lower[k]; w == "," || w == ";" || w == ":" || w == "and" || w == "said" || w == "says" {
			break
		}
	}
	for k := ev.trigEnd; k < se && k < ev.trigEnd+8; k++ {
		if d.lower[k] == "by" {
			for j := k + 1; j < se && j < k+5; j++ {
				if disasterWords[d.lower[j]] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// Words of sport. gameWord: the word tells of a game in a sentence, so
// "beat" or "defeated" beside it tell of a win ("sets", "final",
// "tournament"). sportOnly: nothing but sport uses the word, so three of
// them near each other make a stretch of news a sports story (on BBC, 329
// of 511 sports stories have three, and 12 of 1,714 others; no story of
// 3,000 from Reuters has).
const (
	gameWord uint8 = 1 << iota
	sportOnly
)

var sportsWords = map[string]uint8{
	"sets": gameWord, "set": gameWord, "seeded": gameWord | sportOnly, "seed": gameWord | sportOnly,
	"semifinal": gameWord | sportOnly, "semifinals": gameWord | sportOnly, "quarterfinal": gameWord | sportOnly,
	"quarterfinals": gameWord | sportOnly, "final": gameWord, "finals": gameWord, "tournament": gameWord | sportOnly,
	"match": gameWord | sportOnly, "championship": gameWord | sportOnly, "champion": gameWord | sportOnly,
	"goals": gameWord | sportOnly, "goal": gameWord | sportOnly, "points": gameWord, "innings": gameWord | sportOnly,
	"tennis": gameWord | sportOnly, "soccer": gameWord | sportOnly, "football": gameWord | sportOnly,
	"basketball": gameWord | sportOnly, "baseball": gameWord | sportOnly, "cricket": gameWord | sportOnly,
	"golf": gameWord | sportOnly, "race": gameWord, "cup": gameWord | sportOnly, "races": gameWord,
	"runners": gameWord, "athletes": gameWord | sportOnly, "athletics": gameWord | sportOnly,
	"olympic": gameWord | sportOnly, "olympics": gameWord | sportOnly, "medal": gameWord | sportOnly,
	"marathon": gameWord | sportOnly, "league": gameWord | sportOnly, "striker": gameWord | sportOnly,
	"goalkeeper": gameWord | sportOnly, "rugby": gameWord | sportOnly, "matches": gameWord | sportOnly,
	"season": gameWord, "championships": gameWord | sportOnly, "title": gameWord, "runner": gameWord,
	"sprinter": gameWord | sportOnly, "coach": gameWord | sportOnly, "semi-final": sportOnly,
	"semi-finals": sportOnly, "quarter-final": sportOnly, "quarter-finals": sportOnly, "midfielder": sportOnly,
	"defender": sportOnly, "keeper": sportOnly, "premiership": sportOnly, "fixture": sportOnly,
}

// contestVerbs tell of a win as readily as of an attack.
var contestVerbs = map[string]bool{
	"beat": true, "beats": true, "beaten": true, "beating": true, "defeated": true, "defeat": true, "defeats": true,
	"crushed": true, "routed": true, "thrashed": true, "eliminated": true, "upset": true, "edged": true, "downed": true,
	"overpowered": true, "knocked": true, "battled": true, "outlasted": true, "dominated": true, "thumped": true, "hammered": true,
}

// sportsWin: a contest verb in a sentence about a game: a win, not an attack.
func (p *Pipeline) sportsWin(d *doc, ev *event, ss, se int) bool {
	if !contestVerbs[d.lower[ev.trigStart]] {
		return false
	}
	if p.sportsContext(d, ev.sentence) {
		return true
	}
	for k := ss; k < se; k++ {
		if sportsWords[d.lower[k]]&gameWord != 0 || strings.Contains(d.lower[k], "-seeded") {
			return true
		}
	}
	return false
}

// foldSentence merges what one sentence tells twice: a bare noun beside the
// same event told with its participants ("protests ... with protesters
// pelting the Japanese consulate"), and a death beside the attack that caused
// it ("found shot dead").
func (p *Pipeline) foldSentence(d *doc, evs []*event) []*event {
	out := evs[:0:0]
	absorbed := make([]bool, len(evs))
	for i, ev := range evs {
		for j, o := range evs {
			if i == j || absorbed[j] || absorbed[i] {
				continue
			}
			into, why := false, ""
			before := d.snapshot(o)
			switch {
			case len(ev.parts) == 0 && len(o.parts) > 0 && o.typ == ev.typ && !relativeBetween(d, ev, o):
				// (not across a relative clause: "the soldiers were killed Sunday near an area where a
				// Kurdish rebel was killed" tells two killings)
				into, why = true, guardFoldBare
			case ev.typ == "DEATH" && o.typ == "ATTACK" && coveredPatients(ev, o):
				into, why = true, guardFoldCovered
			case ev.typ == "DEATH" && o.typ == "ATTACK" && !o.nominal && ev.trigStart > o.trigStart && ev.trigStart-o.trigEnd <= 3 && d.lower[ev.trigStart] == "dead":
				// "Israeli troops shot dead a militant", "shot him dead": the
				// death is the shooting's result, not an event of its own
				into, why = true, guardFoldShotDead
			case (ev.typ == "INJURY" || ev.typ == "DEATH") && !ev.nominal && o.typ == "ATTACK" && o.nominal && inEventNoun(d, ev, o):
				// "five Afghan soldiers were wounded in an ambush": the injuries
				// of an attack are that attack's
				for _, pt := range ev.parts {
					o.addPart(pt.ent, patient)
				}
				into, why = true, guardFoldInAttack
			case !ev.nominal && o.nominal && o.typ == ev.typ && (p.nounSubjectOf(d, o, ev) || inEventNoun(d, ev, o) || p.inEventNounAfterObject(d, ev, o)):
				// "An Israeli airstrike in Gaza has killed a commander": the
				// noun is the verb's subject, one attack told by both
				for _, pt := range ev.parts {
					if !hasPart(o, pt.ent) {
						o.addPart(pt.ent, pt.role)
					}
				}
				into, why = true, guardFoldNounVerb
			case ev.nominal && !o.nominal && o.typ == ev.typ && p.nounObjectOf(d, o, ev):
				// "has decided to impose new sanctions on Burma": the noun is
				// the verb's object, one act told by both (event_fold_object.go)
				for _, pt := range ev.parts {
					if !hasPart(o, pt.ent) {
						o.addPart(pt.ent, pt.role)
					}
				}
				into, why = true, guardFoldNounVerb
			}
			if into {
				d.guarded(why, ev)
				d.guardedInto(why, before, o)
				absorbed[i] = true
				if o.date == "" {
					o.date, o.precision = ev.date, ev.precision
				}
			}
		}
	}
	for i, ev := range evs {
		if !absorbed[i] {
			out = append(out, ev)
		}
	}
	return out
}

// inEventNoun: the verb of v is told to have happened in the event noun of n:
// "three soldiers have been wounded in an attack by Palestinian militants".
func inEventNoun(d *doc, v, n *event) bool {
	k := v.trigEnd
	if k < len(d.lower) && dayName(d.lower[k]) {
		k++ // "were killed Thursday during a raid"
	}
	if n.trigStart <= k || n.trigStart-k > 4 {
		return false
	}
	switch d.lower[k] {
	case "in", "during":
	default:
		return false
	}
	for j := k + 1; j < n.trigStart; j++ {
		switch d.lower[j] {
		case "a", "an", "the", "this", "that", "suicide", "car", "bomb", "rocket", "mortar", "deadly", "suspected":
		default:
			if d.mentionAt[j] >= 0 || instrumentNouns[d.lower[j]] {
				continue // "killed during a U.S. helicopter raid"
			}
			return false
		}
	}
	return true
}

// instrumentNouns premodify an attack noun with the attacker's means, not its
// target: "a U.S. helicopter raid", "an Israeli air strike".
var instrumentNouns = map[string]bool{
	"helicopter": true, "air": true, "drone": true, "missile": true, "artillery": true, "tank": true, "naval": true,
	"rocket": true, "mortar": true, "suicide": true, "car": true, "truck": true, "bomb": true, "grenade": true,
	"gunship": true, "commando": true, "ground": true, "military": true, "police": true, "army": true, "cross-border": true,
}

// itemBreak: a sentence after from, up to to, opens a new item ("Separately,
// ...", "Meanwhile, ...", "In other news"), so reports on either side are of
// different events.
func itemBreak(d *doc, from, to int) bool {
	for si := from + 1; si <= to && si < len(d.sents); si++ {
		s := d.sents[si]
		if s.End-s.Start < 2 {
			continue
		}
		if si < to && signOff(d, s.Start, s.End) {
			return true // "VOA's Nathan King reports.": the item before it ends
		}
		switch d.lower[s.Start] {
		case "separately", "meanwhile", "elsewhere":
			return true
		case "also":
			// "Also in Baghdad, the U.S. military says ...", "Also Monday,
			// ...": another item (not "Also killed in the attack was ...")
			if w := d.lower[s.Start+1]; w == "in" || w == "on" || w == "at" || dayWords[w] {
				for k := s.Start + 2; k < s.End && k <= s.Start+6; k++ {
					if d.lower[k] == "," {
						return true
					}
				}
			}
		case "in":
			switch d.lower[s.Start+1] {
			case "other", "another", "a":
				if d.lower[s.Start+1] != "a" || s.End-s.Start > 2 && d.lower[s.Start+2] == "separate" {
					return true
				}
			}
		}
	}
	return false
}

// signOff: the sentence [ss, se) hands over to a correspondent's report
// ("VOA's Nathan King reports.", "Steve Mort reports for VOA from Rio de
// Janeiro."): a bulletin's item ends with it.
func signOff(d *doc, ss, se int) bool {
	if se-ss > 12 || se-ss < 3 || d.lower[se-1] != "." {
		return false
	}
	for k := ss + 1; k < se-1; k++ {
		if d.lower[k] == "reports" && (k == se-2 || d.lower[k+1] == "from" || d.lower[k+1] == "for") {
			return d.mentionAt[k-1] >= 0
		}
	}
	return false
}

// relativeBetween: a relative clause opens between the triggers of a and b.
func relativeBetween(d *doc, a, b *event) bool {
	i, j := a.trigEnd, b.trigStart
	if b.trigEnd <= a.trigStart {
		i, j = b.trigEnd, a.trigStart
	}
	for k := i; k < j; k++ {
		switch d.lower[k] {
		case "where", "which", "who", "whom":
			return true
		}
	}
	return false
}

// nounSubjectOf: the noun trigger of n heads the subject of the verb trigger
// of v: only its modifiers ("in the Gaza Strip") and auxiliaries stand between.
func (p *Pipeline) nounSubjectOf(d *doc, n, v *event) bool {
	if n.trigEnd > v.trigStart || v.trigStart-n.trigEnd > 8 {
		return false
	}
	for k := n.trigEnd; k < v.trigStart; k++ {
		switch d.lower[k] {
		case ",", "that", "which", "who", "and", "but", ";", ":", "as", "when", "after", "before":
			return false
		}
		if d.mentionAt[k] < 0 && p.verbLike(d, k) && !p.gapWord(d, k) {
			return false
		}
	}
	return true
}

// hasPart: entity e is already one of ev's participants.
func hasPart(ev *event, e int) bool {
	for _, pt := range ev.parts {
		if pt.ent == e {
			return true
		}
	}
	return false
}

// coveredPatients: every participant of a is a patient of b.
func coveredPatients(a, b *event) bool {
	for _, p := range a.parts {
		found := false
		for _, q := range b.parts {
			if q.ent == p.ent && q.role == patient {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// placeEvent takes a location named with "in"/"at" in the sentence that is not a participant.
func (p *Pipeline) placeEvent(d *doc, ev *event, ss, se int) {
	best, bestDist := -1, 1<<30
	for k := ss; k+1 < se; k++ {
		switch d.lower[k] {
		case "in", "at", "near", "outside", "inside":
		default:
			continue
		}
		// "in the western Chinese city of Shanghai", "at a prison near Bishkek"
		j := k + 1
		for j < se && j < k+7 && d.mentionAt[j] < 0 && (p.cls(d, j)&(wDet|wAdj|wNum) != 0 || placeNouns[d.lower[j]] || d.lower[j] == "of") {
			j++
		}
		for j < se && d.mentionAt[j] >= 0 && d.mentions[d.mentionAt[j]].label == "NORP" && j < k+7 {
			j = d.mentions[d.mentionAt[j]].end
			for j < se && (placeNouns[d.lower[j]] || d.lower[j] == "of") {
				j++
			}
		}
		if j >= se {
			continue
		}
		mi := d.mentionAt[j]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.ent < 0 || d.ents[m.ent].typ != extract.Location || m.label == "NORP" {
			continue
		}
		isPart := false
		for _, pt := range ev.parts {
			if pt.ent == m.ent {
				isPart = true
			}
		}
		if isPart {
			continue
		}
		dist := k - ev.trigEnd
		if dist < 0 {
			dist = (ev.trigStart - k) * 2 // a place after the trigger is more likely its own
		}
		if dist > 10 {
			continue // too far to be the event's place rather than some noun's
		}
		if dist < bestDist {
			best, bestDist = m.ent, dist
		}
	}
	if best < 0 && ev.typ == "VISIT" {
		for _, pt := range ev.parts {
			if pt.role == patient && d.ents[pt.ent].typ == extract.Location {
				best = pt.ent // the place visited is where the visit happens
			}
		}
	}
	ev.loc = best
	ev.conf += 0.7
	if len(ev.parts) >= 2 {
		ev.conf += 0.1
	}
	if ev.conf > 1 {
		ev.conf = 1
	}
}

// joinReport folds a later report of the same event into o, keeping its
// participants with their roles, its sentence and the finer of the two
// dates, and records the fold under guard g.
func (d *doc) joinReport(g string, ev, o *event) {
	d.guarded(g, ev)
	before := d.snapshot(o)
	for _, pt := range ev.parts {
		o.addPart(pt.ent, pt.role)
	}
	o.sentences = appendUnique(o.sentences, ev.sentence)
	o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
	d.guardedInto(g, before, o)
}

// addEvent merges ev into an earlier report of the same event, or appends it. An
// anaphoric report with no participants ("the meeting") joins the latest event of its type.
func (d *doc) addEvent(ev *event) {
	if o := d.sharedVote(ev); o != nil {
		d.guarded(guardMergeVote, ev)
		before := d.snapshot(o)
		defer d.guardedInto(guardMergeVote, before, o)
		for _, pt := range ev.parts {
			o.addPart(pt.ent, participant)
		}
		o.sentences = appendUnique(o.sentences, ev.sentence)
		return
	}
	if o := d.meetingTalks(ev); o != nil {
		d.guarded(guardMergeTalks, ev)
		before := d.snapshot(o)
		defer d.guardedInto(guardMergeTalks, before, o)
		for _, pt := range ev.parts {
			o.addPart(pt.ent, participant)
		}
		o.sentences = appendUnique(o.sentences, ev.sentence)
		o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
		if o.loc < 0 {
			o.loc = ev.loc
		}
		return
	}
	if d.meetForTalks(ev) {
		d.guarded(guardMergeTalks, ev) // "have met in London for talks" (event_merge_meetfor.go)
		return
	}
	if o := d.sameTrip(ev); o != nil {
		d.guarded(guardMergeSame, ev) // "is in India ... arrived in New Delhi": one trip (event_trig_presence.go)
		o.sentences = appendUnique(o.sentences, ev.sentence)
		o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
		return
	}
	if o := d.definiteAnaphor(ev); o != nil {
		// "Six Afghan police officers were killed when a bomb ripped through
		// their vehicle. The Taliban claimed responsibility for the attack."
		d.joinReport(guardMergeAnaphor, ev, o)
		return
	}
	if o := d.toldBack(ev); o != nil {
		// "The attack in Basra also injured two children" (event_merge_toldback.go)
		d.joinReport(guardMergeToldBack, ev, o)
		return
	}
	if o := d.namedAgain(ev); o != nil {
		d.foldRetold(guardMergeNamedAgain, ev, o) // "the United States and Israel have agreed ... Gates and Barak agreed" (event_merge_namedagain.go)
		return
	}
	if len(ev.parts) == 0 {
		for i := len(d.events) - 1; i >= 0; i-- {
			o := d.events[i]
			last := o.sentences[len(o.sentences)-1]
			if !ev.nominal && ev.sentence-last > 2 || ev.sentence-last > 4 {
				// a verb with no one named: only a close continuation of the
				// same story ("The two presidents met Friday") adds to an event;
				// a noun ("the meeting") reaches a little further, but not into
				// a bulletin's earlier items
				break
			}
			if itemBreak(d, last, ev.sentence) {
				break // "Separately, ...": a new item of the bulletin
			}
			if o.typ == ev.typ && !o.dropped && !dateCompatible(o.date, ev.date) && o.precision != timex.Day && dateCompatible(o.date, weekBack(d, ev.date)) {
				ev.date = weekBack(d, ev.date) // "seized last week ... He was seized Thursday", told on a Thursday (event_dates_refine.go)
			}
			if o.typ == ev.typ && !o.dropped && dateCompatible(o.date, ev.date) && !d.anotherOne(ev) && !ev.another && !d.olderThanRecent(o, ev) && !nextRound(d, ev) {
				// (not "a similar attack", "another bombing": told as another one)
				d.guarded(guardMergePartless, ev)
				o.sentences = appendUnique(o.sentences, ev.sentence)
				o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
				if o.loc < 0 {
					o.loc = ev.loc
				}
				return
			}
		}
		if ev.nominal {
			d.events = append(d.events, ev)
		} else {
			d.guarded(guardPartlessVerb, ev)
			if ev.typ == "ATTACK" && !ev.unreal {
				d.partlessAttacks = append(d.partlessAttacks, ev) // a later blame may name its doer
			}
		}
		return
	}
	// Of the earlier reports this one may repeat, take the one sharing most
	// participants, then the fullest, then the latest: a noun told with no
	// arguments of its own ("during a meeting") belongs to the richest event of
	// its sentence, and "was convicted in May" to "his conviction" told last
	// rather than to "the appeal" before it.
	var o *event
	bestShared, bestParts := -1, -1
	ownDate, ownPrec := "", "" // the time the sentence opens on, when it keeps ev apart from an event told before
	again := ev.trigEnd < len(d.lower) && d.lower[ev.trigEnd] == "again" ||
		ev.trigEnd+1 < len(d.lower) && d.lower[ev.trigEnd+1] == "again" || ev.trigStart > 0 && d.lower[ev.trigStart-1] == "again" ||
		!ev.nominal && ev.trigStart > 0 && d.lower[ev.trigStart-1] == "also" || // "Nambiar also met Saturday with Burma's foreign minister": another meeting
		alsoScheduled(d, ev) || // "is also expected to meet privately with" (event_merge_also.go)
		moreOfThem(d, ev) || // "police later arrested at least one other suspect": more arrests than the first
		alsoReported(d, ev) || // "The military also said they killed another Taliban commander": another item of the report
		ev.another || // "Other attacks killed at least 12 police"
		toldApart(d, ev) // "a new appeal", "Earlier, insurgents attacked"
	for _, c := range d.events {
		if again && c.sentence < ev.sentence {
			continue // "met again with Mr. Castro": another meeting than the one told before
		}
		if c.typ != ev.typ || len(c.parts) == 0 || !sameEvent(c, ev) || itemBreak(d, c.sentences[len(c.sentences)-1], ev.sentence) ||
			d.olderThanRecent(c, ev) || d.olderThanRecent(ev, c) {
			continue
		}
		if apart, date, prec := d.toldAtOtherTime(c, ev); apart {
			if date != "" && !dateCompatible(ev.date, date) || ev.date == "" {
				// (a day carried on from the sentence before is not this one's:
				// "... on Monday. And, in January, a diplomat was kidnapped")
				ownDate, ownPrec = date, prec
			}
			continue // "the kidnapping ... Last April seven Chinese workers were kidnapped": an earlier one
		}
		if d.otherSides(c, ev) {
			continue // "a meeting of the region's defense ministers ... a meeting of NATO defense officials": one man's two meetings
		}
		if otherLeg(d, c, ev) {
			continue // "After visiting the U.S. and France, Funaro is on his way to Tokyo": two legs of a trip (event_split_visits.go)
		}
		if d.otherSpeaker(c, ev) {
			continue // "William Corr ... urged the government" after "groups urge the government": two speakers (event_merge_speaker.go)
		}
		if otherPacts(d, c, ev) {
			continue // "signed a Growth Facility with the IMF ... signed a Compact with the US": two pacts (event_trig_signed.go)
		}
		if anchoredApart(d, c, ev) || otherCountryPacts(d, c, ev) {
			continue // "The meeting comes just days after Suleiman met with a Fatah delegation": an earlier meeting (event_merge_anchor.go)
		}
		if c.sentence == ev.sentence && !c.fallback && !ev.fallback && shared(c, ev) == 0 {
			continue
		}
		if c.sentence == ev.sentence && c.nominal && ev.nominal && againstBetween(d, c, ev) {
			continue // "the appeal of Khodorkovsky against his conviction": the conviction came before
		}
		if sh := shared(c, ev); sh > bestShared || sh == bestShared && len(c.parts) >= bestParts {
			o, bestShared, bestParts = c, sh, len(c.parts)
		}
	}
	why := guardMergeSame
	if o == nil {
		o, why = d.namedLater(ev, again), guardMergeLater
	}
	if o == nil {
		// a bare noun told just before ("witnesses to the Sunday shooting ...
		// Two men attacked the nun") is this event, first told without its actors
		for i := len(d.events) - 1; i >= 0; i-- {
			b := d.events[i]
			if b.sentence < ev.sentence-1 {
				break
			}
			if len(b.parts) == 0 && b.nominal && b.typ == ev.typ && b.sentence < ev.sentence && !b.dropped && dateCompatible(b.date, ev.date) &&
				!itemBreak(d, b.sentence, ev.sentence) && !ev.another { // (not "The attack took place ... Separately, two airmen were killed")
				b.parts, b.fallback = ev.parts, ev.fallback
				b.trigger, b.code, b.nominal, b.conf = ev.trigger, ev.code, ev.nominal, ev.conf
				b.sentences = appendUnique(b.sentences, ev.sentence)
				b.date, b.precision = finerDate(b.date, b.precision, ev.date, ev.precision)
				if ev.loc >= 0 {
					b.loc = ev.loc
				}
				return
			}
		}
	}
	if o != nil {
		d.guarded(why, ev)
		before := d.snapshot(o)
		defer d.guardedInto(why, before, o)
		for _, pt := range ev.parts {
			o.addPart(pt.ent, pt.role)
		}
		o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
		if o.loc < 0 || ev.loc >= 0 && d.ents[o.loc].subtype == extract.Country && d.ents[ev.loc].subtype != extract.Country {
			// venues are towns more often than countries ("the crisis in Ukraine")
			o.loc = ev.loc
		}
		if ev.conf > o.conf {
			o.conf = ev.conf
		}
		o.sentences = appendUnique(o.sentences, ev.sentence)
		return
	}
	if ownDate != "" {
		ev.date, ev.precision = ownDate, ownPrec
	}
	d.events = append(d.events, ev)
}

// definiteAnaphor: ev is "the attack" told with only its doers, right after
// an attack told with only its victims: the same attack, its doer named now.
// It returns that attack, or nil.
func (d *doc) definiteAnaphor(ev *event) *event {
	if !ev.nominal || ev.trigStart == 0 || len(ev.parts) == 0 || hasRole(ev, patient) || hasRole(ev, participant) {
		return nil
	}
	switch d.lower[ev.trigStart-1] {
	case "the", "that", "this", "tuesday's", "sunday's":
	default:
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		last := o.sentences[len(o.sentences)-1]
		if ev.sentence-last > 1 {
			return nil
		}
		if o.typ != ev.typ || o.dropped || hasRole(o, agent) || !hasRole(o, patient) || last == ev.sentence || itemBreak(d, last, ev.sentence) ||
			!dateCompatible(o.date, ev.date) {
			continue
		}
		return o
	}
	return nil
}

// meetingTalks: ev is "the talks" of a meeting told (by a verb: a summit
// holds talks of its own) in one of the two sentences before ("met Saturday with a top U.N. official. ... praised the
// talks with Vijay Nambiar"): talks told right after a meeting are that
// meeting, not negotiations of their own. It returns the meeting, or nil.
func (d *doc) meetingTalks(ev *event) *event {
	if ev.typ != "NEGOTIATE" || !ev.nominal || len(ev.parts) > 1 && ev.fallback || manySidedTalks(d, ev) {
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		last := o.sentences[len(o.sentences)-1]
		if ev.sentence-last > 2 {
			break
		}
		if o.typ != "MEET" || o.nominal || o.dropped || o.sentence >= ev.sentence || len(o.parts) == 0 || !dateCompatible(o.date, ev.date) || itemBreak(d, last, ev.sentence) {
			continue
		}
		if len(ev.parts) <= 1 || shared(o, ev) > 0 {
			return o
		}
	}
	return nil
}

// manySidedTalks: the talks are premodified by the number of their sides
// ("six-nation talks", "the six-party talks", "four-way talks"): a standing
// forum of many parties, not the talks of a meeting told before.
func manySidedTalks(d *doc, ev *event) bool {
	if ev.trigStart == 0 {
		return false
	}
	w := d.lower[ev.trigStart-1]
	if w == "multilateral" || w == "multi-party" || w == "multiparty" {
		return true
	}
	_, side, ok := strings.Cut(w, "-")
	return ok && (side == "nation" || side == "party" || side == "way" || side == "country" || side == "sided")
}

// otherSides: two meetings, calls or talks each name a side the other does
// not, of one kind (persons, or bodies, or places), and no side of one
// holds a post of a side of the other (not "Merkel met Singh ... Merkel's
// meetings with India"): one party's meetings with different others
// ("Seifert is meeting Ms Furse on Thursday ... Theodore is scheduled to
// meet Furse on Friday"). (Not pacts: a pact's parties are often
// named once by country and once by the ones who signed.)
func (d *doc) otherSides(a, b *event) bool {
	switch a.typ {
	case "MEET", "NEGOTIATE", "PHONE_CALL":
	default:
		return false
	}
	if len(a.parts) < 2 || len(b.parts) < 2 || shared(a, b) == len(a.parts) || shared(a, b) == len(b.parts) {
		return false
	}
	for _, p := range a.parts {
		if hasPart(b, p.ent) {
			continue
		}
		for _, q := range b.parts {
			if hasPart(a, q.ent) {
				continue
			}
			if d.ents[p.ent].typ != d.ents[q.ent].typ {
				return false // a person and a body: perhaps one side named two ways ("Werner Seifert met LSE chief Clara Furse ... Deutsche Boerse's meeting with the LSE")
			}
			for _, r := range d.roles {
				if r.person == p.ent && r.org == q.ent || r.person == q.ent && r.org == p.ent {
					return false
				}
			}
		}
	}
	return true
}

// alsoReported: the trigger stands in what a source "also said" ("The
// U.S. military also says Iraqi special operations forces detained seven
// suspected criminals"): the source adds news to what it told before, so
// the event is another than those told before.
func alsoReported(d *doc, ev *event) bool {
	ss := d.sents[ev.sentence].Start
	for k := ss; k+1 < ev.trigStart; k++ {
		if d.lower[k] != "also" {
			continue
		}
		switch d.lower[k+1] {
		case "said", "says", "say", "reported", "reports", "announced", "announces":
			return true
		}
	}
	return false
}

// anotherOne: the sentence of a report with no participants tells of another
// event than one before: "Another soldier died of wounds suffered in a
// similar attack", "a second blast".
func (d *doc) anotherOne(ev *event) bool {
	s := d.sents[ev.sentence]
	for k := s.Start; k < s.End; k++ {
		switch d.lower[k] {
		case "similar", "another", "separate", "second", "third":
			return true
		}
	}
	return false
}

func shared(a, b *event) int {
	n := 0
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent {
				n++
			}
		}
	}
	return n
}

// sameEvent: the participants overlap, and dates and places do not disagree.
func sameEvent(a, b *event) bool {
	if !dateCompatible(a.date, b.date) || a.office != "" && b.office != "" && a.office != b.office {
		return false // (parliamentary and presidential elections are two)
	}
	if a.sentence == b.sentence && (a.fallback || b.fallback) {
		return true // "X and Y discussed ... during a meeting": one event told twice
	}
	if hasRole(a, agent) && hasRole(b, agent) && !sharesRole(a, b, agent) {
		return false // different actors: Ethiopia's deployment and the African Union's
	}
	if hasRole(a, patient) && hasRole(b, patient) && !sharesRole(a, b, patient) {
		return false // different targets: Obama named Sperling, then Daley
	}
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent && (p.role == agent && q.role == patient || p.role == patient && q.role == agent) {
				return false // the attacker in one is the attacked in the other
			}
		}
	}
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent {
				return true
			}
		}
	}
	return false
}

// absorb folds drop into ev, two tellings of one event: ev gains drop's
// sentences, the finer of the two dates and drop's place when it has none,
// and drop is dropped. Which participants ev takes is the caller's choice.
func (ev *event) absorb(drop *event) {
	for _, s := range drop.sentences {
		ev.sentences = appendUnique(ev.sentences, s)
	}
	ev.date, ev.precision = finerDate(ev.date, ev.precision, drop.date, drop.precision)
	if ev.loc < 0 {
		ev.loc = drop.loc
	}
	drop.dropped = true
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// exported reports a participant already listed with the same entity and role.
func exported(ps []extract.Participant, id, role string) bool {
	for _, q := range ps {
		if q.Entity == id && q.Role == role {
			return true
		}
	}
	return false
}

func (ev *event) export(d *doc) extract.Event {
	out := extract.Event{
		Type: ev.typ, CAMEO: ev.code, Trigger: ev.trigger, Date: ev.date, DatePrecision: ev.precision,
		Participants: []extract.Participant{}, Confidence: round2(ev.conf), Evidence: []extract.Evidence{},
	}
	for _, p := range ev.parts {
		ent := actingCountry(d, ev.parts, p)
		if ent < 0 || exported(out.Participants, d.ents[ent].id, p.role) {
			continue // two places of one country acting ("the Khartoum government and Darfur's rebels"): the country once
		}
		out.Participants = append(out.Participants, extract.Participant{Entity: d.ents[ent].id, Role: p.role})
	}
	if ev.loc >= 0 {
		out.Location = d.ents[ev.loc].id
	}
	sort.Ints(ev.sentences)
	for _, si := range ev.sentences {
		out.Evidence = append(out.Evidence, d.sentenceEvidence(si))
	}
	return out
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func sharesRole(a, b *event, role string) bool {
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent && p.role == role && q.role == role {
				return true
			}
		}
	}
	return false
}

// viable: the event keeps enough participants to survive the final checks.
func viable(ev *event) bool {
	return !(len(ev.parts) == 0 || symmetric[ev.typ] && len(ev.parts) < 2 && !((ev.typ == "NEGOTIATE" || ev.typ == "AGREEMENT" && (ev.nominal || ev.consent)) && ev.counterpart) && !ev.collective && !ev.attended && !ev.soleBody ||
		ev.typ == "VISIT" && !(hasRole(ev, agent) && (hasRole(ev, patient) || ev.placeVisited)) ||
		(ev.typ == "APPEAL" || ev.typ == "DEMAND" || ev.typ == "THREATEN") && !hasRole(ev, patient) && !ev.counterpart ||
		ev.typ == "ATTACK" && ev.struggle && !hasRole(ev, patient) && !ev.foughtPeople ||
		// a show of force no one named makes: "Syria was forced to withdraw its troops";
		// a threat or demand no one named makes: "terrorist groups that threaten India"
		(ev.typ == "MILITARY_POSTURE" || ev.typ == "THREATEN" && !(ev.captorsMade && hasRole(ev, patient)) || ev.typ == "DEMAND") && !hasRole(ev, agent) && !ev.askedOnly)
}

// partyState: a U.S. legislator's party and state ("D-Ohio", "R-Texas").
func partyState(w string) bool {
	return len(w) > 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// demonym: a word shaped like a people's adjective ("African", "Sunni",
// "Somali", "Kurdish", "Congolese").
func demonym(w string) bool {
	if strings.ContainsAny(w, "-'") {
		return false // "Israeli-Palestinian", "anti-Japanese": two sides, or against one
	}
	for _, suf := range []string{"an", "ese", "ish", "i"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// capitalised: the word opens with a capital letter ("Sri", not "2,000").
func capitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// peopleWord: a capitalised plural or a movement name that stands for a group
// of people ("Muslims", "Shi'ites", "Kurds", "Taleban").
func peopleWord(w string) bool {
	if w == "" {
		return false
	}
	// Every word is asked (addPeoples): it is lower-cased only when it
	// can be one of the names, all of which begin with f, h or t (no other
	// letter lower-cases to those three).
	switch w[0] {
	case 'f', 'F', 'h', 'H', 't', 'T':
		switch strings.ToLower(w) {
		case "taleban", "taliban", "hamas", "hezbollah", "fatah":
			return true
		}
	}
	n := len(w)
	return n > 3 && w[0] >= 'A' && w[0] <= 'Z' && w[n-1] == 's' && w[n-2] != 's' && changedByUpper(w)
}

// changedByUpper is strings.ToUpper(w) != w without building the upper case:
// true at the first rune that upper-casing changes.
func changedByUpper(w string) bool {
	for _, r := range w {
		if r == utf8.RuneError {
			return strings.ToUpper(w) != w // invalid UTF-8: ToUpper replaces it
		}
		if unicode.ToUpper(r) != r {
			return true
		}
	}
	return false
}

// placeNouns stand between a preposition and a place name: "in the city of X".
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "province": true, "region": true, "state": true,
	"capital": true, "district": true, "area": true, "port": true, "border": true, "island": true,
}

// actingCountry is the entity an event participant stands for. A city that
// acts ("Damascus agreed to allow ...", "Tel Aviv accused ...") is news
// shorthand for its country's government: when the story names that country,
// the country takes part. As a place an event reaches (a PATIENT: "visited
// troops in Mosul") the city stays. It returns -1 when the country already
// takes part in the same role, so it is not listed twice.
func actingCountry(d *doc, parts []part, p part) int {
	e := d.ents[p.ent]
	if p.role == patient || e.typ != extract.Location || e.country == "" || e.kb == e.country || !strings.HasPrefix(e.kb, e.country+"/") {
		return p.ent
	}
	for ci, c := range d.ents {
		if c.dropped || c.kb != e.country || c.subtype != extract.Country {
			continue
		}
		for _, q := range parts {
			if q.ent == ci && q.role == p.role {
				return -1
			}
		}
		return ci
	}
	return p.ent
}
