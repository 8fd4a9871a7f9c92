package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A state's police or soldiers struck in an attack stand for the state
// (fourteenth session).
//
// News of insurgency tells most attacks by their victims, a state's own
// police and soldiers, and names the state once, around them rather than
// on them: "Iraqi officials say a car bomb targeting a police patrol has
// killed six people", "A suicide attack in southern Afghanistan has killed
// five policemen", "suicide bombers have attacked two police stations in
// northwest Pakistan". The guideline reads a nationality on the victim's
// noun as its country, and a bare force noun in a sentence a named force
// of one country reports as that country's (the `dev5` and `dev7`
// readings: "Iraqi police said a suicide car bomber attacked a police
// checkpoint", "Police in northwestern Pakistan say a suicide car bomber
// has killed four police officers"). Measured on the 24 TUNE sets at the
// start of the fourteenth session: of the 220 participant-level ATTACK
// misses, 27 (in 25 stories) have a state's police, soldiers, patrol,
// checkpoint or station struck and the state as the PATIENT the rules did
// not read. The labels are not even on it: as many such attacks in
// secondary items are left unlabelled ("unknown gunmen killed five police
// officers in southern Helmand province"), so the rule is kept narrow:
// the victim must be a passive subject, an object, or after a nominal
// trigger, never a force inside an active verb's subject ("the fighting,
// involving rebels, government forces and militias, has killed"), and never
// a side of a fight. On TUNE it changed 18 stories (13 misses found, in 11
// stories; 10 false events, 6 removed): tp-fp +5; CHECK unchanged.
//
// Soldiers fight abroad as often as at home ("two soldiers were killed in
// southern Afghanistan" may be NATO's), so their state is read only from
// their own noun or from the reporter; police, guards and their posts are
// the home state's, so the sentence's one country and then the story's
// (forceState) name it too.

// struckForceNouns are people of a state's forces told as victims.
var struckForceNouns = map[string]bool{
	"policemen": true, "policeman": true, "policewomen": true, "soldiers": true, "soldier": true, "troops": true,
	"guardsmen": true, "marines": true, "peacekeepers": true, "servicemen": true,
}

// struckPostNouns are a force's people or posts after a force word:
// "police officers", "security forces", "a police patrol", "an army
// checkpoint".
var struckPostNouns = map[string]bool{
	"officers": true, "officer": true, "forces": true, "personnel": true, "patrol": true,
	"patrols": true, "station": true, "stations": true, "checkpoint": true, "checkpoints": true, "post": true,
	"posts": true, "outpost": true, "convoy": true, "headquarters": true, "recruits": true, "academy": true,
	"barracks": true, "vehicle": true,
	// a force's camps (sixteenth session): "rebel fighters have attacked an
	// army camp", told by "Military officials in Congo say"
	"camp": true, "camps": true, "base": true, "bases": true, "garrison": true, "garrisons": true,
	// a force's ranks and units (seventeenth session): "a roadside bomb has
	// killed a police general", "the bodies of three police commandos"
	"chief": true, "general": true, "commander": true, "commandos": true, "commando": true,
}

// dieForms tell a victim's death by the attack named after it ("three
// Marines have died of wounds sustained due to enemy action"; fifteenth
// session).
var dieForms = map[string]bool{"died": true, "die": true, "dies": true}

// clauseBreaks end the clause an attack's victims are told in: "troops
// attacked militant hideouts after a rebel rocket attack killed four
// soldiers" (the soldiers are the rocket attack's).
var clauseBreaks = map[string]bool{
	"after": true, "when": true, "before": true, "while": true, "as": true, ";": true, "because": true,
	"but": true, "since": true, "following": true, "until": true, "that": true, "which": true, "who": true,
	"sparking": true, "triggering": true, "prompting": true, "though": true, "although": true, "they": true,
	"he": true, "she": true, "we": true, // ("dislodge Iranian troops from territory they gained during a new offensive")
}

// fightNouns are attacks with two sides, where a force is a side.
var fightNouns = map[string]bool{
	"fighting": true, "clashes": true, "clash": true, "clashed": true, "clashing": true, "violence": true,
	"gunbattle": true, "gunbattles": true, "battle": true, "battles": true, "combat": true, "fought": true,
	"firefight": true, "skirmishes": true, "battling": true, "fight": true,
}

// namedOnForce is the country named on the force noun at h itself ("Iraqi
// policemen", "Pakistan's army checkpoint", "a U.S. military convoy"), or
// -1; not "soldiers in Iraq", where the country is a place.
func (p *Pipeline) namedOnForce(d *doc, h, ss int) int {
	j := h - 1
	for n := 0; n < 2 && j >= ss && (forceCompound[d.lower[j]] || d.lower[j] == "war"); n++ {
		j--
	}
	if j >= ss && (d.lower[j] == "'s" || d.lower[j] == "’s") {
		j--
	}
	if j < ss || d.mentionAt[j] < 0 {
		return -1
	}
	m := d.mentions[d.mentionAt[j]]
	if m.ent < 0 || m.label != "NORP" && !(d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country) {
		return -1
	}
	return countryOf(d, d.mentionAt[j])
}

// struckForce adds, to an attack with no PATIENT read, the state whose
// police or soldiers it struck, when the text names that state on them,
// in the reporter of the sentence, or (for police) in the sentence or the
// story.
func (p *Pipeline) struckForce(d *doc, ev *event, ss, se int) {
	if ev.typ != "ATTACK" || ev.unreal || hasRole(ev, patient) || fightNouns[d.lower[ev.trigEnd-1]] {
		return // (in a fight the forces are a side: "clashes between security forces and protesters")
	}
	h, domestic := p.struckVictim(d, ev, ss, se)
	if h < 0 {
		return
	}
	e := p.namedOnForce(d, h, ss) // "five Iraqi policemen", "an Afghan army checkpoint"
	if e < 0 {
		_, e = p.reportingSubject(d, ss, se) // "Afghan officials say three police officers" (event_args_insent.go)
	}
	if e < 0 && domestic {
		e = homeState(d, ss, se) // "a police station in Iraq's western Anbar province"
	}
	if e < 0 || hasPart(ev, e) {
		return
	}
	ev.addPart(e, patient)
}

// homeState is the one country tokens [from, to) name (soleState), unless
// they name it only on a border: "near the Pakistani border", "near the
// border with Mali" name the neighbour, not the state whose police were hit.
func homeState(d *doc, from, to int) int {
	e := soleState(d, from, to)
	if e < 0 {
		return -1
	}
	for mi, m := range d.mentionsIn(from, to) {
		if countryOf(d, mi) != e {
			continue
		}
		onBorder := m.end < to && (d.lower[m.end] == "border" || d.lower[m.end] == "frontier") ||
			m.start >= 2 && d.lower[m.start-1] == "with" && (d.lower[m.start-2] == "border" || d.lower[m.start-2] == "frontier")
		if !onBorder {
			return e
		}
	}
	return -1
}

// struckVictim returns the head of the nearest force noun in the trigger's
// clause that is struck, not striking (no subject of an active verb, no
// "by" agent, no reporter), and whether it is a home force; -1 when none.
func (p *Pipeline) struckVictim(d *doc, ev *event, ss, se int) (int, bool) {
	best, bestDist, bestHome := -1, 0, false
	for h := ss; h < se; h++ {
		home, ok := p.forceVictimNoun(d, h, ss)
		if !ok || !p.struckNotStriking(d, ev, h, ss, se) {
			continue
		}
		lo, hi := h, ev.trigStart
		if h >= ev.trigEnd {
			lo, hi = ev.trigEnd, h
		}
		if h >= ev.trigStart && h < ev.trigEnd || p.clauseBreakIn(d, lo, hi) || h < ev.trigStart && !ev.nominal && p.newSubjectIn(d, h+1, ev.trigStart) {
			continue
		}
		dist := hi - lo
		if best < 0 || dist < bestDist {
			best, bestDist, bestHome = h, dist, home
		}
	}
	return best, bestHome
}

// forceVictimNoun: token h heads a force's people or post; home is true
// for police, guards and "government" forces, who serve at home.
func (p *Pipeline) forceVictimNoun(d *doc, h, ss int) (home, ok bool) {
	if d.mentionAt[h] >= 0 {
		return false, false
	}
	if p.namedOnForce(d, h, ss) < 0 && !p.plainForce(d, h, ss) {
		return false, false // "coalition soldiers", "NATO troops", "its security forces": not a state's own, or not this one
	}
	w := d.lower[h]
	prev := ""
	if h-1 >= ss {
		prev = d.lower[h-1]
	}
	switch {
	case struckForceNouns[w]:
		return w == "policemen" || w == "policeman" || w == "policewomen" || w == "guardsmen" || prev == "government", true
	case struckPostNouns[w] && forceCompound[prev]:
		return prev == "police" || prev == "security" || prev == "border" || prev == "government", true
	}
	return false, false
}

// plainForce: the phrase ending at h has nothing before its head but
// articles, numbers, force words and adjectives ("a security checkpoint",
// "at least two off-duty policemen"): no other owner ("coalition
// soldiers", "NATO troops", "its security forces").
func (p *Pipeline) plainForce(d *doc, h, ss int) bool {
	ph := p.npLeft(d, h+1, ss)
	for k := h - 1; k >= ph.start; k-- {
		w := d.lower[k]
		switch {
		case d.mentionAt[k] >= 0:
			return false
		case w == "a" || w == "an" || w == "the":
			return true // the phrase's own start ("rebels ambushed an army patrol": not the rebels')
		case w == "at" || w == "least" || w == "other" || w == "more" || forceCompound[w]:
		case p.cls(d, k) == wNum:
		case p.cls(d, k)&wAdj != 0 && p.cls(d, k)&(wNoun|wPron|wDet) == 0:
		case p.verbLike(d, k) || p.cls(d, k)&wPrep != 0:
			return true
		default:
			return false
		}
	}
	return true
}

// struckNotStriking: the force noun at h is not the subject of an active
// verb ("troops attacked", "soldiers backed by gunships fired"), not a
// passive's "by" agent, and not the one reporting ("police officers said").
func (p *Pipeline) struckNotStriking(d *doc, ev *event, h, ss, se int) bool {
	ph := p.npLeft(d, h+1, ss)
	if ph.start > ss {
		switch d.lower[ph.start-1] {
		case "by", "between", "involving", "against", "pitted", "with":
			return false // an agent, or a side ("the fighting, involving rebels, government forces")
		}
	}
	k := h + 1
	for k < se && (d.lower[k] == "and" || d.lower[k] == "or") {
		// "American soldiers and Iraqi police have detained": the
		// coordination is the subject
		k++
		for k < se && (d.mentionAt[k] >= 0 || p.cls(d, k)&(wNoun|wAdj|wNum|wDet) != 0 && !p.finiteLike(d, k)) {
			k++
		}
	}
	be := false
	for k < se && p.gapWord(d, k) {
		be = be || isBe(d.lower[k])
		k++
	}
	if k >= se {
		return true
	}
	passive := be && p.participle(d, k)
	if be && !passive && strings.HasSuffix(d.lower[k], "ing") {
		return false // "Iranian troops are fighting": they act
	}
	if sayForms[d.lower[k]] || k >= ev.trigStart && k < ev.trigEnd && !passive {
		return false // the reporter, or the one doing the trigger ("security forces and insurgents alike committing")
	}
	if passive || dieForms[d.lower[k]] && h < ev.trigStart {
		return true // "five policemen were killed", "two Marines died in combat operations"
	}
	if p.finiteLike(d, k) {
		return false // "troops backed by gunships attacked"
	}
	// before an active verb trigger and neither its passive subject nor an
	// object inside its subject: unclear ("the fighting, involving rebels,
	// government forces and militias, has killed"); a participle clause
	// after a comma tells the main clause's attack ("has targeted Iraqi
	// security forces, killing one person")
	return h > ev.trigStart || ev.nominal || ev.trigStart-1 > ss && d.lower[ev.trigStart-1] == "," && strings.HasSuffix(d.lower[ev.trigStart], "ing")
}

// newSubjectIn: tokens [lo, hi), after the victim's own verb, start a
// clause of another subject with "and" ("A British soldier was shot and
// hurt, and buses were hijacked and set on fire": the soldier is not what
// was set on fire).
func (p *Pipeline) newSubjectIn(d *doc, lo, hi int) bool {
	verb := false
	for k := lo; k+1 < hi; k++ {
		if isBe(d.lower[k]) || p.finiteLike(d, k) {
			verb = true
			continue
		}
		if verb && d.lower[k] == "and" && (d.mentionAt[k+1] >= 0 || p.cls(d, k+1)&(wNoun|wDet|wNum) != 0 && p.cls(d, k+1)&(wVerb|wPast|wPart) == 0) {
			return true
		}
	}
	return false
}

// clauseBreakIn: tokens [lo, hi) hold a word that ends a clause.
func (p *Pipeline) clauseBreakIn(d *doc, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if clauseBreaks[d.lower[k]] || sayForms[d.lower[k]] && k > lo {
			return true
		}
	}
	return false
}
