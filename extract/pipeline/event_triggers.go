package pipeline

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// rawTrigger is a lexicon match typed into the inventory, before arguments.
type rawTrigger struct {
	m   cameo.Match
	typ string
}

// scanWord tells which of scanTriggers' word lists a word is on: each
// bit is a family of triggers, set for the words its checker can fire on.
type scanWord uint64

const (
	scanChoose     scanWord = 1 << iota // chooseForms
	scanPropose                         // proposalNouns
	scanBorder                          // borderClosers
	scanTalk                            // talkVerbs
	scanReceive                         // receiveForms (receivesVisitor)
	scanWar                             // warNouns (warWithSides)
	scanOffice                          // the verbs officeEntered reads
	scanNamed                           // namedForms (namedToOffice)
	scanPower                           // powerTaken (event_trig_power.go)
	scanStop                            // measureStopped (event_trig_cutoff.go)
	scanCourt                           // courtDecided (event_trig_court.go)
	scanPost                            // forcesPosted (event_trig_deploy.go)
	scanControl                         // controlTaken (event_trig_control.go)
	scanEmergency                       // emergencyRuled (event_trig_curfew.go)
	scanCordon                          // placeCordoned (event_trig_cordon.go)
	scanLeft                            // officeLeft (event_trig_removed.go), governmentLeft (event_trig_govleft.go)
	scanSend                            // sentEnvoys (event_trig_sent.go)
	scanHead                            // headedTo (event_trig_head.go)
	scanThreat                          // ifThreat (event_trig_ifthreat.go)
	scanBail                            // bailTold (event_trig_bail.go)
	scanSay                             // sayForms, which skip the pattern search
	scanPenalty                         // penaltyImposed (event_trig_penalty.go), termBan (event_trig_termban.go)
	scanCoup                            // coupTold (event_trig_coup.go), popularOuster (event_trig_uprising.go)
	scanCondDemand                      // condDemand (event_trig_conddemand.go)
	scanInsist                          // insistDemand (event_trig_insist.go), inquiryOrdered (event_trig_inquiry.go), modalAsk (event_trig_modalask.go)
	scanBring                           // personBroughtToPower (event_trig_brought.go)
	scanFound                           // "found" (bodiesBefore)
	scanHurt                            // "injured", "wounded" after an article
	scanConfirm                         // "confirm" forms (officeAfterAs)
	scanBe                              // "is", "are", "was", "were" (presentIn)
	scanStopNoun                        // "stop", "stops" (stopIn, event_trig_stop.go)
	scanTrip                            // "trip", "trips" (tripTo, event_trig_trip.go)
	scanInaugurate                      // inaugurateForms (personInaugurated)
	scanFall                            // a ruler's fall (rulerFell, event_trig_fall.go)
	scanBan                             // a ban (countryBanned, event_trig_ban.go)
	scanEntered                         // "entered" (forcesEntered, event_trig_entered.go)
	scanRevenge                         // "vowed to retaliate" (revengeVowed, event_trig_revenge.go)
	scanBuildup                         // "boosting its troop strength" (forcesBuiltUp, event_trig_buildup.go), "tested a nuclear weapon" (weaponTested, event_trig_tested.go)
	scanFired                           // firedForms (firedFromPost, event_trig_fired.go)
	scanCallTime                        // callVerbs (callOverTime, event_trig_calltime.go)
	scanAttend                          // attendForms (attendedGathering, event_trig_attend.go)
	scanAddress                         // addressForms (bodyAddressed, event_trig_address.go)
	scanWithMeet                        // shakeForms, mealNouns (metWith, event_trig_withmeet.go)
	scanCrackdown                       // "crackdown" (crackdownTold, event_trig_crackdown.go)
	scanSucceed                         // successorForms (successorTaken, event_trig_succeed.go)
	scanMourned                         // mournNouns (personMourned, event_trig_mourned.go)
	scanSigned                          // signForms (pactSigned, event_trig_signed.go), formForms (pactFormed, event_trig_formedpact.go)
	scanCrowd                           // crowdVerbs, vigilNouns (crowdGathered, event_trig_crowd.go)
	scanAbroad                          // "in" after abroadForms (abroadSpoke, event_trig_abroad.go)
	scanLeg                             // legForms (tourLeg, event_trig_tourleg.go)
	scanSurround                        // surroundStarts (placeSurrounded, securityImposed, event_trig_surround.go), blockadeStarts (blockadeByState, event_trig_blockade.go)
	scanPactName                        // pactNameHeads, the last word of a name (pactNamed, event_trig_pactname.go)
	scanAirspace                        // airspaceViolations (airspaceViolated, event_trig_airspace.go)
	scanVisitor                         // visitorToldForms (visitorTold, event_trig_visitor.go)
	scanPressure                        // "pressure" (pressureToAct, event_trig_pressure.go)
	scanDeadline                        // "deadline" (deadlineSet, event_trig_deadline.go)
)

// scanWords merges the word lists scanTriggers asks of every word of
// every story into one map: one lookup per word instead of one per
// family of triggers (the lookups and the calls that made them were a
// third of the trigger scan's time), and only for a word of a shape some
// listed word has. A family of triggers declares the words its checker
// can fire on next to the checker, and registers them here with its bit;
// scanTriggers calls the checker only for a word with the bit set.
type scanWords struct {
	flags map[string]scanWord
	shape *wordShape
}

// scanFamily is one family of triggers: its bit and the words its
// checker can fire on.
type scanFamily struct {
	flag  scanWord
	words []string
}

// scanFamilies lists every family scanTriggers asks the index for.
func scanFamilies() []scanFamily {
	return []scanFamily{
		{scanChoose, wordsOf(chooseForms)},
		{scanPropose, wordsOf(proposalNouns)},
		{scanBorder, wordsOf(borderClosers)},
		{scanTalk, wordsOf(talkVerbs)},
		{scanReceive, wordsOf(receiveForms)},
		{scanWar, wordsOf(warNouns)},
		{scanOffice, append(append(wordsOf(enterVerbs), wordsOf(becomeVerbs)...), wordsOf(installForms)...)},
		{scanNamed, wordsOf(namedForms)},
		{scanPower, powerStarts()},
		{scanStop, stopStarts()},
		{scanCourt, courtStarts()},
		{scanPost, postStarts()},
		{scanControl, controlStarts()},
		{scanEmergency, emergencyStarts()},
		{scanCordon, cordonStarts()},
		{scanLeft, append(leftStarts(), govLeftStarts()...)},
		{scanSend, sendStarts()},
		{scanHead, headStarts()},
		{scanThreat, threatStarts()},
		{scanBail, bailStarts()},
		{scanSay, wordsOf(sayForms)},
		{scanPenalty, append(wordsOf(penaltyForms), termBanStarts()...)},
		{scanCoup, append(coupStarts(), uprisingStarts()...)},
		{scanCondDemand, condDemandStarts()},
		{scanInsist, append(append(append(append(insistStarts(), inquiryStarts()...), modalAskStarts()...), orderToStarts()...), wantToStarts()...)},
		{scanBring, bringStarts()},
		{scanFound, []string{"found"}},
		{scanHurt, []string{"injured", "wounded"}},
		{scanConfirm, []string{"confirmed", "confirms", "confirm"}},
		{scanBe, []string{"is", "are", "was", "were"}},
		{scanStopNoun, stopNounStarts()},
		{scanTrip, tripStarts()},
		{scanInaugurate, wordsOf(inaugurateForms)},
		{scanFall, []string{"fall", "downfall", "overthrow", "toppling"}},
		{scanBan, []string{"ban", "bans", "embargo", "embargoes"}},
		{scanEntered, []string{"entered"}},
		{scanRevenge, revengeStarts()},
		{scanBuildup, append(buildupStarts(), testedStarts()...)},
		{scanFired, wordsOf(firedForms)},
		{scanCallTime, callTimeStarts()},
		{scanAttend, attendStarts()},
		{scanAddress, addressStarts()},
		{scanWithMeet, withMeetStarts()},
		{scanCrackdown, crackdownStarts()},
		{scanSucceed, wordsOf(successorForms)},
		{scanMourned, wordsOf(mournNouns)},
		{scanSigned, append(wordsOf(signForms), formedPactStarts()...)},
		{scanCrowd, crowdWords()},
		{scanAbroad, abroadStarts()},
		{scanLeg, legStarts()},
		{scanSurround, append(surroundStarts(), blockadeStarts()...)},
		{scanPactName, wordsOf(pactNameHeads)},
		{scanAirspace, airspaceStarts()},
		{scanVisitor, visitorStarts()},
		{scanPressure, pressureStarts()},
		{scanDeadline, deadlineStarts()},
	}
}

func newScanWords() *scanWords {
	sw := &scanWords{flags: map[string]scanWord{}}
	for _, f := range scanFamilies() {
		for _, w := range f.words {
			sw.flags[w] |= f.flag
		}
	}
	sw.shape = newWordShape(sw.flags)
	return sw
}

// wordsOf lists the keys of a word list, whatever their values (a
// checker's map may carry a particle or a code for each word).
func wordsOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

// of returns the lists w is on.
func (sw *scanWords) of(w string) scanWord {
	if !sw.shape.may(w) {
		return 0
	}
	return sw.flags[w]
}

// wordShape has, for each first byte, bit n set when a word of a list
// has n bytes (31: 31 or more) and starts with that byte. Most words of a
// story fail it, and a word that fails it is on no list: a test that
// runs on every word asks it before the list's map.
type wordShape [256]uint32

func newWordShape[V any](lists ...map[string]V) *wordShape {
	var s wordShape
	for _, l := range lists {
		for w := range l {
			s.add(w)
		}
	}
	return &s
}

func (s *wordShape) add(w string) {
	if w != "" {
		s[w[0]] |= 1 << min(len(w), 31)
	}
}

// may is false when no listed word is w; a nil shape knows no list and
// says true.
func (s *wordShape) may(w string) bool {
	if s == nil {
		return true
	}
	return w != "" && s[w[0]]&(1<<min(len(w), 31)) != 0
}

// scanTriggers finds the inventory triggers of sentence si, left to right,
// without overlaps; words inside names are never triggers but the head of
// a gathering's name ("the Summit of the Americas", mention_gathering.go).
func (p *Pipeline) scanTriggers(d *doc, si int) []rawTrigger {
	s := d.sents[si]
	var out []rawTrigger
	for i := s.Start; i < s.End; i++ {
		inName := d.mentionAt[i] >= 0 && !gatheringNamedAt(d, i)
		if inName && p.scanWords.of(d.lower[i])&scanPactName == 0 {
			continue
		}
		// the families of triggers whose checkers can fire on this word, in
		// one lookup: each check below runs only with its bit set (this loop
		// runs on every word of every story)
		sw := p.scanWords.of(d.lower[i])
		var m cameo.Match
		ok := false
		// Most words are no trigger, and the lexicon's filter says so
		// without the call to Match (and its result) for each; the cases
		// below (found, injured, talked) are none of the say forms.
		if w := d.lower[i]; p.lexFilter == nil || p.lexFilter.MayMatch(w) {
			if sw&scanSay != 0 && (i+1 >= s.End || d.lower[i+1] != "power") {
				// The commonest verbs in news: skipping them before the
				// pattern search saves time. Three readings keep one: "claimed
				// power" (powerTaken's, event_trig_power.go), "declared a state of
				// emergency" (emergencyRuled, event_trig_curfew.go) and
				// "announced his retirement" (officeLeft's, below;
				// event_trig_removed.go); "insisted that X remain" a demand
				// (event_trig_insist.go).
				switch {
				case w == "declared":
					if m, ok = p.emergencyRuled(d, i, s.Start, s.End); !ok {
						continue
					}
				case insistForms[w]:
					if m, ok = p.insistDemand(d, i, s.Start, s.End); !ok {
						continue // "insisted that the program is peaceful" (event_trig_insist.go)
					}
				case sw&scanAddress != 0:
					if m, ok = p.bodyAddressed(d, i, si); !ok && sw&scanVisitor != 0 {
						m, ok = p.visitorTold(d, i, si) // "told a visiting Japanese delegation" (event_trig_visitor.go)
					}
					if !ok && (i+2 >= s.End || d.lower[i+2] != "retirement") {
						continue // "told reporters"; "told the U.N. Human Rights Council" meets it (event_trig_address.go)
					}
				case i+2 >= s.End || d.lower[i+2] != "retirement":
					continue
				}
			} else {
				m, ok = p.lex.Match(d.lower, i)
			}
		}
		if sw&scanFound != 0 && bodiesBefore(d, i, s.Start) {
			// "the bodies of an elderly tribal leader and his son were found":
			// a death no one is said to have caused
			m, ok = cameo.Match{Code: cameo.CodeDie, Lemma: "die", Start: i, End: i + 1}, true
		}
		if sw&scanHurt != 0 && i > s.Start &&
			(d.lower[i-1] == "the" || i-2 >= s.Start && d.lower[i-2] == "the" && (allDigits(d.lower[i-1]) || p.cls(d, i-1)&wNum != 0)) {
			// "Of the 130 injured, 77 were women", "the wounded included": the
			// people hurt, named by the participle after an article (where the
			// lexicon reads no verb)
			m, ok = cameo.Match{Code: cameo.CodeInjure, Lemma: "injure", Start: i, End: i + 1, Nominal: true}, true
		}
		if !ok && voteShare(d, i, s.Start) {
			// the dictionary has "vote" as a verb only, and no verb follows "the"
			m, ok = cameo.Match{Code: cameo.CodeElect, Lemma: "vote", Start: i, End: i + 1, Nominal: true}, true
		}
		if sw&scanChoose != 0 && p.leaderChosen(d, i+1, s.End) {
			// "his Kadima Party chooses a new leader in September", "to choose
			// between two contenders", "picked David Cameron as its new
			// leader": a party or body choosing who leads it votes (CAMEO files
			// "select * MINISTER" under 060)
			m, ok = cameo.Match{Code: cameo.CodeElect, Lemma: "choose", Start: i, End: i + 1}, true
		}
		if !ok && sw&scanConfirm != 0 && officeAfterAs(d, i+1, s.End) && d.mentionAt[min(i+1, s.End-1)] >= 0 {
			// "The Senate confirmed John Roberts as chief justice": confirming a
			// person named in an office is appointing them (CAMEO has no "confirm")
			m, ok = cameo.Match{Code: cameo.CodeAppoint, Lemma: "confirm", Start: i, End: i + 1}, true
		}
		if !ok && sw&scanPropose != 0 && p.proposalReceived(d, i, si) {
			// "the United States rejected an Iranian suggestion to hold
			// higher-level talks": a proposal put to someone who turns it down
			// or takes it asks them to act (CAMEO 02x); the dictionary has
			// "suggest" as an opinion only
			m, ok = cameo.Match{Code: "020", Lemma: "proposal", Start: i, End: i + 1, Nominal: true}, true
		}
		if sw&scanBorder != 0 && borderObject(d, i+1, s.End) {
			// "Kenya closed its border with Somalia", "will close its side of
			// the Gaza-Egyptian border", "Egypt says it will seal its side":
			// CAMEO codes closing a border as coercion (172) or as restricting
			// movement (191), neither in the inventory; a state shutting its
			// frontier shows force (testdata/events/README.md: a
			// MILITARY_POSTURE)
			m, ok = cameo.Match{Code: "150", Lemma: "close border", Start: i, End: i + 1}, true
		}
		if sw&scanTalk != 0 && phoneAfter(d, i+1, s.End) {
			// "talked to Russian President Vladimir Putin by phone": the
			// dictionary's "by phone" patterns allow three words between, a
			// name with its title takes more
			m, ok = cameo.Match{Code: "041", Lemma: "talk", Start: i, End: i + 1}, true
		}
		if sw&scanReceive != 0 {
			if rm, received := p.receivesVisitor(d, i, s.End); received {
				m, ok = rm, true // "greeted Chinese President Hu Jintao" (event_trig_receive.go)
			}
		}
		if sw&scanWar != 0 && !ok {
			if wm, war := warWithSides(d, i, s.End); war {
				m, ok = wm, true // "the 34-day war against Hezbollah", "the conflict between Russia and Georgia" (event_trig_war.go)
			}
		}
		// (also over a lexicon match outside the inventory: CAMEO's
		// "named" reads "was named defense minister" as no event)
		if sw&scanNamed != 0 && unclaimed(m, ok) {
			if nm, named := p.namedToOffice(d, i, s.Start, s.End); named {
				m, ok = nm, true // "named Steve Ballmer chief executive" (event_trig_named.go)
			}
		}
		if sw&scanOffice != 0 {
			if om, entered := p.officeEntered(d, i, s.End); entered {
				m, ok = om, true // "took office", "became prime minister" (event_trig_office.go)
			}
		}
		if sw&scanBe != 0 && !ok {
			if vm, there := p.presentIn(d, i, si); there {
				m, ok = vm, true // "Angela Merkel is in India for talks" (event_trig_presence.go)
			}
		}
		if sw&scanSend != 0 && unclaimed(m, ok) {
			if sm, sent := p.sentEnvoys(d, i, si); sent {
				m, ok = sm, true // "is sending an FBI agent to Azerbaijan" (event_trig_sent.go)
			}
		}
		if sw&scanHead != 0 {
			if hm, trip := p.headedTo(d, i, si); trip {
				m, ok = hm, true // "headed to Yevpatoria Thursday" (event_trig_head.go)
			}
		}
		if !ok && sw&scanStopNoun != 0 {
			if sm, stop := p.stopIn(d, i, si); stop {
				m, ok = sm, true // "his next stop in Brazil" (event_trig_stop.go)
			}
		}
		if !ok && sw&scanTrip != 0 {
			if tm, trip := p.tripTo(d, i, si); trip {
				m, ok = tm, true // "during a trip to Moscow" (event_trig_trip.go)
			}
		}
		if sw&scanThreat != 0 && !ok {
			if tm, threat := p.ifThreat(d, i, si); threat {
				m, ok = tm, true // "says it will not take part unless ..." (event_trig_ifthreat.go)
			}
		}
		if sw&scanControl != 0 {
			if cm, taken := controlTaken(d, i, s.End); taken {
				m, ok = cm, true // "assumed control of Jericho" (event_trig_control.go)
			}
		}
		if sw&scanPower != 0 {
			if pm, taken := p.powerTaken(d, i, s.End); taken {
				m, ok = pm, true // "seized power in a 1969 coup", "came to office in 1999" (event_trig_power.go)
			}
		}
		if sw&scanStop != 0 && unclaimed(m, ok) {
			if sm, stopped := p.measureStopped(d, i, s.Start, s.End); stopped {
				m, ok = sm, true // "halted lending to Kenya" (event_trig_cutoff.go)
			}
		}
		if sw&scanPenalty != 0 && unclaimed(m, ok) {
			if pm, punished := p.penaltyImposed(d, i, s.Start, s.End); punished {
				m, ok = pm, true // "banned Cameroon Airlines flights from France" (event_trig_penalty.go)
			}
		}
		if sw&scanPenalty != 0 && unclaimed(m, ok) {
			if tm, banned := p.termBan(d, i, s.Start, s.End); banned {
				m, ok = tm, true // "was banned for life", "received a three-match ban" (event_trig_termban.go)
			}
		}
		if sw&scanEmergency != 0 && unclaimed(m, ok) {
			if em, ruled := p.emergencyRuled(d, i, s.Start, s.End); ruled {
				m, ok = em, true // "the army imposed a curfew" (event_trig_curfew.go)
			}
		}
		if sw&scanCordon != 0 && unclaimed(m, ok) {
			if cm, closed := p.placeCordoned(d, i, s.Start, s.End); closed {
				m, ok = cm, true // "troops sealed off the town" (event_trig_cordon.go)
			}
		}
		if sw&scanSurround != 0 {
			// a force ringing a place the lexicon reads as an ATTACK is its
			// posture ("police encircled the Old City")
			if rm, ringed := p.placeSurrounded(d, i, s.Start, s.End); ringed && ok && cameo.EventType(m.Code) == "ATTACK" {
				m, ok = rm, true // (event_trig_surround.go)
			} else if unclaimed(m, ok) {
				if sm, imposed := p.securityImposed(d, i, s.Start, s.End); imposed {
					m, ok = sm, true // "imposed tight security around Baghdad"
				} else if bm, blockaded := p.blockadeByState(d, i, s.Start, s.End); blockaded {
					m, ok = bm, true // "an Israeli blockade" (event_trig_blockade.go)
				}
			}
		}
		if w := d.lower[i]; sw&scanLeft != 0 && (unclaimed(m, ok) || m.Code != cameo.CodeResign && (w[0] == 'r' || w[0] == 'f')) {
			if rm, left := p.officeLeft(d, i, s.Start, s.End); left {
				m, ok = rm, true // "removed him from the post", "announced his retirement" (event_trig_removed.go)
			}
		}
		if sw&scanLeft != 0 && (unclaimed(m, ok) || m.Code == cameo.CodeResign) {
			if gm, left := p.governmentLeft(d, i, s.Start, s.End); left {
				m, ok = gm, true // "left Lebanon's cabinet", "quit the Sharon government" (event_trig_govleft.go)
			}
		}
		if sw&scanCoup != 0 && (unclaimed(m, ok) || m.Code == cameo.CodeResign) {
			if cm, coup := p.coupTold(d, i, s.Start, s.End); coup {
				m, ok = cm, true // "deposed in a military coup led by", "a 2002 coup against" (event_trig_coup.go)
			}
		}
		if sw&scanCoup != 0 {
			if um, up := p.popularOuster(d, i, s.Start, s.End); up {
				m, ok = um, true // "the rebellion that ousted Mr. Aristide" (event_trig_uprising.go)
			}
		}
		if sw&scanCondDemand != 0 && !ok {
			if cm, terms := p.condDemand(d, i, s.Start, s.End); terms {
				m, ok = cm, true // "threatened to kill the hostages unless Romania withdrew" (event_trig_conddemand.go)
			}
		}
		if sw&scanInsist != 0 && (unclaimed(m, ok) || sayVerbs[m.Lemma]) {
			// (over the lexicon's say reading of "insists", "insisting",
			// which the say-verb skip below drops: only "insisted" is a say
			// form that takes the branch above)
			if im, asked := p.insistDemand(d, i, s.Start, s.End); asked {
				m, ok = im, true // "insisted that Mr. Schroeder remain in office" (event_trig_insist.go)
			} else if im, asked := p.inquiryOrdered(d, i, s.Start, s.End); asked {
				m, ok = im, true // "has ordered an inquiry into" (event_trig_inquiry.go)
			} else if om, asked := p.orderedTo(d, i, s.Start, s.End); asked {
				m, ok = om, true // "has ordered the army to stop" (event_trig_orderto.go)
			} else if wm, asked := p.wantedTo(d, i, s.Start, s.End); asked {
				m, ok = wm, true // "want Tehran to abandon" (event_trig_wantto.go)
			} else if !ok {
				if mm, asked := p.modalAsk(d, i, s.Start, s.End); asked {
					m, ok = mm, true // "Brown said all nations should agree" (event_trig_modalask.go)
				}
			}
		}
		if sw&scanChoose != 0 && unclaimed(m, ok) {
			if cm, chosen := p.personChosen(d, i, s.End); chosen {
				m, ok = cm, true // "chose Antonio Monteiro for the job" (event_trig_chosen.go)
			}
		}
		if sw&scanBring != 0 && unclaimed(m, ok) {
			if bm, brought := p.personBroughtToPower(d, i, s.Start, s.End); brought {
				m, ok = bm, true // "brought Mr. Yushchenko to power" (event_trig_brought.go)
			}
		}
		if sw&scanInaugurate != 0 {
			if im, in := p.personInaugurated(d, i, s.Start, s.End); in {
				m, ok = im, true // "ahead of his inauguration" (event_trig_inaugurate.go)
			}
		}
		if sw&scanSucceed != 0 && unclaimed(m, ok) {
			if sm, took := p.successorTaken(d, i, si); took {
				m, ok = sm, true // "who succeeded the late Yasser Arafat" (event_trig_succeed.go)
			}
		}
		if sw&scanFall != 0 && d.mentionAt[i] < 0 {
			if fm, fell := p.rulerFell(d, i, s.End); fell {
				m, ok = fm, true // "since the fall of dictator Mohamed Siad Barre" (event_trig_fall.go)
			}
		}
		if sw&scanBan != 0 && d.mentionAt[i] < 0 {
			if bm, banned := p.countryBanned(d, i, s.Start, s.End); banned {
				m, ok = bm, true // "the European Union's ban on arms sales to China" (event_trig_ban.go)
			} else if em, held := p.embargoHeld(d, i, s.Start, s.End); held {
				m, ok = em, true // "a U.S. trade embargo on Cuba" (event_trig_embargo.go)
			}
		}
		if sw&scanBail != 0 && unclaimed(m, ok) {
			if bm, bail := bailTold(d, i, s.Start, s.End); bail {
				m, ok = bm, true // "He has since been freed on bail" (event_trig_bail.go)
			}
		}
		if sw&scanCourt != 0 && unclaimed(m, ok) {
			if cm, decided := p.courtDecided(d, i, s.Start, s.End); decided {
				m, ok = cm, true // "a Polish court has fined a magazine publisher" (event_trig_court.go)
			}
		}
		if sw&scanEntered != 0 && !ok {
			if em, entered := p.forcesEntered(d, i, s.Start, s.End); entered {
				m, ok = em, true // "Ethiopian troops entered Somalia" (event_trig_entered.go)
			}
		}
		if sw&scanRevenge != 0 {
			if rm, vowed := revengeVowed(d, i, s.Start); vowed {
				m, ok = rm, true // "vowed to retaliate", "determined to avenge" (event_trig_revenge.go)
			}
		}
		if sw&scanBuildup != 0 && (!ok || cameo.EventType(m.Code) != "MILITARY_POSTURE") {
			if bm, built := p.forcesBuiltUp(d, i, s.Start, s.End); built {
				m, ok = bm, true // "boosting its troop strength", "will increase patrols" (event_trig_buildup.go)
			} else if tm, tested := p.weaponTested(d, i, s.Start, s.End); tested {
				m, ok = tm, true // "North Korea tested a nuclear weapon" (event_trig_tested.go)
			}
		}
		if sw&scanPost != 0 && (unclaimed(m, ok) || strings.EqualFold(m.Lemma, "patrol")) {
			if fm, posted := p.forcesPosted(d, i, s.Start, s.End); posted {
				m, ok = fm, true // "Lebanese troops deployed near the camps" (event_trig_deploy.go)
			}
		}
		if sw&scanFired != 0 {
			if fm, fired := p.firedFromPost(d, i, si, m, ok); fired {
				m, ok = fm, true // "Mbeki fired Jacob Zuma", "who fired him" (event_trig_fired.go)
			}
		}
		if sw&scanCallTime != 0 && (unclaimed(m, ok) || cameo.EventType(m.Code) == "PHONE_CALL") {
			if cm, asked := p.callOverTime(d, i, s.Start, s.End); asked {
				m, ok = cm, true // "called Tuesday for all Palestinians to take part" (event_trig_calltime.go)
			}
		}
		if sw&scanAttend != 0 && (unclaimed(m, ok) || m.End == i+1) {
			// (over CAMEO's bare "attend", a trip with no place: "attend a
			// banquet with Queen Elizabeth II" is a meeting)
			if am, attended := p.attendedGathering(d, i, si); attended {
				m, ok = am, true // "attended a Christmas Eve service ... in Yakutsk" (event_trig_attend.go)
			}
		}
		if sw&scanAddress != 0 && !sayForms[d.lower[i]] && unclaimed(m, ok) {
			if am, met := p.bodyAddressed(d, i, si); met {
				m, ok = am, true // "Speaking Saturday to the World Economic Forum" (event_trig_address.go)
			}
		}
		if sw&scanAbroad != 0 && unclaimed(m, ok) {
			if am, away := p.abroadSpoke(d, i, si); away {
				m, ok = am, true // "spoke to reporters in Paris" (event_trig_abroad.go)
			}
		}
		if sw&scanVisitor != 0 && unclaimed(m, ok) {
			if vm, met := p.visitorTold(d, i, si); met {
				m, ok = vm, true // "told a visiting Japanese delegation" (event_trig_visitor.go)
			}
		}
		if sw&scanPressure != 0 && (unclaimed(m, ok) || m.Lemma == "pressure") {
			// (over the lexicon's "pressure ... to", whose noun the speech guard drops)
			if pm, pressed := p.pressureToAct(d, i, s.Start, s.End); pressed {
				m, ok = pm, true // "under intense U.S. pressure to crack down" (event_trig_pressure.go)
			}
		}
		if sw&scanDeadline != 0 && unclaimed(m, ok) {
			if dm, set := p.deadlineSet(d, i, s.Start, s.End); set {
				m, ok = dm, true // "an August 31 U.N. Security Council deadline for Iran to halt" (event_trig_deadline.go)
			}
		}
		if sw&scanLeg != 0 && unclaimed(m, ok) {
			if lm, leg := p.tourLeg(d, i, si); leg {
				m, ok = lm, true // "will stop in El Salvador", "before flying back to Washington" (event_trig_tourleg.go)
			}
		}
		if sw&scanWithMeet != 0 && unclaimed(m, ok) {
			if wm, met := p.metWith(d, i, si); met {
				m, ok = wm, true // "has shaken hands with Syrian President Bashar al-Assad" (event_trig_withmeet.go)
			}
		}
		if sw&scanCrackdown != 0 && unclaimed(m, ok) {
			if cm, violent := p.crackdownTold(d, i, s.Start, s.End); violent {
				m, ok = cm, true // "Iran's deadly crackdown on opposition demonstrators" (event_trig_crackdown.go)
			}
		}
		if sw&scanMourned != 0 && unclaimed(m, ok) {
			if mm, mourned := p.personMourned(d, i, s.Start, s.End); mourned {
				m, ok = mm, true // "attended the funeral of Pope John Paul II" (event_trig_mourned.go)
			}
		}
		if sw&scanSigned != 0 && unclaimed(m, ok) {
			if sm, signed := p.pactSigned(d, i, s.Start, s.End); signed {
				m, ok = sm, true // "signed a Tax Information Exchange Agreement with the US" (event_trig_signed.go)
			}
		}
		if sw&scanSigned != 0 && unclaimed(m, ok) {
			if fm, formed := p.pactFormed(d, i, s.Start, s.End); formed {
				m, ok = fm, true // "formed a partnership with rival DaimlerChrysler" (event_trig_formedpact.go)
			}
		}
		if sw&scanAirspace != 0 && unclaimed(m, ok) {
			if am, crossed := p.airspaceViolated(d, i, s.Start, s.End); crossed {
				m, ok = am, true // "aircraft have repeatedly violated Finland's airspace" (event_trig_airspace.go)
			}
		}
		if sw&scanCrowd != 0 && unclaimed(m, ok) {
			if cm, rallied := p.crowdGathered(d, i, s.Start, s.End); rallied {
				m, ok = cm, true // "Hundreds of mourners gathered ... to pay final respects" (event_trig_crowd.go)
			}
		}
		if inName {
			// a word of a name is no trigger but the last of a pact's name
			// with its sides told ("the Closer Economic Partnership
			// Agreement between Macau and mainland China", event_trig_pactname.go)
			if m, ok = p.pactNamed(d, i, s.Start, s.End); !ok {
				continue
			}
		}
		if !ok || skipCode(m.Code) {
			continue
		}
		if sw&scanTalk != 0 && m.Lemma != abroadLemma && pressAfter(d, i+1, s.End) {
			continue // "talked with reporters": speech, which quotes carry (not a trip: "spoke to reporters in Paris")
		}
		// CAMEO's "+ARREST_AND" (a verb joined to the next by "and": "arrested and
		// questioned Hugh Grant") is its first verb's event, filed under APPREHEND's
		// 171 (seize property) with the block's code (eighteenth session, part19)
		lemma := strings.TrimSuffix(strings.ToLower(m.Lemma), " and")
		if lemma != strings.ToLower(m.Lemma) && !m.Nominal && m.End < s.End && d.lower[m.End-1] == "and" && d.mentionAt[m.End] < 0 && p.cls(d, m.End)&wPast != 0 && !p.lexVerbAt(d, m.End) {
			m.End++ // the joined verb too: its object is the arrest's ("arrested and questioned Hugh Grant")
		}
		if !m.Nominal && strings.HasSuffix(d.lower[i], "ing") && i > s.Start && !isBe(d.lower[i-1]) &&
			(d.mentionAt[i-1] >= 0 || p.cls(d, i-1)&(wNoun|wNum) != 0 && p.cls(d, i-1)&(wVerb|wPast|wPart|wPrep) == 0) &&
			(m.End >= s.End || m.End > i+1 && p.cls(d, i+1)&wPrep != 0 || d.mentionAt[m.End] < 0 && (p.cls(d, m.End)&(wDet|wNum|wPron) == 0 || relativeAt(d, m.End, s.End))) {
			// (followed by its own object it is a verb: "protesters pelting the
			// consulate"; what follows a preposition the trigger took, "a White
			// House meeting with Adil Abdul Mahdi", is the preposition's)
			m.Nominal = true // "a 1976 Cuban airliner bombing": a compound noun, not a gerund
		}
		if !m.Nominal && i-2 >= s.Start && d.mentionAt[i-1] < 0 && p.cls(d, i-1)&wNoun != 0 && p.cls(d, i-1)&(wVerb|wPast|wPart|wAdj) == 0 &&
			p.cls(d, i-2) == wPrep && d.lower[i-2] != "to" &&
			(m.End >= s.End || p.cls(d, m.End)&wPunct != 0 && d.lower[m.End] != "," || d.lower[m.End] == "for" || d.lower[m.End] == "in") {
			// "placed under house arrest.": a compound noun after a preposition,
			// with no object after it ("with pistols attacked the nun" is a verb)
			m.Nominal = true
		}
		if !m.Nominal && i-2 >= s.Start && d.mentionAt[i-1] < 0 && (p.cls(d, i-1)&wAdj != 0 && p.cls(d, i-1)&(wVerb|wPast|wPart|wPrep) == 0 || d.lower[i-1] == "own") &&
			(d.mentionAt[i-2] < 0 && p.cls(d, i-2)&wDet != 0 || d.lower[i-2] == "'s" || d.lower[i-2] == "’s") {
			m.Nominal = true // "a short visit", "his own arrest": an article or possessor, then an adjective
		}
		if !m.Nominal && premodTypes[cameo.EventType(m.Code)] && p.premodifiedNoun(d, i, m.End, s.Start, s.End) {
			m.Nominal = true // "made a surprise visit to Cuba" (event_trig_premod.go)
		}
		if !m.Nominal && i > s.Start && d.mentionAt[i-1] < 0 && p.cls(d, i)&wNoun != 0 && (p.cls(d, i-1) == wNum || d.lower[i-1] == "the" || d.lower[i-1] == "a" || d.lower[i-1] == "an") {
			m.Nominal = true // "five attacks", "the attacks": a number or an article opens a noun
		}
		if !m.Nominal && i > s.Start && m.End < s.End && m.End == i+1 && p.cls(d, i)&wNoun != 0 && d.mentionAt[m.End] < 0 &&
			p.cls(d, m.End)&wPast != 0 && p.cls(d, m.End)&wNoun == 0 && !strings.HasSuffix(d.lower[i], "ed") &&
			(d.mentionAt[i-1] >= 0 || p.cls(d, i-1)&(wNoun|wAdj) != 0 && p.cls(d, i-1)&(wVerb|wPast|wPart|wPron|wModal) == 0) {
			m.Nominal = true // "a suspected U.S. drone attack killed three people": a noun, the subject of the verb after it
		}
		if m.Nominal && m.End == i+1 && i > s.Start && p.cls(d, i)&(wVerb|wPast) != 0 {
			switch d.lower[i-1] {
			case "it", "he", "she", "they", "we":
				m.Nominal = false // "It calls the European Union ... the biggest offenders": a subject pronoun, then its verb
			}
		}
		if m.Nominal && lemma == "call" && cameo.EventType(m.Code) == "PHONE_CALL" && m.End+1 < s.End &&
			(d.lower[m.End] == "for" || d.lower[m.End] == "to" && p.cls(d, m.End+1)&wVerb != 0 && d.mentionAt[m.End+1] < 0) {
			m.Code = "020" // "rejected Israel's call to hold unconditional peace talks", "a call for calm": an appeal
		}
		if m.Nominal && lemma == "call" && cameo.EventType(m.Code) == "PHONE_CALL" {
			if code, drop := p.callNounSense(d, i, m.End, s.Start, s.End); drop {
				continue // "rejected the call as unlawful", "options calls": no phone call (event_sense_callnoun.go)
			} else if code != "" {
				m.Code = code // "a call from NATO's assembly for an inquiry": an appeal
			}
		}
		if sayVerbs[lemma] {
			// "said the arrests...": the noun is the event; what was said, quotes carry
			continue
		}
		typ := cameo.EventType(m.Code)
		if walkoutStrike(d, i, s.Start) {
			// "a 19-day strike", "an indefinite nationwide strike" (which the
			// lexicon reads as a verb of attack or of criticism): a walkout
			// (event_trig_walkout.go)
			typ, m.Code, m.Nominal, m.End = "PROTEST", "143", true, i+1
		}
		if typ == "ATTACK" && accidentTold(d, &m, s.Start, s.End) {
			typ = "DEATH" // "were killed in the crash", "accidental explosions killed" (event_trig_accident.go)
		}
		if conferredWith(lemma, &m, typ) {
			typ = "MEET" // "conferred with Muslim community leaders" (event_trig_confer.go)
		}
		if p.otherSense(d, &m, typ, si) {
			continue
		}
		if speechlessSense(d, &m, typ, s.Start, s.End) {
			continue // "launching a campaign", "sought refuge", "a warning about the virus" (event_trig_speech.go)
		}
		if documentTerms(d, &m, typ, s.Start) {
			continue // "the agreement calls for Ukraine to pay": a term, no appeal (event_trig_terms.go)
		}
		if p.attractionSense(d, &m, typ, s.Start, s.End) {
			continue // "the game appealed to the Kiwi psyche", "a demanding job" (event_trig_appealsense.go)
		}
		if bt, bc, business := p.businessTrigger(d, lemma, &m, s.Start, s.End); business {
			switch {
			case bt == "" && m.Nominal && (d.lower[i] == "takeover" || d.lower[i] == "takeovers") && anyWord(d, seizureWords, s.Start, s.End):
				// "a violent takeover by the militant Hamas", "the Islamists'
				// armed takeover of Mogadishu": no company, and force told
				typ, m.Code = "OCCUPY", "192"
			case bt == "":
				continue // "the acquisition of new skills": no company named
			default:
				typ, m.Code = bt, bc
			}
		}
		if lemma == "quit" && p.quitsThing(d, &m, si) {
			continue // "quits Yukos shares": a thing given up, no post left (event_trig_dismiss.go)
		}
		if lemma == "charge" && !inventory[typ] && p.peopleCharged(d, &m, i, si) {
			typ, m.Code = "TRIAL", cameo.CodeTrial // "police have charged five men" (event_trig_charged.go)
		}
		if p.dismissalTrigger(d, lemma, &m, i, si) {
			typ, m.Code = "RESIGNATION", cameo.CodeResign // "fired his defense minister" (event_trig_dismiss.go)
		}
		if typ == "MEET" && motionVerbs[lemma] || lemma == "arrive" {
			// CAMEO files going somewhere, and arriving (even "for talks"), under
			// consult (040, 046); for the graph a trip is a visit, the talks their own event
			typ, m.Code = "VISIT", "042"
		}
		switch {
		case lemma == "demand" && typ == "APPEAL":
			typ, m.Code = "DEMAND", "100" // CAMEO's demand patterns sit in 02x
		case typ == "ARREST" && (lemma == "go" || lemma == "appear" || lemma == "find" || lemma == "stand"):
			// CAMEO codes "go on trial", "appeared in court", "found guilty" as 173
			typ, m.Code = "TRIAL", cameo.CodeTrial
		case typ == "ARREST" && lemma == "condemn":
			typ, m.Code = "SENTENCE", cameo.CodeSentence // "condemned to death"
		case lemma == "agree" && !inventory[typ]:
			typ, m.Code = "AGREEMENT", "057" // "X and Y agreed to ...": an agreement between them
		case (lemma == "charge" || lemma == "file") && typ == "ARREST":
			typ, m.Code = "TRIAL", cameo.CodeTrial // "has charged Gotovina and two other ex-generals ... with", "filed its first charges": an indictment
		case (lemma == "arrest" || lemma == "detain") && !inventory[typ] && !m.Nominal && m.Pattern != "":
			// CAMEO's APPREHEND block shares its patterns among its verbs, so
			// "were arrested Monday as part of an investigation" met TAKE's "*
			// PART" (030, take part) and "arrested over the investigation"
			// TAKE's "* OVER &INVESTIGATION" (090): an arrest all the same
			// (fourteenth session)
			typ, m.Code = "ARREST", "173"
		case (lemma == "arrest" || lemma == "detain") && typ != "ARREST" && inventory[typ]:
			typ, m.Code = "ARREST", "173" // "has arrested five Indian nationals and confiscated their trawler": the arrest, whatever else the pattern saw
		case (lemma == "capture" || lemma == "seize") && typ == "OCCUPY" && !p.placeAfter(d, m.End, s.End):
			typ, m.Code = "ARREST", "173" // "captured a suspected al-Qaida terrorist": people, not land
		case landTakers[lemma] && (!inventory[typ] || typ == "ARREST") && !m.Nominal && p.landCaptured(d, lemma, i, m.End, s.Start, s.End):
			typ, m.Code = "OCCUPY", "192" // "captured the U.N.-protected Srebrenica enclave" (event_trig_captured.go)
		case (lemma == "capture" || lemma == "seize" || lemma == "nab" || lemma == "grab" || lemma == "snatch") && !inventory[typ] && !m.Nominal &&
			p.peopleAfter(d, m.End, s.End):
			// CAMEO's 171 (seize property) for "captured one insurgent": a person taken is an arrest
			typ, m.Code = "ARREST", "173"
		case (lemma == "warn" || lemma == "caution") && !m.Nominal && !p.warningAt(d, m.End, s.End):
			continue // "warned (that) a cell is operating" says something; it threatens no one
		case lemma == "oust" && !inventory[typ] && p.ousterForced(d, &m, si) &&
			(i == s.Start || !isBe(d.lower[i-1]) || m.End < s.End && d.lower[m.End] == "by"):
			// "was ousted by a guerrilla campaign", "a U.S.-led coalition ousted
			// the Taleban regime": CAMEO's 174 (expel) for a rule ended by force
			// (with no one said to have done it, "after the Taleban government
			// was ousted in 2001" is background)
			typ, m.Code = "ATTACK", "190"
		case (lemma == "capture" || lemma == "seize") && !inventory[typ] && !m.Nominal && m.End < s.End && d.lower[m.End] == "by" && placeBefore(d, i, s.Start):
			// "all Palestinian land captured by Israel in the 1967 war": land
			// taken, told by a reduced relative (placeAfter reads the active)
			typ, m.Code = "OCCUPY", "192"
		case (lemma == "approve" || lemma == "endorse" || lemma == "confirm") && !m.Nominal && p.officeHoldersAfter(d, m.End, s.End):
			// "Iraq's parliament has approved six new government ministers",
			// "approved a new Cabinet" (CAMEO's "approve * CABINET" is 060):
			// a body confirming who holds office appoints them
			typ, m.Code = "APPOINTMENT", cameo.CodeAppoint
		case lemma == "storm" && typ == "OCCUPY":
			// "peacekeepers stormed a stronghold": CAMEO's "storm *
			// &STRONGHOLD" is 192, but storming is the assault; holding what
			// was stormed is told apart ("took control of")
			typ, m.Code = "ATTACK", "190"
		case lemma == "convene" && typ == "VISIT":
			// "the parliament convened for the first time": CAMEO files
			// convening with going somewhere (042); a body convening meets
			typ, m.Code = "MEET", "040"
		case lemma == "boycott" || leaveLemmas[lemma] && !m.Nominal && boycottObject(d, i+1, s.End):
			// "boycotted the elections" (CAMEO's 143 for "boycott * ELECTION"),
			// "have pulled out of Sunday's parliamentary elections", "withdrew
			// from the talks": staying away from a vote, talks or a session is a
			// boycott, a SANCTION in the inventory (testdata/events/README.md)
			typ, m.Code = "SANCTION", "163"
		case (lemma == "pull out" || lemma == "walk out") && typ == "MEET":
			// CAMEO's GO_SOMEWHERE block (040) holds these leaving verbs:
			// "walked out of a Kampala courthouse" is no meeting
			continue
		case typ == "ATTACK" && !m.Nominal && (lemma == "fire" || lemma == "launch") && missilesUntargeted(d, i+1, s.End):
			// "reportedly fired two missiles near its border with China",
			// "launched seven missiles, including a long-range Taepodong-2":
			// missiles fired at nothing named are a show of force, as a
			// test-firing (CAMEO 150); "fired missiles at Israeli towns" attacks
			typ, m.Code = "MILITARY_POSTURE", "150"
		case militaryMoves[lemma] && troopsAfter(d, m.End, s.End):
			typ, m.Code = "MILITARY_POSTURE", "154" // "deployed soldiers to Somalia"
		}
		if typ == "ARREST" && !m.Nominal && jailTerm(d, i, m.End, s.End) {
			typ, m.Code = "SENTENCE", cameo.CodeSentence // "jailed for more than five years" (event_trig_jailed.go)
		}
		if (lemma == "capture" || lemma == "seize" || lemma == "grab" || lemma == "snatch" || lemma == "nab") && (typ == "ARREST" || !inventory[typ]) &&
			!m.Nominal && armedTakers(d, i, m.End, s.Start, s.End) {
			// "Hezbollah guerrillas attacked an Israeli patrol and seized two
			// Israeli soldiers", "He was seized Thursday by six gunmen": people
			// taken by fighters are abducted (CAMEO 181), not arrested; only a
			// state arrests
			typ, m.Code = "ATTACK", "181"
		}
		if lemma == "test" && !weaponNear(d, i, m.End, s.Start, s.End) {
			continue // "the second Test against India", "failed a drugs test": no weapon tested
		}
		if lemma == "designate" && !officeAfterAs(d, m.End, s.End) {
			continue // "designated the group as a terrorist organization": naming, no office
		}
		if m.Nominal && d.lower[i] == "dead" && (i == s.Start || d.lower[i-1] != "the") {
			m.Nominal = false // the noun is "the dead"; "were dead", "left two dead" are the adjective, read as before
		}
		if lemma == "charge" && m.Nominal {
			switch {
			case !p.criminalCharges(d, i, m.End, s.Start, s.End):
				if !wordWithin(d, m.End, s.End, "with", 9) {
					continue // "one-time charges of 12 mln dlrs", "bank charges": costs, not an indictment
				}
				m.Nominal = false // "The suit ... charges Porterfield with overcharging": the verb
			case anyType(out, "TRIAL") || anyWord(d, courtEvents, m.End, s.End):
				// "In Monday's trial, Ramda is facing charges of", "convicted on
				// terrorism charges", "faces rape charges, for which a civilian
				// trial began Monday": that event's charges
				continue
			case i-2 >= s.Start && d.lower[i-2] == "to":
				continue // "may ask the jury to issue charges": charges still to be brought
			}
		}
		if lemma == "proceed" && !courtWithin(d, s.Start, s.End) && (i == s.Start || !courtAdjectives[d.lower[i-1]]) {
			continue // "the proceedings of the conference": no court named
		}
		if lemma == "confer" && m.Nominal && i > s.Start && (d.lower[i-1] == "news" || d.lower[i-1] == "press") && (i-2 < s.Start || d.lower[i-2] != "joint") {
			// (a joint news conference with a visiting president is their meeting)
			continue // "told a news conference": speech, which quotes carry
		}
		if lemma == "vote" {
			// CAMEO files voting under 03x (intend to cooperate); in news a vote
			// in an election or referendum is the election, other votes are not events
			if i > s.Start && (electionAdjective[d.lower[i-1]] || yearWord(d.lower[i-1])) || pollDay(d, i, s.Start) || voteShare(d, i, s.Start) {
				typ, m.Code, m.Nominal = "ELECTION", cameo.CodeElect, true // "Afghanistan's September parliamentary vote", "a disputed 2005 poll"
			} else if !m.Nominal && electionAfter(d, m.End, s.End) {
				typ, m.Code = "ELECTION", cameo.CodeElect
			} else {
				continue
			}
		}
		if m.Nominal && (d.lower[i] == "appeal" || d.lower[i] == "appeals") && courtWithin(d, s.Start, s.End) {
			typ, m.Code = "TRIAL", cameo.CodeTrial // "a Moscow court has rejected the appeal of Khodorkovsky": a hearing
		}
		if !m.Nominal && typ == "ARREST" && i+1 < s.End && i > s.Start && (d.lower[i-1] == "'s" || d.lower[i-1] == "’s" || p.cls(d, i-1)&wDet != 0) &&
			(d.mentionAt[i+1] >= 0 || p.cls(d, i+1)&wNoun != 0 && p.cls(d, i+1)&(wVerb|wPrep) == 0) {
			continue // "Burma's detained democracy leader": a state told by an adjective (attributiveParticiple marks the other types' participles unreal)
		}
		if !m.Nominal && m.End == i+1 && i+1 < s.End && i > s.Start && (d.lower[i] == "slain" || d.lower[i] == "jailed" || d.lower[i] == "imprisoned" || d.lower[i] == "exiled" || d.lower[i] == "murdered" || d.lower[i] == "assassinated" || d.lower[i] == "fired" || d.lower[i] == "ousted" || d.lower[i] == "deposed") && m.Lemma != uprisingLemma &&
			(p.cls(d, i-1)&(wDet|wPrep) != 0 || d.lower[i-1] == "'s") && (d.mentionAt[i+1] >= 0 || p.cls(d, i+1)&(wNoun|wAdj) != 0 && p.cls(d, i+1)&(wVerb|wPrep) == 0) {
			continue // "quotes from slain civil rights leader Martin Luther King": who he was, not what happened now
		}
		if !m.Nominal && (typ == "ATTACK" || typ == "VISIT" || typ == "MEET") && sportsVerbs[lemma] && (p.sportsContext(d, si) || p.sportsStory(d, si)) {
			continue // "The Americans host Morocco on Tuesday" in a story about a football team: a game
		}
		if m.Nominal && typ == "VISIT" && tourNouns[d.lower[i]] && (p.sportsContext(d, si) || p.sportsStory(d, si) || sportsTour(d, i) && p.sportWordNear(d, si)) {
			// "the last Lions tour of Australia", "the tour to New Zealand" in a
			// rugby story: a team's tour of matches, no political actor's trip
			// (the Guideline: travel by no political actor is no VISIT;
			// event_sense_sportstour.go)
			continue
		}
		if !m.Nominal && (typ == "ATTACK" || typ == "INJURY") && !strings.HasPrefix(m.Code, "181") && m.Secondary != "DEATH" && economyAfter(d, m.End, s.End) {
			// (abducting and killing have no economic sense: "kidnapped a
			// German oil industry worker" takes a person)
			continue // "bad weather hits Nestle sales", "dumping is injuring U.S. producers": economic harm, not violence
		}
		if !m.Nominal && typ == "ATTACK" && animalsAfter(d, m.End, s.End) {
			continue // "officials have slaughtered all 3,000 birds": culling, not an attack
		}
		if m.Code == "191" && !strings.HasPrefix(lemma, "blockade") && !strings.HasPrefix(lemma, "besiege") && !strings.HasPrefix(lemma, "siege") {
			continue // CAMEO's restrict-movement patterns ("set up a protection zone", "closed the border") are no attack
		}
		if m.Code == "196" {
			continue // "violated the truce", "ending a truce": a broken ceasefire names no attack of its own
		}
		if lemma == "call" && !m.Nominal && i > s.Start && i+1 < s.End && d.mentionAt[i+1] >= 0 &&
			(d.words[i-1] == d.lower[i-1] && p.cls(d, i-1)&wNoun != 0 && p.cls(d, i-1)&(wVerb|wPast|wPron) == 0 || p.isDemonym(d.words[i-1])) {
			continue // "a company called Akamai", "a scruffy little Austrian called Adolf Hitler": a name given, no appeal
		}
		if lemma == "call" && i+2 < s.End && d.lower[i+1] == "back" && (d.lower[i+2] != "" && d.lower[i+2][0] >= '0' && d.lower[i+2][0] <= '9' || d.lower[i+2] == "some" || d.lower[i+2] == "all") {
			continue // "calling back 17,815 Buick Raniers": a recall of goods, no call
		}
		if lemma == "call" && i > s.Start && d.lower[i-1] == "cold" {
			continue // "cold calls": selling by telephone
		}
		if typ == "MEET" && !m.Nominal && ballAfter(d, m.End, s.End) {
			continue // "Rooney met Gary Neville's cross": a ball met, no meeting
		}
		if typ == "MEET" && strings.HasPrefix(d.lower[i], "contact") {
			continue // "contacted the police", "when contacted by BBC News": a message, not a meeting
		}
		if typ == "ATTACK" && shotWord(d.lower[i]) && (p.sportsContext(d, si) || anyWord(d, goalWords, d.sents[si].Start, d.sents[si].End)) {
			continue // "Milan Baros shot wildly", "Berger's long-range shot": a shot at goal
		}
		if lemma == "meet" && !m.Nominal && m.Code == "036" && strings.Contains(m.Pattern, "(AT)") && !p.sportsContext(d, si) && !anyWordNear(d, si, clubWords) {
			// "have met at the White House": CAMEO files "meet (at)" under 036,
			// intent to meet, so every meeting told with its place was lost;
			// the verb tells a meeting (a future or wished one is unreal, as any;
			// "the sides meet at Old Trafford" is a game)
			typ, m.Code = "MEET", "040"
		}
		if lemma == "visit" && strings.HasPrefix(m.Code, "09") {
			// "after inspectors visited the site": CAMEO's "* SITE [090]" codes
			// the purpose (investigate); the inventory codes the trip
			typ, m.Code = "VISIT", "042"
		}
		if lemma == "agree" && !m.Nominal && m.End+1 < s.End && d.lower[m.End] == "to" && courtVerbs[d.lower[m.End+1]] && courtWithin(d, max(s.Start, i-8), i) {
			// "A U.S. judge has agreed to review the government's decision":
			// a court taking a case up, no agreement between parties
			typ, m.Code = "TRIAL", cameo.CodeTrial
		}
		if typ == "APPEAL" && !m.Nominal && (d.lower[i] == "appealed" || d.lower[i] == "appeals" || d.lower[i] == "appealing") && p.courtAppeal(d, m.End, si) {
			// "But the state appealed, forcing the men to remain in custody",
			// "has appealed the verdict": an appeal to a higher court, a hearing
			typ, m.Code = "TRIAL", cameo.CodeTrial
		}
		if !inventory[typ] && appealFrame(lemma, m.Pattern) {
			// "has called for an investigation into reports", "called for
			// talks": CAMEO's call-for patterns code what is asked for (090
			// investigate, 036 intend to meet, 111 criticise); the inventory
			// codes the asking, an appeal (what is asked for is unreal, askedBy)
			typ, m.Code = "APPEAL", "020"
		}
		if lemma == "call" && typ == "DEMAND" {
			// "called for an end to operations": CAMEO's 10x call-for patterns
			// are appeals in the inventory; DEMAND is for "demanded"
			typ, m.Code = "APPEAL", "020"
		}
		if m.Nominal && (d.lower[i] == "proposal" || d.lower[i] == "proposals") && !p.proposalReceived(d, i, si) {
			continue // "Bush's proposal to revamp Social Security" is a plan, not an appeal
		}
		if lemma == "offensive" && m.End < s.End && d.mentionAt[m.End] < 0 && p.cls(d, m.End)&wNoun != 0 && p.cls(d, m.End)&(wVerb|wPrep) == 0 {
			continue // "offensive remarks": the adjective
		}
		pact := (lemma == "sign" || lemma == "reach") && (pactPattern(m.Pattern) || lemma == "sign" && m.Pattern == "" && m.Code == "057")
		if pact && (p.sportsContext(d, si) || anyWordNear(d, si, clubWords)) {
			continue // "Bolton have signed Roma defender Vincent Candela on a five-month deal": a player's contract
		}
		if pact && !p.nounTriggerAfter(d, m.End, s.End, "AGREEMENT") {
			// "has signed seven new foreign oil deals", "reached a deal to take
			// over", "reached a compromise": CAMEO codes the kind of pact (0311
			// trade, 060 contract, 030 intend to cooperate); signing or reaching
			// one concludes it, an agreement in the inventory (with its own
			// noun trigger, "signed an accord", the noun tells the event)
			typ, m.Code = "AGREEMENT", "057"
		} else if lemma == "sign" && !pact {
			continue // "signed the decision into law": only signing a pact (its own noun triggers aside) is agreeing
		}
		if (lemma == "blast" || lemma == "slam" || lemma == "hammer" || lemma == "lash") && !m.Nominal && typ == "ATTACK" && i > s.Start &&
			(d.mentionAt[i-1] >= 0 || d.lower[i-1] == "has" || d.lower[i-1] == "have" || d.lower[i-1] == "had" || p.cls(d, i-1)&wPron != 0) &&
			!p.peopleAfter(d, m.End, s.End) && !p.placeAfter(d, m.End, s.End) {
			continue // "Gazprom has blasted European calls": criticism, not an attack
		}
		if typ == "APPEAL" && lemma == "call" && !m.Nominal && m.End+1 < s.End && (d.lower[m.End] == "it" || d.lower[m.End] == "them") &&
			(d.lower[m.End+1] == "a" || d.lower[m.End+1] == "an" || isQuoteMark(d.words[m.End+1]) || p.cls(d, m.End+1)&wAdj != 0 && p.cls(d, m.End+1)&(wVerb|wPrep) == 0) {
			continue // "Mr. Talat called it a vote for peace": naming, no appeal
		}
		if typ == "PHONE_CALL" && lemma == "call" && !m.Nominal && (!p.callsSomeone(d, m.End, s.End) || p.callNamesThing(d, i, m.End, s.Start, s.End)) {
			continue // "called a Swiss media report absurd": naming, not phoning
		}
		if m.End < s.End && (d.lower[m.End] == "squad" || d.lower[m.End] == "squads") {
			continue // "sentenced to death by firing squad": the unit's name, no shooting told
		}
		if m.End < s.End && d.mentionAt[m.End] < 0 && equipmentNouns[d.lower[m.End]] && p.cls(d, i)&wNoun != 0 {
			continue // "assault rifles", "attack helicopters": the noun names a kind of equipment
		}
		if m.End < s.End && m.End == i+1 && d.mentionAt[m.End] < 0 && forceNouns[d.lower[m.End]] && p.cls(d, i)&wNoun != 0 && p.cls(d, i)&(wPast|wPart) == 0 &&
			(i == s.Start || p.cls(d, i-1)&(wModal|wPron) == 0 && !isBe(d.lower[i-1]) && d.lower[i-1] != "has" && d.lower[i-1] != "have" && d.lower[i-1] != "had") {
			continue // "Hundreds of riot police surrounded": a kind of force, no riot
		}
		if lemma == "take" && m.End < s.End && d.lower[m.End] == "off" || lemma == "plunge" {
			continue // "seconds after taking off", "the jet plunged into a lake": movement, not an attack or seizure
		}
		if typ == "ARREST" && !m.Nominal && !arrestLemmas[lemma] {
			continue // "convicted of overseeing detention camps": CAMEO's arrest patterns on other verbs
		}
		if lemma == "fire" && typ != "RESIGNATION" && i-2 >= s.Start && isBe(d.lower[i-1]) && (d.lower[i-2] == "he" || d.lower[i-2] == "she" || personBefore(d, i-1)) {
			continue // "He was fired last month by President Medvedev": dismissed, not shot at
		}
		if lemma == "fire" && typ != "RESIGNATION" && !m.Nominal && m.End < s.End && p.cls(d, m.End)&wPrep == 0 && (p.npRight(d, m.End, s.End).hasPerson(d) || p.peopleAfter(d, m.End, s.End) && !forceNouns[d.lower[p.npRight(d, m.End, s.End).end-1]]) {
			continue // "Reagan fired (National Security Council aide) Oliver North", "has fired two officials": dismissed, not shot at (shooting takes "at" or a weapon)
		}
		if typ == "ATTACK" && m.Nominal && i > s.Start && criticismAdjectives[d.lower[i-1]] {
			continue // "the constitutional attack by Assistant Attorney General John Bolton": criticism
		}
		if typ == "ATTACK" && !m.Nominal && motionAfter(d, m.End, s.End) {
			continue // "the Senate defeated a move to block aid": a vote
		}
		if lemma == "exaggerate" {
			continue // "Iran had exaggerated reports of fighting": no threat
		}
		if lemma == "shoot" && m.End < s.End && d.lower[m.End] == "up" {
			continue // "shares of ChemLawn shot up": a price rising
		}
		if typ == "ELECTION" && !m.Nominal && m.End+1 < s.End && d.lower[m.End] == "to" && p.verbAfterTo(d, m.End+1) {
			continue // "has elected to redeem its warrants": chose to, no vote
		}
		if m.Nominal && typ == "ATTACK" && (d.lower[i] == "strike" || d.lower[i] == "strikes") && m.End == i+1 && labourStrike(d, i, s.Start, s.End) {
			typ, m.Code = "PROTEST", "143" // "the Brazilian seafarers' strike": a walkout, not an attack
		}
		if lemma == "call" && financialAfter(d, m.End, s.End) {
			continue // "Borden calls 4-3/8 pct debentures": redeeming bonds
		}
		if lemma == "demonstrate" && !m.Nominal && m.End < s.End && d.mentionAt[m.End] < 0 &&
			(d.lower[m.End] == "that" || p.cls(d, m.End)&(wDet|wNoun|wAdj) != 0 && p.cls(d, m.End)&wPrep == 0) {
			continue // "demonstrating its commitment", "demonstrated that": showing, not protesting
		}
		if lemma == "engage" && m.End+1 < s.End && d.lower[m.End] == "in" && !p.nounTriggerAfter(d, m.End+1, s.End, "ATTACK") {
			continue // "is engaging in large-scale reconstruction": taking part, not fighting
		}
		if (lemma == "seize" || lemma == "grab" || lemma == "usurp") && wordWithin(d, m.End, s.End, "power", 4) ||
			lemma == "take" && m.End < s.End && d.lower[m.End] == "power" {
			continue // "King Gyanendra's seizure of absolute power", "took power": a grab for rule, no attack on anyone
		}
		if lemma == "dominate" || lemma == "reserve" {
			continue // "trade affairs are dominated by its ties", "reserved the right to buy": no attack or threat
		}
		if lemma == "hang" && m.End < s.End && d.lower[m.End] == "up" {
			continue // "hung up their competitive spikes": retired, not hanged
		}
		if lemma == "reach" && m.End < s.End && d.lower[m.End] == "out" {
			continue // "reaching out on Facebook": outreach, not an appeal
		}
		if lemma == "send" && typ == "MEET" {
			continue // "sent Mr. Ahmadinejad a letter": a message, not a meeting
		}
		if lemma == "plan" || lemma == "plot" {
			continue // "accused of planning to attack Mr. Allawi": a plan is no event; what is planned has its own trigger
		}
		if typ == "MILITARY_POSTURE" && lemma != postLemma && lemma != buildupLemma && lemma != testedLemma && lemma != emergencyLemma && lemma != cordonLemma && lemma != surroundLemma && lemma != securityLemma && lemma != blockadeLemma && lemma != airspaceLemma && !(lemma == "violate" && p.airspaceAfter(d, m.End, s.End)) && (!m.Nominal || strings.HasSuffix(d.lower[i], "ing")) && !troopsAfter(d, m.End, s.End) && !militaryAfter(d, m.End, s.End) {
			continue // "stepped up efforts against militants": no force shown
		}
		if lemma == "rally" && marketWithin(d, s.Start, s.End) {
			continue // "the stock market staged a major rally"
		}
		if lemma == "invite" {
			continue // "invited the negotiator to Pyongyang": the visit or talks are still to come, told by their own words
		}
		if typ == "THREATEN" && (lemma == "face" || m.Nominal && i-2 >= s.Start && (strings.HasPrefix(d.lower[i-1], "fac") || strings.HasPrefix(d.lower[i-2], "fac"))) {
			continue // "Canada faces a threat from terrorists": a danger, not a threat someone made
		}
		if lemma == "order" {
			continue // "ordered the assassination": the order is no event of its own (CAMEO's threat patterns)
		}
		if lemma == "accuse" || lemma == "allege" {
			continue // "accused Taylor of backing an attempt": an accusation is speech, what it alleges has its own trigger
		}
		if lemma == "want" || lemma == "wish" {
			continue // wanting is no appeal: "Russia wants to support Ukraine"
		}
		if lemma == "come" && typ != "VISIT" {
			continue // "came to power": CAMEO's consult patterns for "come to"
		}
		if !m.Nominal && lightVerbs[d.lower[i]] && p.nounTriggerAfter(d, m.End, s.End, typ) {
			continue // "launched an attack": one event, told by its noun
		}
		if servedBefore(d, i, s.Start) {
			continue // "serving a sentence" is a state, not the sentencing
		}
		if c := brokenOff(d, i, s.End, lemma); c != "" {
			typ, m.Code, m.Pattern, m.End = cameo.ReduceRelations, c, "* OFF", i+2 // "broke off talks with" (event_trig_relations.go)
		}
		if relationsCut(d, i, s.Start, typ, m.Code, m.Pattern) {
			typ = "SANCTION" // "recalled its ambassador", "halted aid to" (event_trig_relations.go)
		}
		if !inventory[typ] {
			continue
		}
		out = append(out, rawTrigger{m: m, typ: typ})
		if m.End > i+1 && !p.mournedEnd(d, m, s.Start, s.End) {
			i = m.End - 1
		}
	}
	return out
}

// callsSomeone: the object after "called" is a name with nothing that
// names it after it ("called Putin on Friday", not "called the report
// absurd", "called him a liar").
func (p *Pipeline) callsSomeone(d *doc, k, se int) bool {
	if k >= se {
		return false
	}
	ph := p.npRight(d, k, se)
	last := ph.end - 1
	if ph.end == ph.start {
		if d.lower[k] != "him" && d.lower[k] != "her" && d.lower[k] != "them" {
			return true // "he called Friday", "called to say": the pattern decided
		}
		last = k
		if n := k + 1; n < se && d.mentionAt[n] >= 0 && !dayName(d.lower[n]) && d.mentions[d.mentionAt[n]].end < se && d.lower[d.mentions[d.mentionAt[n]].end] == "'s" {
			return false // "has called him Europe's last dictator": naming
		}
	} else if d.mentionAt[last] < 0 {
		return false // "called a Swiss media report": a thing, not someone phoned
	}
	if n := last + 1; n < se {
		if isQuoteMark(d.words[n]) || d.mentionAt[n] < 0 && p.cls(d, n)&(wAdj|wDet) != 0 && p.cls(d, n)&(wPrep|wVerb) == 0 {
			return false // "called it "absurd"", "called Bush a liar"
		}
	}
	for n := last + 1; n < se && n < last+10; n++ {
		// "calls the European Union, Libyan, and Turkish fishing fleets the
		// biggest offenders": the list goes on, then a second noun phrase names them
		w := d.lower[n]
		if d.mentionAt[n] >= 0 || w == "," || w == "and" || p.cls(d, n)&(wNoun|wAdj) != 0 && p.cls(d, n)&(wPrep|wVerb|wPast|wDet) == 0 {
			continue
		}
		if (w == "the" || w == "a" || w == "an") && n > last+1 {
			return false
		}
		break
	}
	return true
}

// militaryAfter: the object of a show-of-force verb is military ("raised
// its alert level", "boosted security", "increased patrols").
func militaryAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+6; j++ {
		switch d.lower[j] {
		case "alert", "security", "patrols", "patrol", "military", "presence", "deployment", "readiness", "army",
			"navy", "warships", "missiles", "exercises", "drills", "maneuvers", "manoeuvres", "defenses", "defences",
			"guard", "checkpoints", "border", "arms", "weapons", "nuclear", "mobilization", "missile", "rocket", "rockets",
			"ballistic", "weapon":
			return true
		}
	}
	return false
}

// equipmentNouns after an event noun make it a kind of equipment: "assault rifles".
var equipmentNouns = map[string]bool{
	"rifle": true, "rifles": true, "helicopter": true, "helicopters": true, "aircraft": true, "jet": true, "jets": true,
	"submarine": true, "submarines": true, "weapon": true, "weapons": true, "dog": true, "dogs": true, "boat": true,
	"boats": true, "craft": true, "vehicle": true, "vehicles": true, "gun": true, "guns": true, "capability": true,
}

// marketWithin: the sentence is about a market ("stocks rallied").
func marketWithin(d *doc, ss, se int) bool {
	for k := ss; k < se; k++ {
		switch d.lower[k] {
		case "market", "markets", "stock", "stocks", "shares", "prices", "index", "dollar", "currency", "investors":
			return true
		}
	}
	return false
}

// bodiesBefore: "bodies" or "body" is the subject of the verb at i
// ("the bodies of ... were found"), within its clause.
func bodiesBefore(d *doc, i, ss int) bool {
	for k := i - 1; k >= ss && k >= i-20; k-- {
		switch d.lower[k] {
		case "bodies", "body", "corpses", "remains":
			return k+1 < i && (d.lower[k+1] == "of" || isBe(d.lower[k+1]) || d.lower[k+1] == "have" || d.lower[k+1] == "had")
		case ";", ":", "that", "which", "who", "when", "after":
			return false
		}
	}
	return false
}

// talkVerbs are forms of talking that a phone makes a phone call.
var talkVerbs = map[string]bool{
	"talk": true, "talks": true, "talked": true, "talking": true, "spoke": true, "speak": true, "speaks": true,
	"speaking": true, "spoken": true, "chatted": true, "conferred": true,
}

// phoneAfter: "by phone", "by telephone", "over the phone", "on the phone"
// follows within the clause from k.
func phoneAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+12; j++ {
		switch d.lower[j] {
		case ",", ";", ":", "and", "but", "after", "before", "when", "while", "said", "says":
			if d.lower[j] != "and" || j+1 < se && d.mentionAt[j+1] < 0 {
				return false // ("talked to Obama and Medvedev by phone" goes on through a list of names)
			}
		case "phone", "telephone", "telephones", "phones":
			switch d.lower[j-1] {
			case "by", "the":
				return j-2 >= k-1 && (d.lower[j-1] == "by" || d.lower[j-2] == "over" || d.lower[j-2] == "on")
			}
		}
	}
	return false
}

// pressAfter: "to reporters", "with journalists", "to the press" follows at k.
func pressAfter(d *doc, k, se int) bool {
	if k+1 >= se || d.lower[k] != "to" && d.lower[k] != "with" {
		return false
	}
	j := k + 1
	if d.lower[j] == "the" && j+1 < se {
		j++
	}
	switch d.lower[j] {
	case "reporters", "journalists", "press", "media", "newsmen", "correspondents":
		return true
	}
	return false
}

// electionAdjective names the office a vote fills: "the parliamentary vote".
var electionAdjective = map[string]bool{
	"parliamentary": true, "presidential": true, "legislative": true, "general": true, "municipal": true,
	"local": true, "regional": true, "provincial": true, "national": true, "congressional": true,
}

// pollDay: the poll at i is named by the day it is held on ("before
// Wednesday's poll", "next month's polls"): opinion polls are taken, not
// held on a day. (Not "vote": "Wednesday's vote in the Commons" is a
// legislature's.)
func pollDay(d *doc, i, ss int) bool {
	if d.lower[i] != "poll" && d.lower[i] != "polls" || i-2 < ss || d.lower[i-1] != "'s" && d.lower[i-1] != "’s" {
		return false
	}
	w := d.lower[i-2]
	return weekdays[w] || datelineMonths[w] || w == "week" || w == "month" || w == "year" || w == "weekend"
}

// voteShare: "won just over 38 percent of the vote": a share of the vote is
// an election's result, so the vote is the election (and who won the share
// ran in it, electionVoters).
func voteShare(d *doc, i, ss int) bool {
	if d.lower[i] != "vote" && d.lower[i] != "votes" || i-3 < ss || d.lower[i-1] != "the" || d.lower[i-2] != "of" {
		return false
	}
	w := d.lower[i-3]
	return w == "percent" || w == "per" || w == "%" || strings.HasSuffix(w, "%") || w == "cent" // (not "a majority of the votes": shareholders vote too)
}

// chooseForms are the verbs a body chooses its leader with.
var chooseForms = map[string]bool{
	"choose": true, "chooses": true, "chose": true, "chosen": true, "choosing": true,
	"select": true, "selects": true, "selected": true, "selecting": true,
	"pick": true, "picks": true, "picked": true, "picking": true,
}

// leaderOffices are the posts a party or alliance fills by choosing.
var leaderOffices = map[string]bool{
	"leader": true, "chairman": true, "chairwoman": true, "president": true, "minister": true,
	"successor": true, "candidate": true, "nominee": true, "speaker": true, "premier": true,
}

// leaderChosen: after the verb comes a new leader ("a new leader", "a new
// prime minister", "its next chairman"), a choice between contenders, or a
// person chosen as leader ("David Cameron as its new leader").
func (p *Pipeline) leaderChosen(d *doc, k, se int) bool {
	if k+1 < se && d.lower[k] == "between" {
		for j := k + 1; j < se && j < k+4; j++ {
			if w := d.lower[j]; w == "contenders" || w == "candidates" || w == "rivals" {
				return true
			}
		}
		return false
	}
	if k+2 < se && (d.lower[k] == "a" || d.lower[k] == "its" || d.lower[k] == "their" || d.lower[k] == "his" || d.lower[k] == "the") && (d.lower[k+1] == "new" || d.lower[k+1] == "next") {
		for j := k + 2; j < se && j < k+5; j++ {
			if leaderOffices[d.lower[j]] {
				return true
			}
			if d.mentionAt[j] >= 0 || p.cls(d, j)&(wNoun|wAdj) == 0 {
				break
			}
		}
		return false
	}
	if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Person {
		j := d.mentions[mi].end
		if j+3 < se && d.lower[j] == "as" && (d.lower[j+1] == "its" || d.lower[j+1] == "their" || d.lower[j+1] == "the") && d.lower[j+2] == "new" {
			return leaderOffices[d.lower[j+3]]
		}
	}
	return false
}

// yearWord: a year of our era written as four digits ("2005").
func yearWord(w string) bool {
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// relativeAt: a relative clause opens at k ("bombing that killed 73 people"),
// so what precedes it is a noun, not a verb taking an object.
func relativeAt(d *doc, k, se int) bool {
	switch d.lower[k] {
	case "that", "which", "who":
		return k+1 < se && d.mentionAt[k+1] < 0 && d.lower[k+1] != "the" && d.lower[k+1] != "a"
	}
	return false
}

// proposalNouns are the nouns a proposal put to someone is told with.
var proposalNouns = map[string]bool{
	"proposal": true, "proposals": true, "suggestion": true, "suggestions": true,
}

// proposalReceived: the proposal noun at k was put to the subject of a verb
// of receiving or turning down just before it ("rejected a European
// proposal", "rejected an Iranian suggestion", "has denied receiving a
// proposal from Moscow"), and its maker is named, by a name or a
// nationality right before the noun or by "from" right after it. A
// proposal with no maker ("rejected a proposal to ban all gun sales", put
// to a vote) and "suggestions that" (a claim) ask no one to act.
func (p *Pipeline) proposalReceived(d *doc, k, si int) bool {
	ss, se := d.sents[si].Start, d.sents[si].End
	if k+1 < se && d.lower[k+1] == "that" {
		return false
	}
	if k-1 >= ss && (d.lower[k-1] == "takeover" || d.lower[k-1] == "bid" || d.lower[k-1] == "buyout" || d.lower[k-1] == "merger" || d.lower[k-1] == "transfer") {
		return false // "rejected a takeover proposal from Deutsche Boerse": an offer to buy, a business event
	}
	if p.sportsContext(d, si) || p.sportsStory(d, si) {
		return false // "Williams has rejected proposals from Rangers over a player-swap deal": a deal between clubs
	}
	maker := k+2 < se && d.lower[k+1] == "from" && d.mentionAt[k+2] >= 0 ||
		k-1 >= ss && (d.mentionAt[k-1] >= 0 || p.isDemonym(d.words[k-1]))
	if !maker {
		return false
	}
	for j := k - 1; j >= ss && j >= k-4; j-- {
		if receiverVerbs[d.lower[j]] || d.lower[j] == "receiving" || d.lower[j] == "welcomed" || d.lower[j] == "welcomes" {
			return true
		}
	}
	return false
}

// borderClosers are the verbs a border is shut with.
var borderClosers = map[string]bool{
	"close": true, "closed": true, "closes": true, "closing": true, "seal": true, "sealed": true,
	"seals": true, "sealing": true, "shut": true, "shuts": true, "shutting": true, "reclose": true,
	"reclosed": true,
}

// borderObject: the object after k is the subject's own border or its side
// of one ("its border with Somalia", "its side of the Gaza-Egyptian border",
// "off its border", "its side as well"): a possessive, then within four
// words a border noun, or "side". A border named by a place alone ("closed
// the Erez crossing") or closed by no one ("the crossing was closed") is
// not read here.
func borderObject(d *doc, k, se int) bool {
	if k < se && (d.lower[k] == "off" || d.lower[k] == "down") {
		k++
	}
	if k >= se || d.lower[k] != "its" && d.lower[k] != "their" {
		return false
	}
	for j := k + 1; j < se && j <= k+4; j++ {
		switch d.lower[j] {
		case "border", "borders", "frontier", "frontiers", "side":
			return true
		case ",", "to", "and", "with":
			return false
		}
	}
	return false
}

// armedTakers: the ones who take someone at [t, e) are irregular fighters:
// the clause before the verb names them ("Hezbollah guerrillas attacked
// ... and seized") or "by" after it does ("was seized Thursday by six
// gunmen"). The clause before stops at a comma, "who" or "that", save that
// a "who" or "that" right before the verb (an adverb between at most)
// takes its antecedent as the subject ("the kidnappers who seized Ms.
// Cantoni May 16th", "gunmen that grabbed the engineers").
func armedTakers(d *doc, t, e, ss, se int) bool {
	for k := t - 1; k >= ss && k >= t-10; k-- {
		w := d.lower[k]
		if irregularFighters[w] {
			return true
		}
		if (w == "who" || w == "that") && k+2 >= t && k-1 >= ss && irregularFighters[d.lower[k-1]] {
			return true // "kidnappers who seized Italian photojournalist": the relative's subject is its antecedent (seventeenth session)
		}
		if w == "," || w == ";" || w == "who" || w == "that" || w == "which" || w == "says" || w == "said" {
			break
		}
	}
	for k := e; k < se && k < e+5; k++ {
		if d.lower[k] == "by" {
			for j := k + 1; j < se && j < k+4; j++ {
				if irregularFighters[d.lower[j]] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// irregularFighters are armed people who are no state's forces.
var irregularFighters = map[string]bool{
	"guerrillas": true, "guerrilla": true, "gunmen": true, "gunman": true, "militants": true, "militant": true,
	"insurgents": true, "rebels": true, "kidnappers": true, "pirates": true, "abductors": true, "militiamen": true,
}

// Trigger is an event trigger found in a text, before its participants are
// read: what trigger-level evaluations (WikiEvents) score.
type Trigger struct {
	Type string // inventory type
	// Secondary is the second type the trigger implies ("killed": DEATH beside ATTACK).
	Secondary  string
	Code       string
	Lemma      string
	Nominal    bool
	Text       string
	Start, End int // code points, End exclusive
	Sentence   int
}

// Triggers returns the inventory triggers of a document in text order.
func (p *Pipeline) Triggers(ctx context.Context, d extract.Document) (ts []Trigger, err error) {
	defer func() {
		if r := recover(); r != nil {
			ts, err = nil, fmt.Errorf("triggers %s: internal error: %v", docName(d), r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !utf8.ValidString(d.Text) {
		return nil, fmt.Errorf("triggers %s: text is not valid UTF-8", docName(d))
	}
	doc := p.prepare(d)
	for si := range doc.sents {
		for _, tr := range p.scanTriggers(doc, si) {
			ts = append(ts, Trigger{Type: tr.typ, Secondary: tr.m.Secondary, Code: tr.m.Code, Lemma: tr.m.Lemma, Nominal: tr.m.Nominal,
				Text: doc.text(tr.m.Start, tr.m.End), Start: doc.toks[tr.m.Start].Start, End: doc.toks[tr.m.End-1].End, Sentence: si})
		}
	}
	return ts, nil
}

// sayVerbs report speech; CAMEO codes some by what is said ("said ... arrests").
var sayVerbs = map[string]bool{
	"say": true, "tell": true, "report": true, "state": true, "add": true, "claim": true, "quote": true,
	"announce": true, "declare": true, "insist": true, "explain": true,
}

// stateVerbs before a noun trigger name a state that lasts, not the event.
var stateVerbs = map[string]bool{"serving": true, "serve": true, "serves": true, "served": true,
	"commuted": true, "commute": true, "commuting": true}

func servedBefore(d *doc, i, ss int) bool {
	for k := i - 1; k >= ss && k >= i-5; k-- {
		if stateVerbs[d.lower[k]] {
			return true
		}
	}
	return false
}

// militaryMoves with troops as object show force: CAMEO 154 (mobilize armed forces).
var militaryMoves = map[string]bool{"deploy": true, "send": true, "dispatch": true, "mass": true, "move": true, "station": true}

func troopsAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+4; j++ {
		switch d.lower[j] {
		case "troops", "soldiers", "forces", "tanks", "warships", "peacekeepers", "units", "battalions":
			return true
		}
	}
	return false
}

// nounTriggerAfter: a noun trigger of type typ heads the object after a light verb.
func (p *Pipeline) nounTriggerAfter(d *doc, k, se int, typ string) bool {
	for j := k; j < se && j < k+4; j++ {
		if d.mentionAt[j] >= 0 {
			continue
		}
		if m, ok := p.lex.Match(d.lower, j); ok && (m.Nominal || j > k && p.cls(d, j)&wNoun != 0 &&
			(p.cls(d, j-1)&wDet != 0 || j-2 >= k && p.cls(d, j-1)&wAdj != 0 && p.cls(d, j-2)&wDet != 0)) {
			// (the lexicon leaves "a rare meeting" a verb form; after an article, or an article and an adjective, it is the noun)
			// (or any event the verb only opens or holds: "have opened their summit")
			t := cameo.EventType(m.Code)
			// ("have held a rare meeting": CAMEO codes the verb 046, the noun tells the event)
			return t == typ || inventory[t] && (openingVerbs[d.lower[k-1]] || lightVerbs[d.lower[k-1]])
		}
		if !p.npWord(d, j) {
			return false
		}
	}
	return false
}

// arrestLemmas are the verbs an arrest is told with.
var arrestLemmas = map[string]bool{
	"arrest": true, "detain": true, "capture": true, "seize": true, "round up": true, "imprison": true, "jail": true,
	"apprehend": true, "nab": true, "grab": true, "snatch": true, "hold": true, "take": true, "intern": true,
	"incarcerate": true, "abduct": true, "kidnap": true, "remand": true, "net": true, "pick up": true, "bust": true,
}

// sportsVerbs tell of games in a sports story.
var sportsVerbs = map[string]bool{
	"host": true, "face": true, "play": true, "meet": true, "beat": true, "defeat": true, "crush": true, "rout": true,
	"thrash": true, "edge": true, "eliminate": true, "upset": true, "down": true, "battle": true, "fight": true, "attack": true,
	"visit": true, "tour": true, "travel": true, "clash": true, "dominate": true, "struggle": true, "storm": true, "fire": true,
}

// ballAfter reports a ball a player meets within four words after k
// ("met Carr's cross with a downward header").
func ballAfter(d *doc, k, end int) bool {
	for j := k; j < end && j < k+4; j++ {
		switch d.lower[j] {
		case "cross", "pass", "corner", "free-kick", "ball", "header", "delivery", "centre", "throw-in", "lob",
			"through-ball", "volley", "clearance", "cut-back", "knock-down":
			return true
		}
	}
	return false
}

// sportsReach is how many sentences either side sportsStory reads.
const sportsReach = 8

// sportsStory: the stretch of the article around sentence si (sportsReach
// sentences either side) is about sport, so "meet", "face" and "host" tell of games
// wherever they stand, also where the sentences right around name no game
// ("The Slovakian will meet Elena Likhovtseva in the second round"). Not
// the whole article: a news roundup (VOA's often are) tells of a peace
// accord and then of a tennis final.
func (p *Pipeline) sportsStory(d *doc, si int) bool {
	var seen [2]string
	n := 0
	for j := max(0, si-sportsReach); j <= si+sportsReach && j < len(d.sents); j++ {
		ss := d.sportsOf(j, p.shapes.sports)
		for _, k := range ss.only[:ss.nOnly] {
			if w := d.lower[k]; w != seen[0] && w != seen[1] {
				if n == 2 {
					return true
				}
				seen[n] = w
				n++
			}
		}
	}
	return false
}

// sportsContext: the sentence or the three before it tell of games (two
// sports words or more: "football team", "World Cup", "games").
func (p *Pipeline) sportsContext(d *doc, si int) bool {
	n := 0
	for j := max(0, si-3); j <= si && j < len(d.sents); j++ {
		n += int(d.sportsOf(j, p.shapes.sports).games)
	}
	return n >= 2
}

// sentSports is what the sports tests need of one sentence, read once:
// sportsStory reads 17 sentences and sportsContext 4 around every trigger
// that asks, and each word was a map lookup.
type sentSports struct {
	// only holds where the first three different sport-only words stand
	// (sportsStory asks for three)
	only  [3]int32
	nOnly uint8
	// games counts the game words (sportsContext), up to 2: the test
	// asks for two
	games uint8
	known bool
}

// sportsOf returns sentence j's sentSports, reading the sentence the
// first time; shape is sportsWords' with "games", "team" and "coach".
func (d *doc) sportsOf(j int, shape *wordShape) *sentSports {
	if d.sports == nil {
		d.sports = make([]sentSports, len(d.sents))
	}
	ss := &d.sports[j]
	if ss.known {
		return ss
	}
	ss.known = true
	s := d.sents[j]
	for k := s.Start; k < s.End && k < len(d.lower); k++ {
		w := d.lower[k]
		if !shape.may(w) {
			continue
		}
		f := sportsWords[w]
		if (f&gameWord != 0 || w == "games" || w == "team" || w == "coach") && ss.games < 2 {
			ss.games++
		}
		if f&sportOnly != 0 && ss.nOnly < 3 {
			dup := false
			for _, o := range ss.only[:ss.nOnly] {
				dup = dup || d.lower[o] == w
			}
			if !dup {
				ss.only[ss.nOnly] = int32(k)
				ss.nOnly++
			}
		}
	}
	return ss
}

// labourStrike: the strike noun at i is a walkout: workers, a union or pay
// are named in its sentence and nothing makes it military ("air strike",
// "a strike on the camp").
func labourStrike(d *doc, i, ss, se int) bool {
	if i > ss {
		switch d.lower[i-1] {
		case "air", "missile", "drone", "military", "preemptive", "pre-emptive", "nuclear", "rocket", "artillery", "airstrike":
			return false
		}
	}
	if i+1 < se && (d.lower[i+1] == "on" || d.lower[i+1] == "against") {
		return false
	}
	for k := ss; k < se; k++ {
		switch d.lower[k] {
		case "workers", "union", "unions", "seafarers", "employees", "miners", "dockers", "teachers", "drivers", "pay",
			"wage", "wages", "walkout", "pickets", "nurses", "doctors", "pilots", "staff", "labor", "labour", "seamen":
			return true
		}
		if strings.HasPrefix(d.lower[k], "worker") {
			return true
		}
	}
	return false
}

// financialAfter: the object is a security ("calls its debentures for redemption").
func financialAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+7; j++ {
		switch d.lower[j] {
		case "debentures", "notes", "bonds", "warrants", "preferred", "redemption", "shares", "stock", "debt", "loan", "loans":
			return true
		case ",", ";", "on", "for":
			if d.lower[j] == "for" && j+1 < se && d.lower[j+1] == "redemption" {
				return true
			}
			return false
		}
	}
	return false
}

// criticismAdjectives make an attack noun words: "a scathing attack on".
var criticismAdjectives = map[string]bool{
	"constitutional": true, "verbal": true, "legal": true, "political": true, "personal": true, "scathing": true,
	"sharp": true, "stinging": true, "blistering": true, "fierce": true, "rhetorical": true, "written": true,
}

// motionAfter: the object is a proposal voted on ("defeated a move to block
// aid", "beat back an amendment").
func motionAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+4; j++ {
		switch d.lower[j] {
		case "move", "motion", "bill", "proposal", "amendment", "resolution", "measure", "plan", "initiative", "referendum":
			return true
		}
		if d.mentionAt[j] >= 0 || objectEnd(d.lower[j]) {
			return false
		}
	}
	return false
}

// objectEnd: a word that ends an object phrase.
func objectEnd(w string) bool { return w == "," || w == "to" || w == "that" || w == "in" || w == "by" }

// economyAfter: the object is an economic figure ("hit Nestle sales",
// "hammered share prices").
func economyAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+5; j++ {
		switch d.lower[j] {
		case "sales", "profits", "profit", "prices", "price", "shares", "stocks", "economy", "market", "markets", "exports",
			"imports", "earnings", "revenue", "revenues", "output", "demand", "growth", "dollar", "currency", "spending", "trade",
			"producers", "industry", "industries", "farmers", "exporters", "manufacturers", "companies", "firms", "business",
			"businesses", "consumers", "investors", "interests", "competitiveness", "economies",
			"record", "records", "highs", "lows", "levels", "hole": // ("hit fresh record highs", "smashed box office records", "blowing a hole")
			if j+1 < se && (personNouns[d.lower[j+1]] || personNouns[strings.TrimSuffix(d.lower[j+1], "s")] || workerNouns[d.lower[j+1]]) {
				return false // "attacked oil industry workers": the word modifies people, the object harmed
			}
			return true
		case ",", ";", "and", "in", "at", "on", "with":
			return false
		}
	}
	return false
}

// workerNouns are people named by their work that personNouns lacks.
var workerNouns = map[string]bool{
	"workers": true, "employees": true, "employee": true, "executives": true, "executive": true, "staff": true,
	"engineers": true, "engineer": true, "contractors": true, "contractor": true, "officials": true, "leaders": true,
}

// animalsAfter: the object is animals ("slaughtered all 3,000 birds").
func animalsAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+5; j++ {
		switch d.lower[j] {
		case "birds", "chickens", "poultry", "geese", "ducks", "cattle", "cows", "pigs", "sheep", "animals", "elephants",
			"whales", "dolphins", "wolves", "dogs", "flock", "flocks", "livestock", "fowl", "deer", "seals":
			return true
		}
		if d.mentionAt[j] >= 0 {
			return false
		}
	}
	return false
}

// openingVerbs open or hold an event told by the noun after them.
var openingVerbs = map[string]bool{
	"opened": true, "opens": true, "open": true, "opening": true, "held": true, "holds": true, "hold": true,
	"holding": true, "began": true, "begins": true, "begin": true, "started": true, "starts": true, "start": true,
	"resumed": true, "resumes": true, "resume": true, "convened": true, "convenes": true, "wrapped": true,
	"ended": true, "ends": true, "concluded": true, "concludes": true,
}

// placeAfter: the object after a capture is a place ("captured Mosul").
func (p *Pipeline) placeAfter(d *doc, k, se int) bool {
	// the head decides: "captured three al-Qaida in Iraq leaders" took people
	last, m, ok := p.objectHead(d, k, se)
	switch {
	case !ok:
		return false
	case m != nil:
		return m.ent >= 0 && d.ents[m.ent].typ == extract.Location && m.label != "NORP"
	}
	switch d.lower[last] {
	case "city", "town", "village", "territory", "base", "airport", "port", "region", "province", "area", "district":
		return true
	}
	return false
}

// objectHead finds the head word of the noun phrase after k in the sentence
// and the mention it belongs to (nil when it is a common noun); ok is false
// when no noun phrase follows.
func (p *Pipeline) objectHead(d *doc, k, se int) (head int, m *mention, ok bool) {
	ph := p.npRight(d, k, se)
	if ph.end <= ph.start {
		return 0, nil, false
	}
	head = ph.end - 1
	if mi := d.mentionAt[head]; mi >= 0 {
		return head, d.mentions[mi], true
	}
	return head, nil, true
}

// wordWithin: w occurs in the n words from k, inside the sentence.
func wordWithin(d *doc, k, se int, w string, n int) bool {
	for j := k; j < se && j < k+n; j++ {
		if d.lower[j] == w {
			return true
		}
	}
	return false
}

// electionAfter: "voted in a referendum", "vote in Sunday's elections".
func electionAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+5; j++ {
		switch d.lower[j] {
		case "referendum", "election", "elections", "poll", "polls", "ballot", "primary", "primaries", "runoff":
			return true
		}
	}
	return false
}

// courtWithin: the sentence tells of a court or judge.
func courtWithin(d *doc, ss, se int) bool {
	for j := ss; j < se; j++ {
		switch d.lower[j] {
		case "court", "judge", "judges", "tribunal", "courts":
			return true
		}
	}
	return false
}

// peopleAfter: the object after a verb names people ("one insurgent", "three
// suspected militants", "a Dutch journalist"), not things or land.
func (p *Pipeline) peopleAfter(d *doc, k, se int) bool {
	last, m, ok := p.objectHead(d, k, se)
	for j := k + 1; ok && j < last; j++ {
		// "the new leader of southern Sudan's former rebel movement": a
		// person, the head before "of" (not "hundreds of protesters": a quantity)
		if d.lower[j] == "of" && d.mentionAt[j-1] < 0 && p.cls(d, j-1)&wNoun != 0 && !quantityNouns[d.lower[j-1]] && quantifierAt(d, j-1, se) == 0 {
			if w := d.lower[j-1]; personNouns[w] || personNouns[strings.TrimSuffix(w, "s")] {
				return true
			}
			break
		}
	}
	switch {
	case !ok:
		return false
	case m != nil:
		return m.ent >= 0 && (d.ents[m.ent].typ == extract.Person || m.label == "NORP" || m.label == "MISC")
	}
	w := strings.TrimSuffix(d.lower[last], "s")
	return personNouns[w] || groupNouns[d.lower[last]] || personNouns[d.lower[last]] || takenPeople[w] || bodyNouns[w]
}

// bodyNouns are bodies of people that act, meet or are met as one.
var bodyNouns = map[string]bool{
	"jury": true, "committee": true, "panel": true, "council": true, "board": true, "delegation": true,
	"team": true, "cabinet": true, "parliament": true, "commission": true,
}

// takenPeople are the people news says were captured or seized.
var takenPeople = map[string]bool{
	"insurgent": true, "terrorist": true, "rebel": true, "gunman": true, "gunmen": true, "fighter": true,
	"hostage": true, "civilian": true, "tourist": true, "sailor": true, "fisherman": true, "fishermen": true,
	"people": true, "man": true, "men": true, "woman": true, "women": true, "child": true, "children": true,
}

// warningAt: a warning aimed at someone ("warned Iran against", "warned them
// not to", "warned of retaliation") rather than a statement ("warned that").
func (p *Pipeline) warningAt(d *doc, k, se int) bool {
	// a time told between the verb and what it warns of belongs to the
	// verb: "warned last month that it would attack any planes", "warned
	// on Sunday it will retaliate"
	if k < se && d.lower[k] == "on" && k+1 < se && dayName(d.lower[k+1]) {
		k++
	}
	for k < se && timeWord(d.lower[k]) && d.lower[k] != "also" {
		k++
	}
	if k >= se {
		return false
	}
	if p.selfThreat(d, k, se) || conditionalWarning(d, k, se) {
		return true
	}
	if d.lower[k] == "that" {
		return false
	}
	j := p.npRight(d, k, se).end
	if j < se {
		switch d.lower[j] {
		case "to", "not", "against", "of":
			return true
		}
		return placedNotTo(d, j, se)
	}
	return false
}

// selfThreat: after "warned", the warner announces its own act: "Russia is
// warning it will take retaliatory steps if ...", "warned they would
// retaliate" (not "it would be a mistake", "it will have consequences": a
// judgment).
func (p *Pipeline) selfThreat(d *doc, k, se int) bool {
	if k < se && d.lower[k] == "that" {
		k++
	}
	if k+2 < se && (d.lower[k] == "it" || d.lower[k] == "they" || d.lower[k] == "we") && mayForce(d, k+1) {
		return true // "warned it may send troops to attack" (event_trig_warnedplace.go)
	}
	if k+2 >= se || d.lower[k] != "it" && d.lower[k] != "they" && d.lower[k] != "we" || d.lower[k+1] != "will" && d.lower[k+1] != "would" {
		return false
	}
	switch d.lower[k+2] {
	case "be", "have", "not", "never", "need", "depend", "continue":
		return false
	case "take":
		if k+3 >= se {
			return false
		}
		switch d.lower[k+3] {
		case "retaliatory", "action", "measures", "steps", "countermeasures":
			return true
		}
		return false
	}
	return p.cls(d, k+2)&wVerb != 0
}

// quantityNouns count what follows "of": "hundreds of protesters".
var quantityNouns = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "tens": true, "millions": true, "scores": true,
	"number": true, "lot": true, "lots": true, "handful": true, "majority": true, "most": true, "some": true,
	"many": true, "all": true, "several": true, "few": true, "one": true, "two": true, "three": true, "each": true,
	"both": true, "none": true, "part": true, "rest": true, "half": true, "bulk": true, "series": true, "pair": true,
}

// sayForms are the forms of sayVerbs news uses most.
var sayForms = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true, "told": true, "tells": true, "tell": true,
	"added": true, "adds": true, "reported": true, "reports": true, "announced": true, "announces": true,
	"stated": true, "claimed": true, "claims": true, "declared": true, "insisted": true, "explained": true,
}

// appealFrame: the trigger is a verb of asking read by one of CAMEO's
// "* (FOR ...)" patterns ("called for", "appealed for", "asked for").
func appealFrame(lemma, pattern string) bool {
	switch lemma {
	case "call", "appeal", "ask", "plead", "press", "push":
		return strings.HasPrefix(pattern, "* (FOR ") || strings.HasPrefix(pattern, "* (FOR)")
	}
	return false
}

// pactPattern: a CAMEO pattern of the SIGN or REACH blocks whose object is a
// pact ("* {OIL &TREATY}", "* DEAL", "* CONTRACT", "* COMPROMISE"), not a
// law, decree, grant or loan terms ("* LAW", "* (OVER LOAN)").
func pactPattern(pat string) bool {
	if strings.Contains(pat, "(OVER") {
		return false
	}
	for _, w := range []string{"&TREATY", "DEAL", "DECLARATION", "MEMORANDUM", "MEMORADUM", "PROTOCOL", "AGGREMENT",
		"CONTRACT", "&CEASEFIRE", "UNDERSTANDING", "COMPROMISE", "CONSENSUS"} {
		if strings.Contains(pat, w) {
			return true
		}
	}
	return false
}

// placeBefore: the noun right before the verb at i is land or a place
// ("Palestinian land captured by Israel", "the Gaza Strip, seized by").
func placeBefore(d *doc, i, ss int) bool {
	k := i - 1
	for k > ss && (isBe(d.lower[k]) || d.lower[k] == "been" || d.lower[k] == "had" || d.lower[k] == "have" || d.lower[k] == "has") {
		k-- // "the islands were seized by", "which had been captured by" (fifteenth session, state16)
	}
	if k > ss && k < i-1 && (d.lower[k] == "which" || d.lower[k] == "that") {
		k--
	}
	if k >= ss && d.lower[k] == "," {
		k--
	}
	if k < ss {
		return false
	}
	if mi := d.mentionAt[k]; mi >= 0 {
		m := d.mentions[mi]
		return m.ent >= 0 && d.ents[m.ent].typ == extract.Location && m.label != "NORP"
	}
	switch d.lower[k] {
	case "land", "lands", "territory", "territories", "city", "town", "village", "villages", "region", "province",
		"area", "areas", "district", "base", "airport", "port", "island", "islands", "peninsula", "heights":
		return true
	}
	return false
}

// weaponNear: a weapon stands within three words of the test noun at [i, e)
// ("nuclear tests", "a missile test", "tests of nuclear devices").
func weaponNear(d *doc, i, e, ss, se int) bool {
	for k := max(ss, i-3); k < min(se, e+3); k++ {
		switch d.lower[k] {
		case "nuclear", "missile", "missiles", "rocket", "rockets", "ballistic", "weapon", "weapons", "warhead",
			"warheads", "atomic", "bomb", "bombs", "torpedo", "cruise":
			return true
		}
	}
	return false
}

// officeBodies are the people a legislature approves into office, named as a body.
var officeBodies = map[string]bool{
	"cabinet": true, "cabinets": true, "government": true, "ministers": true, "minister": true, "nominee": true,
	"nominees": true, "nomination": true, "nominations": true, "appointment": true, "appointments": true,
	"lineup": true, "line-up": true,
}

// officeHoldersAfter: the object after k is a cabinet or office holders
// ("a new Cabinet", "six new government ministers"), not what they do ("the
// government's budget", "the cabinet's plan").
func (p *Pipeline) officeHoldersAfter(d *doc, k, se int) bool {
	head, m, ok := p.objectHead(d, k, se)
	if !ok || !officeBodies[d.lower[head]] || m != nil && m.end-m.start > 1 {
		return false // (a one-word name is the capitalised word: "a new Cabinet")
	}
	return head+1 >= se || d.lower[head+1] != "'s" && d.lower[head+1] != "’s"
}

// officeAfterAs: an office or role heads the phrase after "as" ("designated
// as his father's successor", "as prime minister").
func officeAfterAs(d *doc, k, se int) bool {
	for j := k; j < se && j < k+9; j++ {
		if d.lower[j] != "as" {
			continue
		}
		for n := j + 1; n < se && n < j+6; n++ {
			switch strings.TrimSuffix(d.lower[n], "s") {
			case "successor", "heir", "minister", "president", "premier", "chief", "head", "leader", "commander",
				"envoy", "ambassador", "candidate", "nominee", "chairman", "director", "governor", "secretary",
				"deputy", "spokesman", "coordinator", "representative", "mediator", "captain":
				return true
			}
		}
		return false
	}
	return false
}

// courtVerbs are what a court agrees to do with a case.
var courtVerbs = map[string]bool{"review": true, "hear": true, "consider": true, "rule": true, "reconsider": true, "reopen": true}

// courtAdjectives name court proceedings without "court": "legal proceedings".
var courtAdjectives = map[string]bool{
	"legal": true, "court": true, "criminal": true, "judicial": true, "extradition": true, "trial": true,
	"disciplinary": true, "impeachment": true, "appeal": true, "bankruptcy": true, "civil": true,
}

// courtAppeal: the appeal verb ending at k takes a court's decision as its
// object ("appealed the verdict", "appealed against his conviction") or none
// ("But the state appealed, forcing"), and a court, trial or sentence is told
// in its sentence or the one before ("appealed for calm", "appealed to
// Congress" ask someone).
func (p *Pipeline) courtAppeal(d *doc, k, si int) bool {
	s := d.sents[si]
	ok := k >= s.End || d.lower[k] == "," || d.lower[k] == "." || d.lower[k] == "against"
	if !ok {
		for j := k; j < s.End && j < k+4; j++ {
			switch d.lower[j] {
			case "verdict", "ruling", "decision", "sentence", "conviction", "judgment", "judgement", "acquittal":
				ok = true
			}
		}
	}
	if !ok {
		return false
	}
	from := s.Start
	if si > 0 {
		from = d.sents[si-1].Start
	}
	for j := from; j < s.End; j++ {
		switch d.lower[j] {
		case "court", "courts", "judge", "judges", "tribunal", "trial", "verdict", "convicted", "sentenced", "acquitted",
			"prosecutors", "prosecutor", "bail", "custody":
			return true
		}
	}
	return false
}

// seizureWords tell that a takeover with no company named was taken by
// force ("a violent takeover by the militant Hamas"); "fought off a
// takeover attempt by Sir James Goldsmith" is a bid.
var seizureWords = map[string]bool{
	"violent": true, "armed": true, "military": true, "militant": true, "militants": true, "forcible": true,
	"bloody": true, "rebel": true, "rebels": true, "militia": true, "militias": true, "insurgents": true,
	"gunmen": true, "coup": true, "islamist": true, "islamists": true, "hamas": true, "taleban": true, "taliban": true,
}

// clubWords tell of a sports club and its players, whose contracts are no
// agreements between parties of the graph.
var clubWords = map[string]bool{
	"club": true, "clubs": true, "defender": true, "midfielder": true, "striker": true, "goalkeeper": true,
	"winger": true, "scrum-half": true, "fly-half": true, "squad": true, "transfer": true, "player": true,
	"players": true, "coach": true, "fullback": true, "forward": true, "skipper": true,
}

// anyWordNear: a word of set stands in sentence si or the one before it.
func anyWordNear(d *doc, si int, set map[string]bool) bool {
	from := d.sents[si].Start
	if si > 0 {
		from = d.sents[si-1].Start
	}
	return anyWord(d, set, from, d.sents[si].End)
}

// criminalCharges: the charges noun at [i, e) is a prosecutor's: "charges of"
// or "against" a crime or someone (not an amount, "charges of 12 mln dlrs"),
// or after a word that says so ("on charges", "faces charges", "murder
// charges").
func (p *Pipeline) criminalCharges(d *doc, i, e, ss, se int) bool {
	if e+1 < se {
		switch d.lower[e] {
		case "against":
			return true // (not "that": "called charges that he ransomed hostages utterly false" are accusations)
		case "of", "including", "related":
			n := d.lower[e+1]
			return !allDigits(strings.ReplaceAll(n, ",", "")) && n != "$" && n != "about" && n != "around" && n != "some" && n != "up" && n != "u.s." && n != "a"
		}
	}
	if i > ss {
		switch d.lower[i-1] {
		case "on", "to", "criminal", "face", "faces", "faced", "facing", "filed", "file", "files", "brought", "bring",
			"formal", "murder", "terrorism", "terrorist", "corruption", "treason", "fraud", "espionage", "genocide",
			"drug", "drugs", "weapons", "manslaughter", "sedition", "subversion", "bribery", "rape", "war", "assault",
			"conspiracy", "smuggling", "kidnapping", "torture", "trafficking", "dropped", "denied", "denies", "deny":
			return true
		}
	}
	return false
}

// anyType: a trigger of type typ is among ts.
func anyType(ts []rawTrigger, typ string) bool {
	for _, t := range ts {
		if t.typ == typ {
			return true
		}
	}
	return false
}

// courtEvents are the words of a court event that charges told beside
// them belong to.
var courtEvents = map[string]bool{
	"trial": true, "trials": true, "convicted": true, "indicted": true, "acquitted": true, "sentenced": true,
	"pleaded": true, "arraigned": true, "hearing": true,
}

// shotWord reports the forms of "shoot" and "shot" a game also uses.
func shotWord(w string) bool {
	switch w {
	case "shot", "shots", "shoot", "shoots", "shooting":
		return true
	}
	return false
}

// goalWords tell a shot at goal, a hoop or a net: the words around a shot in
// a match report ("Berger's long-range shot", "shooting tamely at Given",
// "fires a forehand cross court shot wide"). An attack's trigger and a
// killing between two names both read them.
var goalWords = map[string]bool{
	"goal": true, "goals": true, "goalkeeper": true, "keeper": true, "wide": true, "saved": true, "save": true,
	"saves": true, "blocked": true, "bar": true, "crossbar": true, "post": true, "net": true, "header": true,
	"corner": true, "yards": true, "long-range": true, "hoops": true, "basket": true, "penalty": true,
	"serve": true, "forehand": true, "backhand": true, "ball": true, "striker": true, "volley": true,
	"rebound": true, "deflection": true, "tamely": true, "parried": true, "match": true, "game": true,
	"woodwork": true, "free-kick": true, "injury-time": true, "first-half": true, "second-half": true,
}

// unclaimed reports a word the lexicon gave no event of our inventory
// (no match, or a code outside it), which a trigger family may then read.
func unclaimed(m cameo.Match, ok bool) bool {
	return !ok || !inventory[cameo.EventType(m.Code)]
}
