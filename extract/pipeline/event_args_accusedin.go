package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The accused as the attacker past an involvement phrase (nineteenth
// session, helper atk2_20): "The prosecutor accused Nyamwasa and the other
// officer of being involved in three grenade attacks", "Venezuela has
// accused Posada Carriles in the 1976 bombing of a Cuban airliner", "He is
// also accused of being involved in the 2002 Bali bombings", "three
// Marines accused of involvement in the killing of an Iraqi". accusedOf
// and accusedAgent (event_args.go, event_args_accused.go) read the accused
// when only "of", "for" or "with" and a gerund stand between the
// accusation and the act; an involvement phrase ("of being involved in",
// "of involvement in", "of helping plan") or a bare "in" left the attack
// with no attacker. By the Guideline the one accused of taking part in a
// past attack is its AGENT.
//
// Measured at the start of the nineteenth session over the 44 TUNE sets:
// 6 ATTACK misses in 5 stories have the construction (dev42..dev45: 3).
// Only the words of an involvement phrase may stand between the
// accusation and the attack's noun phrase, so "accused the government of
// failing to prevent attacks" (a failure, not a part in the attack) and
// "accused X of links to a group behind the attacks" stay out; only a
// named accused is taken (a person or a group, not "a key commander").

// involvementWords make up the phrase between an accusation and the act
// held against the accused.
var involvementWords = map[string]bool{
	"of": true, "in": true, "with": true, "for": true,
	"being": true, "been": true, "having": true, "involved": true, "involvement": true, "role": true,
	"part": true, "taking": true, "participation": true, "participating": true, "complicity": true,
	"helping": true, "help": true, "to": true, "plan": true, "planning": true, "plotting": true,
	"organizing": true, "organising": true, "ordering": true, "masterminding": true,
	"carrying": true, "out": true, "financing": true, "a": true, "an": true, "the": true,
	"his": true, "her": true, "their": true, "its": true, "connection": true,
}

// accusationWords take the accused as object ("accused X of") or as the
// subject of their passive ("X is accused of").
var accusationWords = map[string]bool{
	"accused": true, "accusing": true, "accuses": true, "accuse": true,
	"charged": true, "charging": true, "charges": true, "charge": true,
	"indicted": true, "convicted": true, "suspected": true,
}

// involvedAccused gives an attack an accusation holds against a named
// accused through an involvement phrase that accused as its AGENT.
func (p *Pipeline) involvedAccused(d *doc, ev *event, ss int) {
	if ev.typ != "ATTACK" || ev.unreal || hasRole(ev, agent) {
		return
	}
	t := ev.trigStart
	k := t - 1
	// the attack's premodifiers: "the 2002 Bali", "three grenade", "last year's"
	for k > ss && t-k <= 6 && !involvementWords[d.lower[k]] && (d.mentionAt[k] >= 0 || d.lower[k] == "'s" || yearWord(d.lower[k]) ||
		p.cls(d, k)&(wDet|wAdj|wNoun|wNum) != 0 && p.cls(d, k)&(wPrep|wVerb|wPunct) == 0) {
		if p.cls(d, k) == wNum && !yearWord(d.lower[k]) && d.lower[k-1] == "of" {
			return // "convicted of four murders": acts counted, not one attack told
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			k = d.mentions[mi].start
		}
		k--
	}
	prep := false
	for k > ss && t-k <= 14 && involvementWords[d.lower[k]] {
		switch d.lower[k] {
		case "of", "in", "with", "for":
			prep = true
		}
		k--
	}
	if !prep || k <= ss {
		return
	}
	var accused []int
	if accusationWords[d.lower[k]] {
		accused = p.accusedSubject(d, k, ss)
	} else {
		accused = p.accusedObject(d, k, ss)
	}
	for _, e := range accused {
		if !hasPart(ev, e) {
			ev.addPart(e, agent)
		}
	}
}

// accusedObject is the named object that ends at token k of an active
// accusation ("accused Posada Carriles in", "accused Nyamwasa and Ngabo
// of"), past one conjunct that names no one ("accused Nyamwasa and the
// other officer of"), or nil.
func (p *Pipeline) accusedObject(d *doc, k, ss int) []int {
	end := k
	if participantEndingAt(d, k) == nil {
		j := k
		for j > ss && k-j < 4 && d.mentionAt[j] < 0 && d.lower[j] != "and" && p.cls(d, j)&(wDet|wAdj|wNoun) != 0 && p.cls(d, j)&(wVerb|wPrep|wPunct) == 0 {
			j--
		}
		if d.lower[j] != "and" {
			return nil
		}
		end = j - 1
	}
	m := participantEndingAt(d, end)
	if m == nil || !accusedKind(d, m) {
		return nil
	}
	out, st := []int{m.ent}, m.start
	if st-2 > ss && d.lower[st-1] == "and" {
		if o := participantEndingAt(d, st-2); o != nil && accusedKind(d, o) {
			out, st = append(out, o.ent), o.start
		}
	}
	if st-1 < ss || !accusationWords[d.lower[st-1]] || d.lower[st-1] == "suspected" {
		return nil
	}
	return out
}

// accusedSubject is the named subject of the accusation word at v in its
// passive or reduced relative ("Grujic has been charged", "He is also
// accused", "six Marines accused"), or nil.
func (p *Pipeline) accusedSubject(d *doc, v, ss int) []int {
	k := v - 1
	if k > ss && (d.lower[k] == "also" || d.lower[k] == "formally" || d.lower[k] == "allegedly") {
		k--
	}
	if k >= ss && isBe(d.lower[k]) {
		k--
		if k >= ss && (d.lower[k] == "has" || d.lower[k] == "have" || d.lower[k] == "had") {
			k--
		}
	}
	if k < ss {
		return nil
	}
	if k == ss && (d.lower[k] == "he" || d.lower[k] == "she") && d.sentOf[ss] > 0 {
		// "He is also accused of": the person the sentence before opens with
		prev := d.sents[d.sentOf[ss]-1]
		if who := sentenceSubject(d, prev.Start, prev.End); who >= 0 {
			return []int{who}
		}
		return nil
	}
	if m := participantEndingAt(d, k); m != nil && accusedKind(d, m) {
		return []int{m.ent}
	}
	return nil
}

// accusedKind: a person or a group can be accused of an attack; a place
// cannot.
func accusedKind(d *doc, m *mention) bool {
	if m.label == "PER" {
		return true
	}
	t := d.ents[m.ent].typ
	return t == extract.Person || t == extract.Organization
}
