package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Words that news uses for violence and for other things alike: a hit song,
// a film shot in London, a singer who beat her rivals to a prize, a director
// nominated for an Oscar, a minister who attacked a plan. Business, arts and
// politics pages use them far more often in those senses than for violence,
// so the violent sense needs its context.

// violentWords tell of force: weapons, fighters, harm.
var violentWords = map[string]bool{
	"bomb": true, "bombs": true, "bomber": true, "bombers": true, "bombing": true, "missile": true, "missiles": true,
	"rocket": true, "rockets": true, "shell": true, "shells": true, "shelling": true, "mortar": true, "mortars": true,
	"grenade": true, "grenades": true, "explosive": true, "explosives": true, "blast": true, "explosion": true,
	"gunmen": true, "gunman": true, "gunfire": true, "troops": true, "soldiers": true, "militants": true,
	"rebels": true, "insurgents": true, "attack": true, "attacks": true, "attacker": true, "attackers": true,
	"killed": true, "killing": true, "wounded": true, "injured": true, "dead": true, "died": true,
	"airstrike": true, "airstrikes": true, "air": true, "drone": true, "jets": true, "artillery": true,
	"tank": true, "tanks": true, "shot": true, "shooting": true, "suicide": true, "roadside": true,
	"police": true, "fighters": true, "forces": true, "army": true, "military": true, "gunboat": true,
	"warplanes": true, "helicopter": true, "helicopters": true, "stones": true, "rocks": true, "bullet": true,
	"bullets": true, "knife": true, "hammer": true, "beaten": true, "victims": true, "casualties": true,
}

// abusedThings are what is abused without violence.
var abusedThings = map[string]bool{
	"trust": true, "power": true, "powers": true, "position": true, "privilege": true, "privileges": true,
	"system": true, "office": true, "hospitality": true, "process": true, "rules": true, "authority": true,
}

// filmWords tell of films and shows.
var filmWords = map[string]bool{
	"film": true, "films": true, "movie": true, "movies": true, "scene": true, "scenes": true, "footage": true,
	"series": true, "episode": true, "episodes": true, "filmed": true, "filming": true, "director": true,
	"studio": true, "studios": true, "camera": true, "documentary": true, "cinema": true, "sequel": true,
	"hindi": true, "bollywood": true, "hollywood": true, "video": true,
}

// harmWords tell that someone was hurt or died.
var harmWords = map[string]bool{
	"dead": true, "killed": true, "died": true, "death": true, "wounded": true, "injured": true, "gunman": true,
	"gunmen": true, "murder": true, "murdered": true, "bullet": true, "bullets": true, "fatally": true,
	"hospital": true, "police": true, "shooting": true,
}

// awardWords tell of a contest for a prize, not a game: the other place
// where news has people beat and nominate one another.
var awardWords = map[string]bool{
	"award": true, "awards": true, "prize": true, "prizes": true, "oscar": true, "oscars": true,
	"grammy": true, "grammys": true, "grammies": true, "bafta": true, "baftas": true, "brit": true,
	"brits": true, "emmy": true, "emmys": true, "globe": true, "globes": true, "nominee": true,
	"nominees": true, "nomination": true, "nominations": true, "category": true, "categories": true,
	"gong": true, "trophy": true, "accolade": true, "ceremony": true, "shortlist": true,
	"shortlisted": true, "chart": true, "charts": true, "box-office": true,
}

func anyWord(d *doc, set map[string]bool, ss, se int) bool {
	for k := ss; k < se; k++ {
		if set[d.lower[k]] {
			return true
		}
	}
	return false
}

// awardContext: the sentence tells of prizes ("beat Scorsese to the best
// director award", "nominated in three categories").
func awardContext(d *doc, ss, se int) bool {
	for k := ss; k < se; k++ {
		if awardWords[d.lower[k]] {
			return true
		}
		if d.lower[k] == "box" && k+1 < se && d.lower[k+1] == "office" {
			return true
		}
	}
	return false
}

// awardNear reports, within eight words after k, what an award is given
// for or called ("for best director", "player of the year", "for an Oscar").
func awardNear(d *doc, k, end int) bool {
	for j := k; j < end && j < k+8; j++ {
		switch d.lower[j] {
		case "best", "award", "awards", "prize", "prizes", "oscar", "oscars", "grammy", "grammys", "bafta", "baftas",
			"emmy", "emmys", "golden", "category", "honour", "honor", "trophy", "medal":
			return true
		case "year":
			if j >= 2 && d.lower[j-1] == "the" && d.lower[j-2] == "of" {
				return true // "player of the year"
			}
		}
	}
	return false
}

// gameViolence are the words that make violence at a game more than play:
// "attack", "shot", "struck" and "injured" are how matches are told.
var gameViolence = map[string]bool{
	"bomb": true, "bombs": true, "bombing": true, "missile": true, "missiles": true, "killed": true,
	"dead": true, "died": true, "police": true, "stones": true, "knife": true, "bullet": true, "bullets": true,
	"gunman": true, "gunmen": true, "hooligans": true, "fans": true, "riot": true, "riots": true, "stabbed": true,
	"explosion": true, "explosions": true, "blast": true, "blasts": true, "explosive": true, "explosives": true,
	"terrorist": true, "terrorists": true, "terror": true,
}

// criticismObjects are the things attacked in words: "attacked Labour's
// record", "attack EU asylum moves", "an attack on the cost of the system".
var criticismObjects = map[string]bool{
	"record": true, "plans": true, "plan": true, "policy": true, "policies": true, "cost": true, "costs": true,
	"system": true, "moves": true, "move": true, "case": true, "proposals": true, "proposal": true,
	"decision": true, "handling": true, "stance": true, "comments": true, "remarks": true, "report": true,
	"budget": true, "pledges": true, "tactics": true, "strategy": true, "approach": true, "idea": true,
	"ideas": true, "plans.": true, "claims": true, "campaign": true, "bill": true, "law": true, "reforms": true,
	"reform": true, "scheme": true, "figures": true, "manifesto": true, "leadership": true, "credibility": true,
	"tabloid": true, "tabloids": true, "media": true, "press": true, "critics": true, "views": true,
	"words": true, "speech": true, "statement": true, "assets": true, "finances": true, "economy": true, "prices": true, "profits": true, "shares": true,
}

// criticism: the attack verb or noun at [t0, t1) is aimed at something said
// or done, not at people or places: its object (or "on" object) has one of
// criticismObjects as head, or "over" gives the reason ("attacks US over
// tsunami aid").
func (p *Pipeline) criticism(d *doc, t0, t1, se int) bool {
	k := t1
	if k < se && (d.lower[k] == "on" || d.lower[k] == "upon") {
		k++
	}
	for n := 0; k < se && n < 7; k, n = k+1, n+1 {
		w := d.lower[k]
		if criticismObjects[w] {
			return true
		}
		if w == "over" || w == "as" && k+1 < se && (d.lower[k+1] == "\"" || p.cls(d, k+1)&wAdj != 0) {
			return true // "attacked Labour's six new pledges as vacuous"
		}
		if w == "," || w == ";" || w == "." || w == "with" || w == "in" || w == "near" || w == "at" {
			return false
		}
	}
	return false
}

// otherSense: the trigger at m is used in a sense that is no event of ours.
func (p *Pipeline) otherSense(d *doc, m *cameo.Match, typ string, si int) bool {
	s := d.sents[si]
	ss, se := s.Start, s.End
	w := d.lower[m.Start]
	if typ == cameo.Attack && p.sportsContext(d, si) && !anyWord(d, gameViolence, ss, se) {
		return true // "the striker fired a free kick", "Carroll was struck", "stormed to the 1,000m title"
	}
	if typ == cameo.Attack && m.Lemma == "attack" && !anyWord(d, gameViolence, ss, se) && p.criticism(d, m.Start, m.End, se) {
		return true // "Tories attack EU asylum moves", "an attack on Labour's record"
	}
	if typ == cameo.Attack && ambiguousForce[w] && !(m.Nominal && (w == "attacks" || dayBefore(d, m.Start, ss))) &&
		!(m.Nominal && (w == "strike" || w == "strikes") && labourStrike(d, m.Start, ss, se)) && !walkoutStrike(d, m.Start, ss) && !p.forceNear(d, m, si) {
		// (plural "attacks" and "Saturday's attack" are told of violence: words
		// are attacked one speech at a time; a walkout becomes a PROTEST below)
		return true // "Fox attacks Blair's Tory 'lies'", "overtaking Indian Airlines", "fought back with its own airline"
	}
	if m.Nominal && noneBefore(d, m.Start, ss) {
		return true // "there were no plans for an emergency OPEC meeting", "no treaty between"
	}
	switch {
	case typ == cameo.Attack && repelledAttack(d, m.Start, m.End, ss, se):
		return true // "its troops repelled an Iranian attack": the attack noun is the event; the repeller is its target (event_sense_repel.go)
	case typ == cameo.Attack && (w == "launch" || w == "launched" || w == "launches" || w == "launching") && anyWord(d, spaceWords, ss, se):
		return true // "six rockets scheduled for launch by NASA"
	case typ == cameo.Meet && !m.Nominal && (w == "meet" || w == "meets" || w == "met" || w == "meeting") && needAfter(d, m.End, se):
		return true // "meet the Law Lords' concerns", "met its target": satisfy
	case typ == cameo.Visit && (w == "race" || w == "raced" || w == "racing" || w == "races"):
		return true // "in the second race", "raced to victory"
	case typ == cameo.Occupy && w == "invasion" && invasionOusts(d, m.Start, m.End, ss, se):
		return true // "since a U.S.-led invasion ousted the Taliban": the ouster's ATTACK tells it (event_sense_ousterinvasion.go)
	case typ == cameo.Occupy && entryVerb(w) && raidEntry(d, m.Start, ss, se):
		return true // "troops entered Tulkarm in search of two militants": a raid, no occupation (event_sense_raidentry.go)
	case typ == cameo.Occupy && (w == "moving" || w == "move" || w == "moved" || w == "moves") && !p.forceNear(d, m, si):
		return true // "before moving into the full squad"
	case typ == cameo.Election && m.Nominal && m.End < se && electionCompound[d.lower[m.End]]:
		return true // "Labour election pledges", "election co-ordinator Alan Milburn": the noun names a thing of the campaign
	case typ == cameo.Election && m.Nominal && (w == "referendum" || w == "election") && p.proposedVote(d, m.Start, m.End, ss, se):
		return true // "to call for a non-binding referendum", "insists a referendum is unnecessary": a vote proposed, none held
	case typ == cameo.Attack && strings.HasSuffix(w, "s") && p.habitualAttacks(d, m.Start, ss):
		return true // "responsible for numerous attacks against Iraqi forces", "suspected of carrying out suicide attacks": a record, no one attack
	case typ == cameo.Meet && !m.Nominal && strings.HasPrefix(w, "discuss") && !withAfter(d, m.End, se) && !anyWord(d, meetingWords, ss, se) && !namedPairBefore(d, m.Start, ss):
		return true // "the two sides will also discuss India's river-linking project", "Obama discussed several initiatives": a topic talked about, no meeting told
	case typ == cameo.Sanction && (w == "sanctions" || w == "sanction") && m.End == m.Start+1 && !sanctionsImposed(d, m.Start, ss, se):
		return true // "U.N. sanctions will cause new problems", "despite sanctions", "a draft sanctions resolution": sanctions in force or proposed, none imposed here
	case typ == cameo.Occupy && strings.HasPrefix(w, "occup") && w != "occupation" && siteOccupied(d, m.Start, m.End, ss, se):
		return true // "occupying the prime minister's office", "occupied several blocks of downtown Bangkok", "a building occupied by militants": a site held, no territory taken
	case typ == cameo.Attack && (w == "fight" || w == "fighting") && p.nonFiniteFight(d, m.Start, m.End, ss, se):
		return true // "to stand united and fight the military", "insurgents fighting U.S. and Iraqi forces do not have support", "as in fighting Israel": a purpose or who someone is, no fight told
	case typ == cameo.Death && (w == "death" || w == "deaths") && deathsCharged(d, m.Start, ss, se):
		return true // "denied any involvement in Mr. Gongadze's death", "aiding and abetting genocide in the deaths of", "the anniversary of the death of": deaths someone is blamed for or remembered, no death told
	case (typ == cameo.Meet || typ == cameo.PhoneCall) && summoned(d, m.Start, m.End, ss, se):
		// (testdata/events/README.md: summoning envoys "to hear the protest"
		// is a formal diplomatic protest, CAMEO 114, no event)
		return true // "has summoned envoys of nine European countries to protest", "diplomats ... were called to the Foreign Ministry": a summons, no meeting or call
	case typ == cameo.Attack && strings.HasPrefix(w, "kill") && !m.Nominal && tollOverTime(d, m.End, se):
		return true // "the insurgency has killed more than 10,000 people since it began in 1996", "the highest monthly toll since ... 2003": a count over years, no one attack
	case typ == cameo.Appeal && m.Lemma == "propose" && !(m.Nominal && proposalNouns[w] && p.proposalReceived(d, m.Start, si)):
		// (a proposal its maker put to someone who rejects it does ask them:
		// "rejected a European proposal aimed at restricting Tehran's")
		return true // "proposed a freeze", "proposes a stock split": a proposal asks no one to act
	case typ == cameo.Attack && (w == "hit" || w == "hits" || w == "hitting"):
		// "a hit single", "the dollar's weakness has hit exporters", "Algeria
		// hit by gas riots"; "a roadside bomb hit the convoy" names the force
		return !anyWord(d, violentWords, ss, se)
	case typ == cameo.Attack && (w == "shot" || w == "shoot" || w == "shoots" || w == "shooting"):
		if shotNotFired(d, m.Start, m.End, ss, se) {
			return true // "shot back: ...", "a greater shot at picking up" (event_sense_shot.go)
		}
		if m.End+1 < se && d.lower[m.End] == "to" {
			switch d.lower[m.End+1] {
			case "fame", "stardom", "prominence", "the", "number", "no.", "top":
				return true // "shot to fame", "shot to the top of the charts"
			}
		}
		// "has been shot simultaneously in Hindi and English": a film
		return anyWord(d, filmWords, ss, se) && !anyWord(d, harmWords, ss, m.Start) && !anyWord(d, harmWords, m.End, se)
	case typ == cameo.Attack && contestVerbs[w]:
		return awardContext(d, ss, se) // "beat Martin Scorsese to the best director award"
	case typ == cameo.Appointment && (strings.HasPrefix(w, "nominat") || strings.HasPrefix(w, "name")) && awardNear(d, m.End, se):
		return true // "nominated for best actress", "named player of the year": an award, no post
	case typ == cameo.Appointment && (w == "nominated" || w == "nomination" || w == "nominations" || w == "nominate"):
		return awardContext(d, ss, se) || awardStory(d, si) // "nominated for a best supporting actress gong"; the prize told beside (event_sense_awardstory.go)
	case typ == cameo.Attack && strings.HasPrefix(w, "abus") && anyWord(d, abusedThings, m.End, min(se, m.End+4)):
		return true // "Labour had abused the public's trust": a betrayal, not violence
	case typ == cameo.Attack && w == "whip":
		return true // "resigned the UK Independence Party whip": a party office
	case typ == cameo.Attack && (w == "engaged" || w == "engage" || w == "engages" || w == "engaging"):
		return !anyWord(d, violentWords, m.End, min(se, m.End+4)) // "young people who are engaged"; not "engaged in fighting"
	case typ == cameo.Trial && (w == "conviction" || w == "convictions") && m.End < se && (d.lower[m.End] == "that" || d.lower[m.End] == "in"):
		return true // "his conviction in Britain's right to govern itself": a belief
	case typ == cameo.Attack && (w == "assault" || w == "assaults") && p.criticism(d, m.Start, m.End, se):
		return true // "the assault on Yukos' assets"
	}
	if typ == cameo.Appeal && !m.Nominal && electioneering(d, m, ss, se) {
		return true // "launched his political campaign", "the snap election he has called": a vote called or run for, no appeal
	}
	if typ == cameo.Threaten && hazardWarning(d, m.Start, m.End, ss, se) {
		return true // "Colombia has issued a hurricane warning for San Andres", "tropical storm warnings have been posted": a forecast, no threat
	}
	if typ == cameo.Threaten && (strings.HasPrefix(w, "warn") || strings.Contains(m.Pattern, "WARN")) && travelAdvice(d, m.End, se) {
		return true // "issued a warning to Americans traveling in Burma", "warned its citizens": advice to travellers, no threat
	}
	if typ == cameo.Protest && celebration(d, m.End, se) {
		return true // "Thousands of Ugandans took to the streets Monday to celebrate the release": joy, no protest
	}
	if falseReport(d, m.Start, ss, se) {
		return true // "reports that President Levy Mwanawasa has died are false": denied, not told
	}
	if (typ == cameo.Protest || typ == cameo.Threaten) && !m.Nominal && p.feelingState(d, m, ss, se) {
		return true // "the U.S. is disturbed to learn that", "they feel threatened": how someone feels, no protest or threat
	}
	if typ == cameo.Threaten && m.Nominal && (w == "threat" || w == "threats") && !p.threatMade(d, m.Start, m.End, ss, se) {
		return true // "the threat of terrorism", "poses a threat to stability": a danger, not a threat someone made
	}
	if typ == cameo.Appeal && strings.HasPrefix(w, "ask") && (question(d, m.End, se) || questionBefore(d, m.Start, m.End, ss, se)) {
		return true // "was asked if the SAS had been", "asked Mr Sullivan: ...": a question
	}
	if !m.Nominal && m.End == m.Start+1 && m.End < se && roleNouns[d.lower[m.End]] && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return true // "Prosecuting attorney Carol Lam", "a convicted fraudster": who someone is
	}
	return false
}

// roleNouns name people by their part in events: a trigger form right
// before one describes the person ("prosecuting attorney").
var roleNouns = map[string]bool{
	"attorney": true, "attorneys": true, "lawyer": true, "lawyers": true, "counsel": true, "fraudster": true,
	"officer": true, "officers": true, "judge": true, "judges": true, "magistrate": true, "criminal": true,
	"criminals": true, "murderer": true, "terrorist": true, "terrorists": true, "felon": true, "killer": true,
}

// question: what follows an "ask" is a question, not a request: an
// interrogative word or a colon comes before any "to" or "for".
func question(d *doc, k, se int) bool {
	for n := 0; k < se && n < 10; k, n = k+1, n+1 {
		switch d.lower[k] {
		case "to", "for", "that":
			return false // "asked the court to send", "asked for information"
		case "if", "whether", "what", "why", "how", "when", "where", ":", "\"", "“":
			return true
		}
	}
	return false
}

// ambiguousForce are attack triggers news uses as often for words, games
// and markets as for force: they are attacks only with force named nearby.
var ambiguousForce = map[string]bool{
	"attack": true, "attacks": true, "attacked": true, "attacking": true, "offensive": true,
	"strike": true, "strikes": true, "struck": true, "striking": true, "beat": true, "beats": true,
	"beaten": true, "beating": true, "clash": true, "clashes": true, "clashed": true, "fight": true,
	"fights": true, "fighting": true, "fought": true, "smash": true, "smashed": true, "smashing": true,
	"destroy": true, "destroyed": true, "destroying": true, "overtake": true, "overtook": true,
	"overtaking": true, "overtaken": true, "control": true, "kick": true, "kicked": true, "kicking": true,
	"wound": true, "fire": true, "fired": true, "firing": true, "campaign": true, "campaigned": true,
	"assault": true, "whipped": true, "struggle": true, "struggling": true, "overshadowed": true,
	"defeat": true, "defeated": true, "crushed": true, "stormed": true, "targeted": true, "target": true,
	"battle": true, "battled": true, "battling": true, "hammered": true, "slammed": true, "blasted": true,
}

// forceNear: a word of force stands in the trigger's sentence or the one
// before it (the trigger itself aside): "Israeli aircraft attacked Hamas
// targets", "Gunmen opened fire ... They attacked the convoy".
func (p *Pipeline) forceNear(d *doc, m *cameo.Match, si int) bool {
	s := d.sents[si]
	if anyWord(d, violentWords, s.Start, m.Start) || anyWord(d, violentWords, m.End, s.End) || anyWord(d, forceWords, s.Start, s.End) {
		return true
	}
	if si > 0 {
		prev := d.sents[si-1]
		return anyWord(d, violentWords, prev.Start, prev.End) || anyWord(d, forceWords, prev.Start, prev.End)
	}
	return false
}

// forceWords name arms and armed people beyond violentWords.
var forceWords = map[string]bool{
	"aircraft": true, "warplane": true, "planes": true, "gunships": true, "insurgent": true, "militant": true,
	"rebel": true, "guerrillas": true, "guerrilla": true, "militia": true, "militias": true, "taleban": true,
	"taliban": true, "al-qaida": true, "al-qaeda": true, "terrorist": true, "terrorists": true, "terror": true,
	"armed": true, "weapons": true, "guns": true, "gun": true, "rifle": true, "rifles": true, "raid": true,
	"raids": true, "ambush": true, "ambushed": true, "convoy": true, "checkpoint": true, "soldier": true,
	"marines": true, "navy": true, "warship": true, "warships": true, "positions": true, "targets": true,
	"village": true, "villages": true, "camp": true, "base": true, "bases": true, "war": true, "combat": true,
	"violence": true, "violent": true, "security": true, "assailants": true, "mob": true, "hostages": true,
	"kidnapped": true, "kidnappers": true, "ringleader": true, "extremist": true, "extremists": true,
	"jihadist": true, "jihadists": true, "ira": true, "arson": true, "fire-bomb": true, "offensive": true, "troop": true,
}

// dayBefore: a day is named right before the noun at t ("Saturday's attack",
// "the Bloody Friday attack", "the September 11 attack").
func dayBefore(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		w := d.lower[k]
		if w == "'s" || w == "’s" {
			continue
		}
		switch w {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday":
			return true
		}
		if monthName(w) || yearWord(w) {
			return true
		}
	}
	return false
}

// spaceWords tell of rockets that carry satellites.
var spaceWords = map[string]bool{
	"nasa": true, "satellite": true, "satellites": true, "space": true, "shuttle": true, "spacecraft": true,
	"orbit": true, "payload": true, "launcher": true, "probe": true,
}

// noneBefore: "no" or "without" denies the noun at t: "no plans for an
// emergency meeting", "there was no treaty between".
func noneBefore(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-7; k-- {
		switch d.lower[k] {
		case "no", "without":
			return true
		case ",", ";", ":", "but", "and", "after", "before", "said", "says", "that", "which", "who":
			return false
		}
	}
	return false
}

// needNouns are what is met when "meet" means satisfy.
var needNouns = map[string]bool{
	"concerns": true, "concern": true, "needs": true, "need": true, "demand": true, "demands": true,
	"target": true, "targets": true, "standards": true, "standard": true, "requirements": true,
	"requirement": true, "costs": true, "cost": true, "deadline": true, "deadlines": true, "criteria": true,
	"expectations": true, "obligations": true, "commitments": true, "conditions": true, "goals": true,
	"goal": true, "challenge": true, "challenges": true, "bill": true, "payments": true, "shortfall": true,
}

// needAfter: the object of "meet" at k is a need, not a party: its head
// (within five words, before any name) is one of needNouns.
func needAfter(d *doc, k, se int) bool {
	for n := 0; k < se && n < 6; k, n = k+1, n+1 {
		if needNouns[d.lower[k]] {
			return true
		}
		switch d.lower[k] {
		case ",", ";", ".", "with", "in", "on", "at", "to", "and":
			return false
		}
	}
	return false
}

// electionCompound are heads an election noun modifies without telling of a
// vote: "election pledges", "election co-ordinator", "election watchdog".
var electionCompound = map[string]bool{
	"pledges": true, "pledge": true, "promises": true, "promise": true, "co-ordinator": true,
	"coordinator": true, "chief": true, "watchdog": true, "manifesto": true, "manifestos": true,
	"strategy": true, "strategist": true, "strategists": true, "posters": true, "poster": true,
	"broadcast": true, "broadcasts": true, "spending": true, "expenses": true, "fever": true,
	"trail": true, "literature": true, "material": true, "team": true, "agent": true, "agents": true,
	"machine": true, "planning": true, "preparations": true, "war": true, "chest": true,
	// a statute on how votes are held, no vote ("differences over an
	// election bill", "the new election law"; seventeenth session)
	"bill": true, "bills": true, "law": true, "laws": true, "legislation": true, "code": true,
	"reform": true, "reforms": true, "rules": true, "system": true,
}

// threatMade: the threat noun at [t, e) is one someone made: told with a
// verb of making it before it ("made the first indirect threat", "issued
// threats", "repeated his threat"; not "charges that carry the threat of
// execution"), or aimed by "against" or "to" and a
// verb after it ("threats against peacekeepers", "a threat to kill").
// Danger is told the other ways: "the threat of terrorism", "a threat to
// peace", "poses a threat", "under threat".
func (p *Pipeline) threatMade(d *doc, t, e, ss, se int) bool {
	for k := t - 1; k >= ss && k >= t-4; k-- {
		if threatMakers[d.lower[k]] {
			return true
		}
	}
	if e < se && d.lower[e] == "against" {
		return true
	}
	return e+1 < se && d.lower[e] == "to" && d.mentionAt[e+1] < 0 && p.cls(d, e+1)&wVerb != 0 && p.cls(d, e+1)&wNoun == 0
}

// threatMakers are the verbs that make, repeat or carry out a threat.
var threatMakers = map[string]bool{
	"made": true, "make": true, "makes": true, "making": true, "issued": true, "issue": true, "issues": true,
	"issuing": true, "repeated": true, "repeats": true, "renewed": true, "renews": true, "voiced": true,
	"followed": true, "delivered": true, "sent": true,
}

// electoralWords make a campaign one for votes: "his political campaign",
// "the presidential campaign".
var electoralWords = map[string]bool{
	"political": true, "election": true, "electoral": true, "re-election": true, "reelection": true,
	"presidential": true, "parliamentary": true,
}

// electioneering: CAMEO's appeal patterns on "campaign" and "call" ("launch
// * CAMPAIGN", "call * (ON)") read running for office or calling a vote:
// the campaign is an electoral one ("launched his political campaign
// Saturday"), or what was called is an election, after the verb ("called
// a snap election") or before it in a relative clause ("the snap general
// election he has called on September 11"). Asking someone to act names
// the one asked or what is asked for, not a vote.
func electioneering(d *doc, m *cameo.Match, ss, se int) bool {
	if strings.Contains(m.Pattern, "CAMPAIGN") {
		for k := m.End; k < se && k < m.End+5; k++ {
			if d.lower[k] == "campaign" || d.lower[k] == "campaigns" {
				return k > m.End && electoralWords[d.lower[k-1]]
			}
		}
		return false
	}
	if m.Lemma != "call" {
		return false
	}
	for k := m.End; k < se && k < m.End+4; k++ {
		if electionNouns[d.lower[k]] {
			return true // "called early elections"
		}
		if d.lower[k] == "for" || d.lower[k] == "on" || d.lower[k] == "to" || d.mentionAt[k] >= 0 {
			break
		}
	}
	// "the snap general election he has called": a subject (a pronoun or a
	// name) and perhaps an auxiliary between the noun and the verb
	k := m.Start - 1
	if k > ss && (d.lower[k] == "has" || d.lower[k] == "had" || d.lower[k] == "have") {
		k--
	}
	if k <= ss {
		return false
	}
	if mi := d.mentionAt[k]; mi >= 0 {
		k = d.mentions[mi].start
	} else if d.lower[k] != "he" && d.lower[k] != "she" && d.lower[k] != "they" && d.lower[k] != "it" {
		return false
	}
	k--
	if k >= ss && (d.lower[k] == "that" || d.lower[k] == "which") {
		k--
	}
	return k >= ss && electionNouns[d.lower[k]]
}

// proposedVote: the singular election noun at [t, e) is indefinite ("a
// referendum", "a national referendum") and nothing in its sentence fixes
// it: no day, month or week after it, and no verb before it that says it
// was held, won or called ("voted in a referendum", "winning a referendum
// this month", "called a general election"). Such a vote is one asked
// for, promised or argued about ("call for a non-binding referendum",
// "must vote in a referendum", "insists a referendum is unnecessary"),
// not an election that takes place; a held one is dated or definite
// ("the June first referendum", "a referendum on May 29").
func (p *Pipeline) proposedVote(d *doc, t, e, ss, se int) bool {
	k := t - 1
	for ; k >= ss && k >= t-3; k-- {
		if d.mentionAt[k] >= 0 || p.cls(d, k)&(wAdj|wNoun) == 0 || p.cls(d, k)&(wVerb|wPast|wDet) != 0 {
			break // ("a national referendum", "a non-binding referendum": modifiers before the noun)
		}
	}
	if k < ss || d.lower[k] != "a" && d.lower[k] != "an" {
		return false
	}
	if e < se && (heldVoteVerbs[d.lower[e]] || d.lower[e] == "took" || d.lower[e] == "failed" || d.lower[e] == "passed" ||
		strings.HasSuffix(d.lower[e], "ed") && p.cls(d, e)&wNoun == 0 && d.mentionAt[e] < 0) {
		return false // "A referendum held at the same time ... failed", "in a referendum organised by Gibraltar government": told as done
	}
	for j := e; j < se; j++ {
		w := d.lower[j]
		if weekdays[w] || datelineMonths[w] || w == "week" || w == "month" || w == "weekend" || w == "today" || w == "tomorrow" {
			return false
		}
	}
	for j := k - 1; j >= ss && j >= k-6; j-- {
		if heldVoteVerbs[d.lower[j]] {
			return false // "voted on Sunday in a general election"
		}
		if w := d.lower[j]; w == "," || w == "to" || w == "for" || w == "that" || w == "which" {
			break // "voted overwhelmingly Thursday to call for a non-binding referendum": another verb's clause
		}
	}
	return true
}

// heldVoteVerbs before an election noun tell that the vote took place or
// was set.
var heldVoteVerbs = map[string]bool{
	"voted": true, "won": true, "winning": true, "wins": true, "lost": true, "losing": true, "swept": true,
	"boycotted": true, "contested": true, "called": true, "held": true, "approved": true, "rejected": true,
}

// habitualAttacks: the plural attack noun at t counts no particular attacks
// but a record or a practice: a quantifier with no number before it
// ("numerous attacks", "many attacks", "near-daily bombings") or a frame
// that tells of what someone does or is blamed for, not of what happened
// ("suspected of carrying out suicide attacks", "to launch attacks
// against", "responsible for attacks", "a pattern of conducting multiple
// bombings"). Attacks that happened are counted or placed ("two deadly
// attacks", "a series of new attacks on Saturday", "the five attacks").
func (p *Pipeline) habitualAttacks(d *doc, t, ss int) bool {
	k := t - 1
	for ; k >= ss && k >= t-3; k-- {
		if d.mentionAt[k] >= 0 || p.cls(d, k)&(wAdj|wNoun) == 0 || p.cls(d, k)&(wDet|wNum|wVerb|wPast) != 0 || attackQuantifiers[d.lower[k]] {
			break // ("suicide attacks", "car bomb attacks": modifiers before the noun)
		}
	}
	if k < ss {
		return false
	}
	for j := t + 1; j < len(d.lower) && j <= t+2; j++ {
		if weekdays[d.lower[j]] || datelineMonths[d.lower[j]] {
			return false // "launched multiple airstrikes Friday against a building": dated, so happened
		}
	}
	if attackQuantifiers[d.lower[k]] {
		return true
	}
	switch d.lower[k] {
	case "carrying", "carry": // "suspected of carrying out", "accused of carrying out"
		return false
	case "out":
		return k-2 >= ss && d.lower[k-1] == "carrying" && d.lower[k-2] == "of"
	case "launch", "conduct", "stage", "mount":
		return k-1 >= ss && d.lower[k-1] == "to" // "to launch attacks": a purpose or a capacity
	case "conducting", "launching", "staging", "mounting":
		return k-1 >= ss && d.lower[k-1] == "of" // "a pattern of conducting multiple bombings"
	case "for":
		return k-1 >= ss && d.lower[k-1] == "responsible"
	}
	return false
}

// attackQuantifiers count attacks without a number: a record or a habit.
var attackQuantifiers = map[string]bool{
	"numerous": true, "many": true, "countless": true, "frequent": true, "repeated": true,
	"daily": true, "near-daily": true, "regular": true, "multiple": true,
}

// meetingWords tell of a meeting that a discussion in the same sentence
// took place at ("discussed Eritrea in a closed-door meeting").
var meetingWords = map[string]bool{
	"meet": true, "meets": true, "met": true, "meeting": true, "meetings": true, "talks": true,
	"summit": true, "conference": true, "session": true, "visit": true, "visited": true,
}

// namedPairBefore: two named parties joined by "and" stand before t in its
// sentence ("Mr. Abbas and President Bush are expected to discuss"): the
// two discuss with each other, a meeting.
func namedPairBefore(d *doc, t, ss int) bool {
	for k := t - 1; k-1 > ss; k-- {
		if d.lower[k] == "and" && d.mentionAt[k-1] >= 0 && (d.mentionAt[k+1] >= 0 || k+2 < t && d.mentionAt[k+2] >= 0) { // ("and President Bush")
			return true
		}
	}
	return false
}

// withAfter: "with" follows within six words of k in the sentence, naming
// whom a discussion was held with ("discussed the report with his cabinet").
func withAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+6; j++ {
		if d.lower[j] == "with" {
			return true
		}
	}
	return false
}

// sanctionsImposed: the noun "sanctions" at t is told as an act: a verb
// that imposes, renews or changes them stands before it ("imposed two sets
// of sanctions", "renewed the sanctions", "to tighten sanctions on Burma",
// "levy multi-million dollar sanctions") or after it ("sanctions were
// imposed"), or "the sanctions" takes up ones already told. The bare noun
// otherwise names sanctions in force ("U.N. sanctions will not get in the
// way", "despite sanctions", "lifts financial sanctions") or talked about
// ("possible sanctions", "a sanctions resolution"): a state, not an event.
func sanctionsImposed(d *doc, t, ss, se int) bool {
	for k := t - 1; k >= ss && k >= t-4; k-- {
		if sanctionVerbs[d.lower[k]] {
			return true
		}
	}
	if t-1 >= ss && d.lower[t-1] == "the" {
		return true
	}
	for k := t - 1; k >= ss && k >= t-4; k-- {
		if d.lower[k] == "new" || d.lower[k] == "fresh" || d.lower[k] == "additional" || d.lower[k] == "further" {
			return true // "tough new U.N. sanctions": ones just imposed
		}
	}
	for k := t + 1; k < se && k <= t+3; k++ {
		if sanctionVerbs[d.lower[k]] {
			return true
		}
	}
	return false
}

// sanctionVerbs impose sanctions or change them.
var sanctionVerbs = map[string]bool{
	"impose": true, "imposed": true, "imposes": true, "imposing": true, "reimpose": true, "reimposed": true,
	"levy": true, "levied": true, "tighten": true, "tightened": true, "tightening": true, "renew": true,
	"renewed": true, "extend": true, "extended": true, "expand": true, "expanded": true, "slap": true,
	"slapped": true, "adopt": true, "adopted": true, "approve": true, "approved": true, "announce": true,
	"announced": true, "introduce": true, "introduced": true, "toughen": true, "toughened": true,
}

// siteOccupied: what "occupy" at [t, e) takes is a building or a part of a
// town, the object after it ("occupying the prime minister's office and
// Bangkok's two international airports") or, passive, the noun before it
// ("a building occupied by militants"). CAMEO's 192 is territory occupied
// by a state or an armed force; protesters holding an office and fighters
// sheltering in a house are neither.
func siteOccupied(d *doc, t, e, ss, se int) bool {
	if e < se && d.lower[e] == "by" {
		for k := t - 1; k >= ss && k >= t-2; k-- {
			if siteNouns[d.lower[k]] {
				return true
			}
		}
		return false
	}
	for k := e; k < se && k < e+6; k++ {
		w := d.lower[k]
		if siteNouns[w] {
			return true
		}
		if w == "," || w == "in" || w == "since" || w == "for" || w == "and" || d.mentionAt[k] >= 0 && k+1 < se && d.lower[k+1] != "'s" && d.lower[k+1] != "’s" {
			return false // the object ended, or it is a name ("occupied Kuwait")
		}
	}
	return false
}

// siteNouns are buildings and parts of towns people occupy.
var siteNouns = map[string]bool{
	"office": true, "offices": true, "building": true, "buildings": true, "airport": true, "airports": true,
	"block": true, "blocks": true, "street": true, "streets": true, "square": true, "embassy": true,
	"compound": true, "house": true, "home": true, "headquarters": true, "campus": true, "factory": true,
	"school": true, "mosque": true, "church": true, "hotel": true, "station": true, "residence": true,
	"parliament": true, "palace": true, "premises": true, "park": true, "road": true, "highway": true,
	// a tenant's floors and a ranking's or a board's place (newsfp5-24: "will continue to occupy 19
	// floors", "the site once occupied by a department store", "with Cragg occupying top spot",
	// "the seat on the board currently occupied by")
	"floor": true, "floors": true, "space": true, "site": true, "spot": true, "seat": true, "seats": true,
}

// nonFiniteFight: "fight" at [t, e) takes an object ("the military",
// "U.S. forces") but no tense: an infinitive ("to fight government
// troops", "to stand united and fight"), a gerund after a preposition
// ("as in fighting Israel"), or a participle right after the people it
// describes ("NATO-led forces fighting Taliban insurgents"). These tell what
// someone means to do or what side a group is on; a fight that happened is
// told with a tense ("rebels fought troops") or as a noun ("died in
// fighting across several districts", which takes no object).
func (p *Pipeline) nonFiniteFight(d *doc, t, e, ss, se int) bool {
	if e >= se || t == ss || !(d.mentionAt[e] >= 0 || p.cls(d, e)&(wDet|wNoun|wAdj|wNum) != 0 && p.cls(d, e)&wPrep == 0) {
		return false
	}
	prev := d.lower[t-1]
	if d.lower[t] == "fight" {
		if prev == "to" {
			return true
		}
		for k := t - 1; k >= ss && k >= t-4; k-- {
			if d.lower[k] == "and" && k-2 >= ss && (d.lower[k-2] == "to" || k-3 >= ss && d.lower[k-3] == "to") {
				return true // "to stand united and fight"
			}
		}
		return false
	}
	if p.cls(d, t-1)&wPrep != 0 && d.mentionAt[t-1] < 0 {
		return true // "as in fighting Israel"
	}
	return strings.HasSuffix(prev, "s") && (d.mentionAt[t-1] >= 0 || p.cls(d, t-1)&wNoun != 0 && p.cls(d, t-1)&(wVerb|wPast) == 0)
}

// deathsCharged: the death noun at t is what someone is blamed for, tried
// for or remembers: a word of blame, role or remembrance governs it within
// five words before ("involvement in Mr. Gongadze's death", "his role in
// the deaths of civilians", "genocide in the deaths of", "the one-year
// anniversary of the death of", "acknowledges the deaths of"), or the
// sentence calls the deaths genocide. The killing itself, if the story
// tells it, is its own event (an ATTACK with the accused as AGENT,
// testdata/events/README.md); "investigating her death" still tells one.
func deathsCharged(d *doc, t, ss, se int) bool {
	for k := t - 1; k >= ss && k >= t-5; k-- {
		if deathBlameWords[d.lower[k]] {
			return true
		}
	}
	for k := ss; k < se; k++ {
		if d.lower[k] == "genocide" {
			return true
		}
	}
	return false
}

// deathBlameWords govern deaths someone is charged with or remembers.
var deathBlameWords = map[string]bool{
	"involvement": true, "role": true, "responsible": true, "responsibility": true, "blamed": true,
	"blame": true, "anniversary": true, "acknowledges": true, "acknowledged": true, "acknowledge": true,
	"commemorate": true, "commemorated": true, "commemorating": true, "complicity": true,
}

// hazardWarning: the warning noun the trigger [t, e) issues or is
// ("issued a hurricane warning", "a tropical storm warning") is named by a
// natural hazard before it: weather forecasters' warnings threaten no one.
func hazardWarning(d *doc, t, e, ss, se int) bool {
	for k := t; k < se && k < e+4; k++ {
		if d.lower[k] != "warning" && d.lower[k] != "warnings" {
			continue
		}
		return k-1 >= ss && hazardNouns[d.lower[k-1]]
	}
	return false
}

// hazardNouns are natural hazards forecasters warn of.
var hazardNouns = map[string]bool{
	"hurricane": true, "storm": true, "tsunami": true, "flood": true, "weather": true, "typhoon": true,
	"cyclone": true, "tornado": true, "heat": true, "gale": true, "avalanche": true, "frost": true,
	"snow": true, "blizzard": true, "wind": true,
}

// summoned: the trigger at [t, e) summons someone: a form of "summon", or
// a passive "called to" a place ("were called to the Foreign Ministry").
func summoned(d *doc, t, e, ss, se int) bool {
	if strings.HasPrefix(d.lower[t], "summon") {
		return true
	}
	return d.lower[t] == "called" && t-1 >= ss && (d.lower[t-1] == "were" || d.lower[t-1] == "was" || d.lower[t-1] == "been") &&
		e+1 < se && d.lower[e] == "to" && (d.lower[e+1] == "the" || d.mentionAt[e+1] >= 0)
}

// tollOverTime: after the killing verb, its sentence counts the dead over
// years: "since" with a year within eight words ("since it began in 1996",
// "since U.S. forces invaded the country in 2003", "since 2003") or "over
// the past three years". A toll since a recent day ("since Friday", "since
// fighting erupted ... May 20") still tells of the fighting at hand.
func tollOverTime(d *doc, k, se int) bool {
	for j := k; j < se; j++ {
		switch d.lower[j] {
		case "since":
			for i := j + 1; i < se && i <= j+8; i++ {
				if yearWord(d.lower[i]) {
					return true
				}
			}
		case "past", "last":
			if j+2 < se && j-2 >= k && (d.lower[j-2] == "over" || d.lower[j-2] == "in") && d.lower[j-1] == "the" {
				switch d.lower[j+2] {
				case "years", "decades", "decade":
					return true
				}
			}
		}
	}
	return false
}

// electionNouns name a vote held.
var electionNouns = map[string]bool{
	"election": true, "elections": true, "poll": true, "polls": true, "referendum": true, "vote": true, "ballot": true,
}

// feelingVerbs link a subject to how it feels.
var feelingVerbs = map[string]bool{
	"feel": true, "feels": true, "felt": true, "feeling": true, "seem": true, "seems": true, "seemed": true,
	"remain": true, "remains": true, "remained": true, "become": true, "became": true,
}

// feelingState: a past participle told of the subject's state of mind,
// after "feel", "seem" or "remain", or after "be" with what is felt about
// after it ("is disturbed to learn that", "were alarmed that"): an
// adjective, no act. CAMEO files verbs of feeling under protest and threat
// (DISTURB 140); "was threatened by the militants" is the passive of a
// threat, and stays one.
func (p *Pipeline) feelingState(d *doc, m *cameo.Match, ss, se int) bool {
	w := d.lower[m.Start]
	if m.End != m.Start+1 || !strings.HasSuffix(w, "ed") || m.Start-1 <= ss {
		return false
	}
	k := m.Start - 1
	for k > ss && (d.lower[k] == "very" || d.lower[k] == "deeply" || d.lower[k] == "so" || d.lower[k] == "too" || d.lower[k] == "increasingly" || d.lower[k] == "not") {
		k--
	}
	if feelingVerbs[d.lower[k]] {
		return true
	}
	if !isBe(d.lower[k]) || m.End+1 >= se {
		return false
	}
	switch d.lower[m.End] {
	case "to":
		return d.mentionAt[m.End+1] < 0 && p.cls(d, m.End+1)&wVerb != 0 && p.cls(d, m.End+1)&wNoun == 0 // "disturbed to learn"
	case "that", "about":
		return true
	}
	return false
}

// reportNouns tell what others say happened.
var reportNouns = map[string]bool{
	"report": true, "reports": true, "rumor": true, "rumors": true, "rumour": true, "rumours": true,
	"claim": true, "claims": true, "suggestion": true, "suggestions": true, "allegation": true, "allegations": true,
	"speculation": true,
}

// falseWords say a report is not so.
var falseWords = map[string]bool{
	"false": true, "untrue": true, "unfounded": true, "baseless": true, "wrong": true, "incorrect": true,
	"groundless": true, "nonsense": true, "inaccurate": true, "fabricated": true,
}

// falseReport: the word at t is told in what a report says and the
// sentence calls the report false: "Zambian officials say reports that
// President Levy Mwanawasa has died are FALSE", "reports that it intended
// to threaten shipping in the Gulf were baseless". The event is denied.
func falseReport(d *doc, t, ss, se int) bool {
	open := -1
	for k := t - 1; k > ss && k >= t-15; k-- {
		if d.lower[k] == "that" && reportNouns[d.lower[k-1]] {
			open = k
			break
		}
		if d.lower[k] == ";" || d.lower[k] == ":" {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for k := t + 1; k+1 < se && k <= t+20; k++ {
		if !isBe(d.lower[k]) {
			continue
		}
		j := k + 1
		if d.lower[j] == "completely" || d.lower[j] == "totally" || d.lower[j] == "entirely" || d.lower[j] == "simply" {
			j++
		}
		if j < se && falseWords[d.lower[j]] || j+1 < se && d.lower[j] == "not" && d.lower[j+1] == "true" {
			return true
		}
	}
	return false
}

// celebration: the crowd's purpose, told after the protest words (in the
// clause, within twelve words), is joy: "took to the streets of Nairobi
// on Monday to celebrate", "rallied in celebration
// of", "marched, celebrating the victory".
func celebration(d *doc, k, se int) bool {
	for j := k; j < se && j < k+12; j++ {
		w := d.lower[j]
		if strings.HasPrefix(w, "celebrat") || w == "cheer" || w == "cheering" {
			return j == k || d.lower[j-1] == "to" || d.lower[j-1] == "in" || d.lower[j-1] == "," || strings.HasPrefix(w, "celebrating") || w == "cheering"
		}
		if w == "against" || w == "over" || w == "demanding" || w == "protesting" || w == ";" {
			return false
		}
	}
	return false
}

// travellerWords name the people a travel advisory is for.
var travellerWords = map[string]bool{
	"travel": true, "traveling": true, "travelling": true, "travelers": true, "travellers": true,
	"tourists": true, "citizens": true, "nationals": true,
}

// travelAdvice: the warning is addressed to travellers or a state's own
// citizens (within eight words after it): advice, not a threat to anyone.
func travelAdvice(d *doc, k, se int) bool {
	for j := k; j < se && j < k+8; j++ {
		if travellerWords[d.lower[j]] {
			return true
		}
	}
	return false
}
