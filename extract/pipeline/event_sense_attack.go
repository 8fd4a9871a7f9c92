package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// attackSense reads an ATTACK's trigger for the senses and constructions
// in which news uses the words of violence for no attack, in order: a
// tally, a game, harm to things, an attack foreseen, an attack in words,
// another sense, an accident (the last may retype the event instead). It
// returns the guard the event is dropped by, or "".
func (p *Pipeline) attackSense(d *doc, ev *event, si int) string {
	if ev.typ != "ATTACK" {
		return ""
	}
	s := d.sents[si]
	switch {
	case p.attackTally(d, ev, s.Start, s.End):
		return guardUnrealGeneric // "bombings and kidnappings in recent years"
	case attackSummary(d, ev, s.Start, s.End):
		return guardUnrealGeneric // "a wave of attacks", "battled rebels for several years"
	case p.gameSense(d, ev, si):
		return guardOtherSense // "when he struck a sweet shot" in a match report
	case propertyHarm(d, ev, s.Start, s.End):
		return guardOtherSense // "set tires on fire", "his farmhouse was ransacked"
	case foreseenAttack(d, ev, s.Start):
		return guardUnrealProspect // "warning of a new offensive"
	case wordsAttack(d, ev, s.Start, s.End):
		return guardCriticism // "I attack Michael Howard politically"
	case economicSense(d, ev, s.Start, s.End):
		return guardOtherSense // "a farm subsidy war", "slapped a duty on corn"
	case shotsInAir(d, ev, s.Start, s.End):
		return guardOtherSense // "fired shots in the air as supporters cheered" (event_sense_airshots.go)
	case otherAttackSense(d, ev, s.Start, s.End):
		return guardOtherSense // "viruses plunder address books", "he rang Lucy"
	case accidentSense(d, ev, si):
		return guardAccident // "the Boeing hit the mountain"
	}
	return ""
}

// Accidents are not attacks (thirteenth session). News tells the dead of a
// plane crash, a shuttle disaster, a munitions blast or a shooting accident
// with the verbs of violence: "the shuttle tragedy that killed seven
// astronauts", "a plane crashed soon after takeoff, killing 115 people",
// "all six people on board were killed", "accidentally shot and wounded a
// fellow hunter". The guideline (testdata/events/README.md) makes killings
// ATTACK and "deaths without an attacker (illness, accidents, disasters)"
// DEATH, so a killing the text puts down to an accident is a DEATH, a wounding
// an INJURY, and other violence verbs ("the Boeing hit the mountain") are no
// event at all. The vehicle or operator ("Sudan Airways", "Boeing") is no
// attacker, so it is no participant either.
//
// The accident must be told in the sentence, or, for a passive killing that
// names no doer ("were killed"), in the sentence before; and no word of an
// attack (a bomb, gunmen, "shot down") may stand in the sentence, since an
// attack can bring a plane down too.

// accidentSenseWords tell an accident or a disaster with no one behind it.
var accidentSenseWords = map[string]bool{
	"crash": true, "crashed": true, "crashes": true, "accident": true, "accidents": true, "accidental": true,
	"accidentally": true, "collision": true, "collided": true, "derailed": true, "capsized": true,
	"disaster": true, "disasters": true, "tragedy": true, "malfunction": true, "mishap": true,
}

// attackEvidence: words that tell an attack behind a crash or a blast.
var attackEvidence = map[string]bool{
	"bomb": true, "bombs": true, "bomber": true, "bombers": true, "bombing": true, "bombings": true,
	"missile": true, "missiles": true, "rocket": true, "rockets": true, "shelling": true, "mortar": true,
	"mortars": true, "grenade": true, "grenades": true, "gunmen": true, "gunman": true, "gunfire": true,
	"militants": true, "rebels": true, "insurgents": true, "attack": true, "attacks": true, "attacked": true,
	"attacker": true, "attackers": true, "suicide": true, "roadside": true, "ambush": true, "ambushed": true,
	"airstrike": true, "airstrikes": true, "terrorist": true, "terrorists": true, "hijacked": true,
	"hijackers": true, "downed": true, "sabotage": true, "fighting": true, "clashes": true,
	"artillery": true, "shell": true, "shells": true, "bullets": true, "torpedo": true,
}

// accidentSense reads an ATTACK the text puts down to an accident: it makes
// a killing a DEATH and a wounding an INJURY, dropping any doer; it reports
// true when the event is no event of ours at all (other violence verbs).
func accidentSense(d *doc, ev *event, si int) (drop bool) {
	if ev.typ != "ATTACK" || ev.nominal {
		return false
	}
	s := d.sents[si]
	if anyWord(d, attackEvidence, s.Start, s.End) || shotDown(d, s.Start, s.End) {
		return false
	}
	w := d.lower[ev.trigStart]
	kill := strings.HasPrefix(w, "kill")
	hurt := strings.HasPrefix(w, "wound") || strings.HasPrefix(w, "injur")
	told := anyWord(d, accidentSenseWords, s.Start, s.End) || naturalDisaster(d, s.Start, s.End)
	if !told && kill && !hasRole(ev, agent) && passiveAt(d, ev.trigStart, s.Start) && si > 0 {
		// "all six people on board were killed" after "a plane crashed"
		p := d.sents[si-1]
		told = (anyWord(d, accidentSenseWords, p.Start, p.End) || naturalDisaster(d, p.Start, p.End)) && !anyWord(d, attackEvidence, p.Start, p.End)
	}
	if !told {
		return false
	}
	switch {
	case kill:
		ev.typ, ev.code = "DEATH", "DIE"
	case hurt:
		ev.typ, ev.code = "INJURY", "INJURE"
	default:
		return true
	}
	keep := ev.parts[:0:0]
	for _, pt := range ev.parts {
		if pt.role != agent {
			keep = append(keep, pt)
		}
	}
	ev.parts = keep
	return false
}

// passiveAt: the participle at t follows a form of "be" ("were killed",
// "have been killed").
func passiveAt(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		switch d.lower[k] {
		case "was", "were", "been", "be", "being", "is", "are":
			return true
		}
	}
	return false
}

// shotDown: "shot down", "brought down" tell an attack on an aircraft.
func shotDown(d *doc, ss, se int) bool {
	for k := ss; k+1 < se; k++ {
		if (d.lower[k] == "shot" || d.lower[k] == "brought") && d.lower[k+1] == "down" {
			return true
		}
	}
	return false
}

// Tallies of attacks (thirteenth session). A story's background sums up
// violence over a span: "has carried out bombings, kidnappings and killings of
// foreigners in recent years", "In the past, insurgents have killed several
// clerics", "a dramatic increase in militant attacks last year", "On at least
// two other occasions, Islamists fired on the facility". The Guideline leaves
// such generic events out; genericEvent (event_guard_generic.go) reads a
// span right after the trigger, these are the places the span stands
// elsewhere: at the head of the sentence, across a list of event nouns, or
// as a noun of quantity ("increase in", "surge in") that makes the attacks a
// number. A named day ("Saturday", "on June 3") anchors one event, so it
// keeps the attack.

// tallyHeads: nouns that make the attacks after "in"/"of" a number (not
// "a series of clashes", which tells the events the story goes on to report).
var tallyHeads = map[string]bool{
	"increase": true, "surge": true, "rise": true, "upsurge": true, "escalation": true, "decline": true,
	"drop": true, "upswing": true,
}

// attackTally: the ATTACK at ev is one of many summed over a span.
func (p *Pipeline) attackTally(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "ATTACK" {
		return false
	}
	if dayAnchored(d, ss, se) {
		return false
	}
	t := ev.trigStart
	plural := ev.nominal && strings.HasSuffix(d.lower[ev.trigEnd-1], "s")
	if plural && t-2 >= ss && (d.lower[t-1] == "in" || d.lower[t-1] == "of") && tallyHeads[d.lower[t-2]] {
		return true // "a surge in border clashes"
	}
	if plural && t-3 >= ss && (d.lower[t-2] == "in" || d.lower[t-2] == "of") && tallyHeads[d.lower[t-3]] {
		return true // "an increase in militant attacks"
	}
	if plural && p.countedNoun(d, ev, ss) {
		return true // "has claimed scores of attacks against Israel" (event_sense_tally.go)
	}
	for k := ss; k+2 < se; k++ {
		w := d.lower[k]
		switch {
		case k == ss && w == "in" && (d.lower[k+1] == "the" && d.lower[k+2] == "past" || d.lower[k+1] == "recent" && longSpanUnits[d.lower[k+2]]):
			return true // "In the past, Taleban insurgents have killed", "In recent years, ..."
		case w == "occasions" || w == "times" && k > ss && (d.lower[k-1] == "several" || d.lower[k-1] == "many" || d.lower[k-1] == "numerous"):
			if k < t {
				return true // "On at least two other occasions, Islamists fired"
			}
		case plural && k > ev.trigEnd && w == "in" && d.lower[k+1] == "recent" && longSpanUnits[d.lower[k+2]] && listBetween(d, ev.trigEnd, k):
			return true // "bombings, kidnappings and killings of foreigners in recent years"
		}
	}
	return false
}

// listBetween: the words from a to b continue a list of nouns ("kidnappings
// and killings of foreigners"), with no clause boundary between.
func listBetween(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		switch d.lower[k] {
		case ";", ":", "but", "while", "when", "after", "before", "because", "which", "who", "that", "said", "says":
			return false
		}
	}
	return true
}

// dayAnchored: the sentence names a day, which makes one event of what it tells.
func dayAnchored(d *doc, ss, se int) bool {
	for k := ss; k < se; k++ {
		w := d.lower[k]
		if weekdays[w] || w == "today" || w == "yesterday" || w == "tonight" {
			return true
		}
		if monthNames[w] && k+1 < se && allDigits(d.lower[k+1]) && len(d.lower[k+1]) <= 2 {
			return true
		}
	}
	return false
}

// Computers and other senses (thirteenth session). Technology pages tell of
// viruses that "plunder" address books, "denial-of-service attacks" and
// "DVD ripping"; business pages of a firm's "first foray into blogging";
// and "ring" is mostly a telephone or a wedding ring ("he rang Lucy", "ring
// tones"), the sense of surrounding a place taking "ringed". None is an
// attack of the Guideline. The computer sense needs the sentence to tell of
// computers and of no physical harm: militants who claim a bombing on a
// website still bombed.

// computerWords tell of computers and networks.
var computerWords = map[string]bool{
	"virus": true, "viruses": true, "worm": true, "worms": true, "hacker": true, "hackers": true,
	"e-mail": true, "e-mails": true, "email": true, "spam": true, "software": true, "computer": true,
	"computers": true, "pc": true, "pcs": true, "phishing": true, "malware": true, "denial-of-service": true,
	"dvd": true, "dvds": true, "internet": true, "web": true, "websites": true, "browser": true,
	"programs": true, "bot": true, "'bot": true, "botnet": true, "spyware": true, "download": true, "downloads": true,
}

// physicalHarm: words that tell of bodies and weapons, not machines.
var physicalHarm = map[string]bool{
	"bomb": true, "bombs": true, "bombing": true, "bombings": true, "bomber": true, "explosion": true, "blast": true,
	"killed": true, "killing": true, "dead": true, "died": true, "wounded": true, "injured": true, "troops": true,
	"soldiers": true, "militants": true, "gunmen": true, "gunman": true, "police": true, "army": true,
	"missile": true, "missiles": true, "rocket": true, "rockets": true, "shot": true, "shooting": true,
	"insurgents": true, "rebels": true, "forces": true, "military": true, "terrorist": true, "terrorists": true,
}

// otherAttackSense: the ATTACK at ev is a word of violence used of something
// else: a computer program, a phone call, a business venture.
func otherAttackSense(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "ATTACK" {
		return false
	}
	switch w := d.lower[ev.trigStart]; w {
	case "ring", "rang", "rings", "ringing", "rung":
		return true // "he rang Lucy", "wedding rings", "ring tones"
	case "foray", "forays":
		return !anyWord(d, physicalHarm, ss, se) // "Microsoft's first foray into blogging"
	}
	return anyWord(d, computerWords, ss, se) && !anyWord(d, physicalHarm, ss, se) // "Zafi-D plunders Microsoft Outlook for e-mail addresses"
}

// gameSense: in a story about games, "shot", "struck", "attacks",
// "injured" and "repelled" tell the play ("when he struck a sweet shot",
// "despite Liverpool's desperate attacks", "replacing injured Xabi Alonso"),
// unless the sentence tells of weapons, crowds or deaths (gameViolence:
// "was struck by a missile", "pelted with coins by fans"). otherSense
// (event_senses.go) asks this of the trigger's own sentence and the three
// before; a game story is also told by its sport-only words around it
// (sportsStory), as a match report's later sentences name no sport.
func (p *Pipeline) gameSense(d *doc, ev *event, si int) bool {
	if ev.typ != "ATTACK" {
		return false
	}
	s := d.sents[si]
	if anyWord(d, gameViolence, s.Start, s.End) || anyWord(d, warWords, s.Start, s.End) ||
		anyWord(d, attackEvidence, s.Start, s.End) && !anyWord(d, gamePlayWords, s.Start, s.End) {
		return false // (a news round-up ends with a tennis item: "LRA fighters are accused of murdering")
	}
	return p.sportsStory(d, si)
}

// gamePlayWords: "attacks" and "fighting" are how a game is told too.
var gamePlayWords = map[string]bool{
	"match": true, "game": true, "goal": true, "goals": true, "striker": true, "midfield": true,
	"penalty": true, "half": true, "try": true, "serve": true, "set": true, "shot": true,
}

// warWords: armed men and their victims, who take part in no game.
var warWords = map[string]bool{
	"troops": true, "soldiers": true, "fighters": true, "insurgency": true, "army": true, "military": true,
	"civilians": true, "guerrillas": true, "navy": true, "marines": true, "warship": true, "warships": true, "militia": true, "militias": true, "settlers": true, "hostages": true,
}

// wordsAttack: a person who "attacks" someone or something in a sentence
// that tells of no weapon, no harm and no armed men attacks in words ("Butler
// launches attack on Blair", "I attack Michael Howard politically", "Britney
// Spears has attacked 'false' and 'desperate' US tabloid magazines"). A
// person who attacks bodily is told with the harm done or the weapon used;
// so is an attack made on a person ("an attack on Blair" in words).
func wordsAttack(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "ATTACK" {
		return false
	}
	// the noun may follow a light verb the trigger names: "launches attack on"
	light := ev.trigEnd < se && strings.HasPrefix(d.lower[ev.trigEnd], "attack")
	if !strings.HasPrefix(d.lower[ev.trigStart], "attack") && !strings.HasPrefix(d.lower[ev.trigEnd-1], "attack") && !light {
		return false
	}
	byPerson := false
	for _, pt := range ev.parts {
		if pt.role == agent && d.ents[pt.ent].typ != extract.Person {
			return false // "a U.S. Navy attack on an Iranian oil platform": states and forces attack bodily
		}
		if (pt.role == agent || pt.role == patient && (ev.nominal || light)) && d.ents[pt.ent].typ == extract.Person {
			byPerson = true
		}
	}
	if !byPerson {
		return false
	}
	for k := ss; k < se; k++ {
		w := d.lower[k]
		if physicalHarm[w] || warWords[w] || gameViolence[w] || attackEvidence[w] && !strings.HasPrefix(w, "attack") || violentWords[w] && !strings.HasPrefix(w, "attack") {
			return false
		}
	}
	return true
}

// Attacks foreseen or supposed (thirteenth session). An attack a story
// warns of, fears, or deems possible has not happened: "warning of a new
// Taleban offensive in the coming months", "al-Qaida is fully capable of
// building and detonating a dirty bomb", "dismissed the possibility that she
// had been kidnapped". The noun of foresight or ability governs the attack
// through "of" or "that", a few words before it.

// foresightHeads: nouns and adjectives that make what follows "of"/"that"
// foreseen, feared or only possible.
var foresightHeads = map[string]bool{
	"warning": true, "warnings": true, "warned": true, "warn": true, "warns": true, "fear": true, "fears": true,
	"threat": true, "risk": true, "danger": true, "possibility": true, "prospect": true, "likelihood": true,
	"capable": true, "capability": true, "capabilities": true, "possible": true,
}

// foreseenAttack: the ATTACK at ev is warned of, feared or deemed possible.
func foreseenAttack(d *doc, ev *event, ss int) bool {
	if ev.typ != "ATTACK" {
		return false
	}
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-6; k-- {
		w := d.lower[k]
		if (w == "of" || w == "that") && k-1 >= ss && foresightHeads[d.lower[k-1]] {
			return true
		}
		if w == "," || w == ";" || w == ":" || w == "after" || w == "since" || w == "when" || w == "said" || w == "says" {
			return false
		}
	}
	return false
}

// Harm to property alone (thirteenth session). CAMEO files destroying
// property under coercion (1712), not under assault or fighting (18x-20x),
// which are acts against people and places held by armed men: "supporters
// burned a U.S. flag, set tires on fire", "a day after his farmhouse was
// ransacked", "rioting Azeris pelted government buildings with stones". So a
// burning, looting or pelting whose object is a thing, in a sentence that
// tells of no one hurt or killed, is no ATTACK.

// propertyVerbs: verbs of harm to things.
var propertyVerbs = map[string]bool{
	"set": true, "torched": true, "burned": true, "burnt": true, "ransacked": true, "looted": true,
	"vandalized": true, "vandalised": true, "smashed": true, "pelted": true,
}

// propertyNouns: things, not people or positions.
var propertyNouns = map[string]bool{
	"flag": true, "flags": true, "tires": true, "tyres": true, "car": true, "cars": true, "vehicles": true,
	"buildings": true, "building": true, "house": true, "houses": true, "home": true, "homes": true,
	"farmhouse": true, "shops": true, "shop": true, "stores": true, "offices": true, "office": true,
	"windows": true, "effigy": true, "effigies": true, "property": true, "buses": true, "bus": true,
}

// propertyHarm: the ATTACK at ev harms things only.
func propertyHarm(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "ATTACK" || ev.nominal || !propertyVerbs[d.lower[ev.trigStart]] {
		return false
	}
	for k := ss; k < se; k++ {
		if harmWords[d.lower[k]] && d.lower[k] != "police" || physicalHarm[d.lower[k]] && d.lower[k] != "police" {
			return false
		}
	}
	for k := max(ss, ev.trigStart-4); k < se && k <= ev.trigEnd+4; k++ {
		if propertyNouns[d.lower[k]] {
			return true
		}
	}
	return false
}
