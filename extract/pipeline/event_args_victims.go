package pipeline

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// The victims of an attack told in a sentence of their own (seventeenth
// session, helper atk18).
//
// News of a bombing tells the toll first and who was in it after: "a
// suicide bomber has killed seven people ... Two policemen were among those
// killed", "found the bodies of 14 pilgrims slaughtered Thursday. Officials
// say the victims included 11 Pakistanis and three Indians", "seven people
// have been killed in a suicide bombing ... the dead include a U.S.
// soldier, a U.S. contractor and five Iraqi government workers", "Among the
// dead are five Pakistani soldiers", "eight Pakistanis were among the more
// than 90 people wounded in the blast". The Guideline reads a nationality
// on the victim's noun as its country or people, and participants are
// named anywhere in the story: the labels give each such attack the
// peoples and persons of the list as its PATIENTs. The readers of the
// attack's own sentence cannot see them, and the casualty noun ("the
// dead") reads as a DEATH of its own.
//
// A victims statement is one of three English shapes, each a copular or
// "include" clause about the casualties of an attack just told:
//
//	X were among those killed / the dead / the victims / the people wounded
//	Among the dead are X
//	the dead / victims / casualties / wounded include(d) X, ... were X
//
// The attack is the one its own sentence names after the statement ("among
// those wounded in the blast"); else the one attack of the sentence just
// before in the same item (one sentence with none between may be
// skipped), and only when that sentence tells one attack: with two, whose
// victims they are is unclear. The statement's own "killed" or "dead" is
// the same attack told again: it joins it rather than standing alone.

// casualtyWords name an attack's casualties as a group.
var casualtyWords = map[string]bool{
	"killed": true, "dead": true, "wounded": true, "injured": true, "victims": true, "casualties": true,
	"hurt": true, "slain": true,
}

// includeForms tell what a group of casualties is made of.
var includeForms = map[string]bool{"include": true, "included": true, "includes": true, "including": true}

// victimsSpan returns the tokens [from, to) of sentence si that name the
// casualties of an attack, and the end of the statement (the first token
// after its casualty words), or ok false when si holds no victims
// statement.
func (p *Pipeline) victimsSpan(d *doc, si int) (from, to, end int, ok bool) {
	s := d.sents[si]
	start := s.Start
	for k := s.Start; k < s.End; k++ {
		if sayForms[d.lower[k]] {
			start = k + 1 // "Officials say the victims included": after the reporter
			break
		}
	}
	for k := start; k+2 < s.End; k++ {
		w := d.lower[k]
		switch {
		case w == "among" && k > start && isBe(d.lower[k-1]):
			// "X were among those killed", "X were among the more than 90 people wounded"
			j, n := k+1, 0
			for ; j < s.End && n < 7 && !casualtyWords[d.lower[j]]; j, n = j+1, n+1 {
				if d.lower[j] == "," || d.mentionAt[j] >= 0 {
					j = s.End
				}
			}
			if j >= s.End || !casualtyWords[d.lower[j]] {
				return 0, 0, 0, false
			}
			return start, k - 1, j + 1, true
		case w == "among" && k == start && d.lower[k+1] == "the" && k+3 < s.End && casualtyWords[d.lower[k+2]] && isBe(d.lower[k+3]):
			// "Among the dead are five Pakistani soldiers"
			return k + 4, victimsEnd(d, k+4, s.End), k + 3, true
		case w == "the" && casualtyWords[d.lower[k+1]] && (includeForms[d.lower[k+2]] || isBe(d.lower[k+2])) && k+3 < s.End:
			// "the dead include a U.S. soldier", "the victims were Muslim and Croat residents"
			if d.lower[k+2] == "being" || d.lower[k+2] == "been" || p.participle(d, k+3) {
				return 0, 0, 0, false // "the wounded were taken to the hospital"
			}
			return k + 3, victimsEnd(d, k+3, s.End), k + 2, true
		}
	}
	return 0, 0, 0, false
}

// victimsEnd ends a list of victims at a clause of its own (", who", "when").
func victimsEnd(d *doc, from, to int) int {
	for k := from; k < to; k++ {
		if clauseBreaks[d.lower[k]] {
			return k
		}
	}
	return to
}

// victimsIn returns the entities tokens [from, to) name as victims: persons,
// groups and peoples, and a country on a victim's noun ("a U.S. soldier");
// not a place they are in or from ("pilgrims from Pakistan").
func victimsIn(d *doc, from, to int) []int {
	var out []int
	for mi, m := range d.mentionsIn(from, to) {
		if m.ent < 0 || m.nominal {
			continue
		}
		e := d.ents[m.ent]
		switch {
		case e.typ == extract.Person || e.typ == extract.Organization:
		case m.label == "NORP":
		case e.typ == extract.Location && e.subtype == extract.Country && m.end < to && d.mentionAt[m.end] < 0:
			// a country on its people's noun ("a U.S. contractor")
		default:
			continue
		}
		if inPlacePhrase(d, from, m.start) {
			continue // "militants from the al-Aqsa Martyrs' Brigades", "an offshoot of the mainstream Fatah Party": not who was hit
		}
		if c := countryOf(d, mi); c >= 0 {
			out = appendUnique(out, c)
			continue
		}
		out = appendUnique(out, m.ent)
	}
	return out
}

// homeForceIn: tokens [from, to) name a home force's people struck, with
// no country on them ("two policemen", "four police officers").
func (p *Pipeline) homeForceIn(d *doc, from, to int) bool {
	for h := from; h < to; h++ {
		if home, ok := p.forceVictimNoun(d, h, from); ok && home {
			return true
		}
	}
	return false
}

// inPlacePhrase: a preposition of place or origin stands between the list
// item's start (the last comma or "and" before k, or from) and token k.
func inPlacePhrase(d *doc, from, k int) bool {
	for j := k - 1; j >= from; j-- {
		switch w := d.lower[j]; {
		case w == "," || w == "and":
			return false
		case placePreps[w]:
			return true
		}
	}
	return false
}

// victimsTold adds the victims a statement names to the attack it tells
// of, and folds the statement's own casualty events into it.
func (p *Pipeline) victimsTold(d *doc) {
	told := map[int]bool{} // sentences holding a victims statement that names someone
	for si := range d.sents {
		from, to, end, ok := p.victimsSpan(d, si)
		if !ok {
			continue
		}
		victims := victimsIn(d, from, to)
		force := len(victims) == 0 && p.homeForceIn(d, from, to)
		if len(victims) == 0 && !force {
			continue
		}
		target := toldAttack(d, si, end)
		if target == nil {
			continue
		}
		if force {
			// "Two policemen were among those killed": the state whose police
			// they are, as struckForce reads it in the attack's own sentence
			ts := d.sents[target.sentence]
			_, e := p.reportingSubject(d, ts.Start, ts.End)
			if e < 0 {
				e = homeState(d, ts.Start, ts.End)
			}
			if e < 0 {
				continue
			}
			victims = []int{e}
		}
		if len(target.parts) == 0 && !target.nominal && !slices.Contains(d.events, target) {
			d.events = append(d.events, target) // "pilgrims slaughtered Thursday": its victims named now
		}
		told[si] = true
		for _, e := range victims {
			if !hasPart(target, e) {
				target.addPart(e, patient)
			}
		}
		target.sentences = appendUnique(target.sentences, si)
		for _, ev := range d.events {
			if ev != target && !ev.dropped && ev.sentence == si && ev.trigStart >= from && ev.trigStart < end && casualtyEvent(d, ev) {
				// "those killed", "the dead": the attack's toll told again
				d.guarded(guardVictimsTold, ev)
				ev.dropped = true
			}
		}
	}
	for _, ev := range d.events {
		// a casualty noun told only in victims statements ("the dead include
		// ... Among the dead are"), merged into one event before this pass
		if ev.dropped || !casualtyEvent(d, ev) || len(told) == 0 {
			continue
		}
		all := true
		for _, si := range ev.sentences {
			all = all && told[si]
		}
		if all {
			d.guarded(guardVictimsTold, ev)
			ev.dropped = true
		}
	}
}

// casualtyEvent: ev is a death, injury or killing read off a casualty word
// ("the dead", "those killed").
func casualtyEvent(d *doc, ev *event) bool {
	return (ev.typ == "ATTACK" || ev.typ == "DEATH" || ev.typ == "INJURY") && casualtyWords[d.lower[ev.trigEnd-1]]
}

// guardVictimsTold names, in the guard audit, a casualty event folded
// into the attack its victims statement tells of.
const guardVictimsTold = "fold:victims-told"

// toldAttack is the one attack a victims statement in sentence si (ending
// at token end) tells of, or nil.
func toldAttack(d *doc, si, end int) *event {
	if one, n := attacksIn(d, si, end); n == 1 {
		return one // "among those wounded in the blast"
	} else if n > 1 {
		return nil
	}
	for back := si - 1; back >= 0 && back >= si-2; back-- {
		if itemBreak(d, back, si) {
			return nil
		}
		one, n := attacksIn(d, back, -1)
		switch {
		case n == 1 && one.another:
			return nil // "a second suicide bomber triggered another explosion. Among the dead are": the toll is of both
		case n == 1:
			return one
		case n > 1:
			return nil
		}
	}
	return nil
}

// attacksIn returns the attack events told in sentence si (after token
// from when from >= 0) and how many distinct ones there are; an attack verb
// told with no one named counts (blameCandidates).
func attacksIn(d *doc, si, from int) (*event, int) {
	var one *event
	seen := map[*event]bool{}
	for _, ev := range blameCandidates(d) {
		if seen[ev] || ev.dropped || ev.typ != "ATTACK" || ev.unreal || !containsInt(ev.sentences, si) {
			continue
		}
		if from >= 0 && (ev.sentence != si || ev.trigStart < from) {
			continue
		}
		if one != nil && one.sentence == ev.sentence && resultClause(d, ev) {
			continue // "ambushed a bus, killing nine passengers": one attack
		}
		seen[ev] = true
		one = ev
	}
	return one, len(seen)
}

// resultClause: ev is a participle after a comma that tells what the
// clause before it did ("ambushed a bus, killing nine passengers").
func resultClause(d *doc, ev *event) bool {
	return !ev.nominal && ev.trigStart > 0 && d.lower[ev.trigStart-1] == "," && strings.HasSuffix(d.lower[ev.trigStart], "ing")
}
