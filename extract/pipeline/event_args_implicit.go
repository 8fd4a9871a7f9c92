package pipeline

// A state force told bare: news names the country once ("Authorities in
// Haiti have rescued...", "Turkish media say police ...") and then says
// "police arrested", "authorities detained", "a police raid". An arrest,
// a charge or a raid by the police is an act of the state whose police
// they are, and the story says which state that is in a few set ways.

import (
	"github.com/newsgraph/newsgraph/extract"
)

// domesticForces are the bodies that arrest, charge and raid at home, so
// that the country of the story is theirs (not "troops" or "soldiers",
// who as often act abroad: "U.S. troops detained...").
var domesticForces = map[string]bool{
	"police": true, "policemen": true, "authorities": true, "officers": true, "forces": true, "guards": true,
}

// domesticActs are the event types a state does at home through its police.
var domesticActs = map[string]bool{"ARREST": true, "TRIAL": true}

// implicitAgent gives an event no participant was read for the state
// whose force acts in it: a domestic force that arrests or charges ("police
// later arrested at least one other suspect", "Authorities said they
// arrested seven suspects"), or a state's armed force or aircraft that
// attacks named with its country ("Israeli warplanes have launched
// strikes"), when the story says which state that is.
// An arrest or a charge may have its one acted on read and still want the
// state: "police have arrested an Iraqi man".
func (p *Pipeline) implicitAgent(d *doc, ev *event, ss, se int) {
	// (not a raid: "a police raid on drug gangs" scored even on the dev
	// sets, one right, one in a bulletin item the gold leaves unlabelled)
	if len(ev.parts) > 0 && !(domesticActs[ev.typ] && !hasRole(ev, agent)) || ev.unreal {
		return
	}
	var head func(h int) bool
	switch {
	case domesticActs[ev.typ]:
		head = func(h int) bool { return p.domesticHead(d, h, ss) }
	case ev.typ == "ATTACK":
		head = func(h int) bool { return p.stateArm(d, h, ss) }
	case ev.typ == "MILITARY_POSTURE":
		head = func(h int) bool { return p.postureForce(d, h, ss) } // (event_args_postureforce.go)
	default:
		return
	}
	h := p.actingForce(d, ev, ss, se, head)
	if h < 0 {
		return
	}
	e := p.namedForce(d, h) // "British police have charged five men"
	if e < 0 && ev.typ == "ATTACK" {
		// "warplanes struck": whose is not said, and air forces act abroad;
		// even "government war planes have been bombing a rebel area" is
		// left to the rules, which name the rebels bombed, not guessed
		// from the story's country (it scored even on the dev sets)
		return
	}
	if e < 0 {
		e = p.forceState(d, h)
	}
	if e >= 0 {
		ev.addPart(e, agent)
	}
}

// armNouns are a state's fighting arms and craft told as the ones that
// strike: "Israeli warplanes", "government helicopters".
var armNouns = map[string]bool{
	"warplanes": true, "jets": true, "helicopters": true, "gunships": true, "aircraft": true, "planes": true,
	"forces": true, "troops": true, "soldiers": true, "army": true, "military": true, "navy": true,
}

// stateArm: token h heads a state's armed force or aircraft.
func (p *Pipeline) stateArm(d *doc, h, ss int) bool {
	return h >= ss && armNouns[d.lower[h]] && d.mentionAt[h] < 0
}

// strikeVerbs take an attack noun as their object: "launched strikes",
// "carried out raids".
var strikeVerbs = map[string]bool{
	"launched": true, "launch": true, "launches": true, "launching": true, "conducted": true, "mounted": true,
	"staged": true, "carried": true, "began": true, "begun": true, "stepped": true,
}

// actingForce returns the head of the force noun (one head accepts, bare
// or named with its country) that does ev: its subject, its "by" agent,
// the noun before an event noun, or the subject of the light verb an event
// noun is the object of. It returns -1 when there is none.
func (p *Pipeline) actingForce(d *doc, ev *event, ss, se int, head func(int) bool) int {
	ok := func(h int) bool {
		return head(h) && (p.bareHead(d, h, ss) || p.namedForce(d, h) >= 0)
	}
	t := ev.trigStart
	if ev.nominal && t-1 >= ss && ok(t-1) {
		return t - 1 // "a police arrest"
	}
	if ev.nominal || t-1 > ss && strikeVerbs[d.lower[t-1]] {
		// "warplanes have launched strikes", "carried out air strikes"
		// (the noun is read as a verb too)
		lv := t - 1
		for lv > ss && t-lv <= 3 && (d.lower[lv] == "a" || d.lower[lv] == "an" || d.lower[lv] == "new" || d.lower[lv] == "air" ||
			d.lower[lv] == "out" || d.lower[lv] == "up" || d.lower[lv] == "fresh" || d.lower[lv] == "several") {
			lv--
		}
		if lv <= ss || !strikeVerbs[d.lower[lv]] {
			return -1
		}
		t = lv
	}
	if h := p.forceReportsPassive(d, ev, ss, se, ok); h >= 0 {
		return h // "Police say 204 people were arrested" (event_args_forcesubject.go)
	}
	// passive with its agent: "were detained by police"
	if end := ev.trigEnd; !ev.nominal && end+1 < se && d.lower[end] == "by" {
		for j := end + 1; j < se && j <= end+4; j++ {
			if ok(j) {
				return j
			}
			if w := d.lower[j]; d.mentionAt[j] >= 0 && d.mentions[d.mentionAt[j]].label != "NORP" || d.mentionAt[j] < 0 && p.cls(d, j)&wNoun != 0 && !forceCompound[w] && w != "war" && w != "air" {
				break
			}
		}
	}
	k := t - 1
	for k >= ss && t-k <= 5 && (p.gapWord(d, k) || timeWord(d.lower[k])) {
		switch d.lower[k] {
		case "could", "would", "might", "may", "should", "not", "never", "n't", "if", "can", "cannot", "must", "to":
			return -1 // not done
		}
		k--
	}
	if k < ss {
		return -1
	}
	if ok(k) && p.forceOpensClause(d, k, ss) {
		return k // "police later arrested", "British police have charged"
	}
	if (d.lower[k] == "they" || d.lower[k] == "it") && k-2 >= ss && sayForms[d.lower[k-1]] && ok(k-2) {
		return k - 2 // "Authorities said they arrested seven suspects"
	}
	if d.lower[k] == "by" && k-1 > ss {
		// "police have thwarted a bomb attack in Istanbul by arresting a
		// man": the main clause's subject, a force before its verb
		for j := k - 1; j > ss && k-j <= 12; j-- {
			if ok(j-1) && (p.gapWord(d, j) || p.finiteLike(d, j)) {
				return j - 1
			}
		}
	}
	return p.forceAcrossGap(d, t, k, ss, ok) // "police investigating the bombing have arrested" (event_args_forcegap.go)
}

// forceOpensClause: the phrase ending at h is a clause's subject, not the end
// of a modifier ("a clash between militants and Ethiopian forces killed":
// the clash's sides, not the killers).
func (p *Pipeline) forceOpensClause(d *doc, h, ss int) bool {
	ph := p.npLeft(d, h+1, ss)
	if ph.start > h {
		return false
	}
	return !afterPreposition(d, ph.start, ss) && (ph.start == ss || d.lower[ph.start-1] != "and" && d.lower[ph.start-1] != "or")
}

// bareHead: the phrase ending at h names no one: nothing before its head
// but a determiner, a number or a force's own premodifiers ("the
// authorities", "two police officers", "government war planes").
func (p *Pipeline) bareHead(d *doc, h, ss int) bool {
	ph := p.npLeft(d, h+1, ss)
	if ph.start > h || d.mentionAt[h] >= 0 {
		return false
	}
	for k := ph.start; k < h; k++ {
		switch w := d.lower[k]; {
		case w == "the" || w == "its" || w == "their" || w == "at" || w == "least" || p.cls(d, k) == wNum:
		case forceCompound[w] || w == "war" || w == "air" || w == "fighter" || w == "government-backed":
		case forceModifiers[w] && !ownerModifiers[w]: // "Riot police", "More than 5,000 police" (event_args_postureforce.go)
		default:
			return false
		}
	}
	return true
}

// domesticHead: token h is a domestic force noun ("police", "security
// forces", "police officers", "border guards").
func (p *Pipeline) domesticHead(d *doc, h, ss int) bool {
	if h < ss || !domesticForces[d.lower[h]] || d.mentionAt[h] >= 0 {
		return false
	}
	// "forces" alone may be foreign; "army officers" are soldiers
	return !(d.lower[h] == "forces" || d.lower[h] == "officers" || d.lower[h] == "guards") ||
		h-1 >= ss && forceCompound[d.lower[h-1]] && d.lower[h-1] != "army" && d.lower[h-1] != "military"
}

// forceState is the state a bare domestic force at h serves, or -1: the
// country named on a force in its sentence or the three before
// ("Authorities in Haiti", "Kenyan police"), else the one country named
// before it in its sentence ("Turkish media say police") or in the two
// before, else the one country the story names up to it (a city counting
// as its country). A bulletin's items do not always say where a new one
// starts, so nothing is looked for further back than that.
func (p *Pipeline) forceState(d *doc, h int) int {
	si := d.sentOf[h]
	lo := max(0, si-3)
	for lo < si && itemBreak(d, lo, si) {
		lo++ // not across "Separately," or "In another development,"
	}
	for k := h - 1; k >= d.sents[lo].Start; k-- {
		if !domesticForces[d.lower[k]] && !forceNouns[d.lower[k]] || d.mentionAt[k] >= 0 {
			continue
		}
		if e := p.namedForce(d, k); e >= 0 && !otherState(d, d.sents[d.sentOf[k]].End, h, e) {
			return e // (not when the story has since moved on to another country)
		}
	}
	if e := soleState(d, d.sents[si].Start, h); e >= 0 {
		return e
	}
	if e := soleState(d, d.sents[max(lo, si-2)].Start, h); e >= 0 {
		return e
	}
	if lo > 0 && itemBreak(d, 0, si) {
		return -1
	}
	return soleState(d, 0, h)
}

// namedForce is the country a force noun at k is named with: "in Haiti"
// after it, "Kenyan" or "Kenya's" before it, or -1.
func (p *Pipeline) namedForce(d *doc, k int) int {
	if k+2 < len(d.lower) && d.lower[k+1] == "in" {
		if e := countryOf(d, d.mentionAt[k+2]); e >= 0 {
			return e
		}
	}
	j := k - 1
	for n := 0; n < 2 && j >= 0 && (forceCompound[d.lower[j]] || d.lower[j] == "war" || d.lower[j] == "air" || d.lower[j] == "fighter"); n++ {
		j-- // "Sudanese government helicopters", "Syrian air force"
	}
	if j >= 0 && (d.lower[j] == "'s" || d.lower[j] == "’s") {
		j--
	}
	if j < 0 || d.mentionAt[j] < 0 {
		return -1
	}
	m := d.mentions[d.mentionAt[j]]
	if m.ent < 0 || m.label != "NORP" && !(d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country) {
		return -1
	}
	return countryOf(d, d.mentionAt[j])
}

// countryOf is the country entity mention mi names or lies in (a city
// standing for the country the story also names), or -1.
func countryOf(d *doc, mi int) int {
	if mi < 0 {
		return -1
	}
	m := d.mentions[mi]
	if m.ent < 0 {
		return -1
	}
	e := d.ents[m.ent]
	if e.typ != extract.Location {
		return -1
	}
	if e.subtype == extract.Country && !placeInCountry(d, m) {
		return m.ent
	}
	if e.country == "" {
		return -1
	}
	for ci, c := range d.ents {
		if !c.dropped && c.kb == e.country && c.subtype == extract.Country {
			return ci
		}
	}
	return -1
}

// otherState: tokens [from, to) name a country other than e.
func otherState(d *doc, from, to, e int) bool {
	for j := from; j < to; j++ {
		if c := countryOf(d, d.mentionAt[j]); c >= 0 && c != e {
			return true
		}
	}
	return false
}

// soleState is the one country named (or lain in) in tokens [from, to),
// or -1 when none or several are.
func soleState(d *doc, from, to int) int {
	sole := -1
	for j := from; j < to; j++ {
		mi := d.mentionAt[j]
		if mi < 0 {
			continue
		}
		j = d.mentions[mi].end - 1
		e := countryOf(d, mi)
		if e < 0 {
			continue
		}
		if sole >= 0 && sole != e {
			return -1
		}
		sole = e
	}
	return sole
}

// moreOfThem: a verb's object counts people beyond those an earlier report
// of its kind told of ("arrested at least one other suspect", "detained
// two more men"): another act, not the first one told again.
func moreOfThem(d *doc, ev *event) bool {
	if ev.nominal {
		return false
	}
	s := d.sents[ev.sentence]
	for k := ev.trigEnd; k < s.End && k < ev.trigEnd+5; k++ {
		if k == 0 || d.mentionAt[k] >= 0 {
			return false
		}
		prev := d.lower[k-1]
		counted := prev == "one" || prev == "least" || prev == "two" || prev == "three" || prev == "several" || allDigits(prev)
		if d.lower[k] == "other" && counted || d.lower[k] == "more" && counted && k > ev.trigEnd {
			return true
		}
	}
	return false
}
