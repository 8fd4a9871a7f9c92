package pipeline

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract"
)

// A person described in the lead and named in the sentence after it: news
// tells an arrest, a trial or a kidnapping with whom it befell only
// described ("Indonesian police have arrested a man believed to have
// played a key role", "An Afghan court has sentenced a women's magazine
// editor", "an Italian photographer kidnapped in Afghanistan") and names
// that person in the next sentence ("Ali Mohaqiq Nasab was arrested on
// October 1", "Italy's Defense Ministry said Gabriele Torsello was
// released"). It is the largest form in the thirteenth session's count of
// TUNE misses whose participant the trigger's sentence does not name (29
// of 147, event_args_storyref.go). The description is resolved only when
// the next sentence names exactly one person the story has not named
// before (so no earlier person can be the one described) and no item
// break lies between; a plural description ("about 40 activists", "a man
// and six women") is left alone.

// namedActs are the event types whose patient a lead describes first.
var namedActs = map[string]bool{"ARREST": true, "TRIAL": true, "SENTENCE": true, "ATTACK": true, "INJURY": true}

// describedNouns head a description of one person beside personNouns and
// agentNouns: "a women's magazine editor", "a top member".
var describedNouns = map[string]bool{
	"editor": true, "photographer": true, "cameraman": true, "correspondent": true, "member": true,
	"head": true, "chief": true, "engineer": true, "lawmaker": true, "legislator": true, "citizen": true,
	"national": true, "hunter": true, "professor": true, "scientist": true, "executive": true, "aide": true,
}

// onePersonNoun: w heads a description of one person.
func onePersonNoun(w string) bool {
	return personNouns[w] || agentNouns[w] || describedNouns[w]
}

// namedNextPatient gives an event whose patient is described, not named,
// the one new person the next sentence names.
func (p *Pipeline) namedNextPatient(d *doc, ev *event, ss, se int) {
	if ev.unreal || ev.nominal || !namedActs[ev.typ] {
		return
	}
	for _, pt := range ev.parts {
		if pt.role == patient && d.ents[pt.ent].typ == extract.Person {
			return // (a country the description's nationality gave may stay: "an Italian photographer")
		}
	}
	from, to := p.describedObject(d, ev.typ, ev.trigEnd, se)
	if from < 0 {
		from, to = p.describedBefore(d, ev.typ, ev.trigStart, ss)
	}
	if from < 0 {
		return
	}
	si := ev.sentence
	if si+1 >= len(d.sents) || itemBreak(d, si, si+1) {
		return
	}
	e := newPerson(d, si+1)
	if e < 0 || !toldOf(d, si+1, e, d.lower[to-1]) {
		e = verdictPerson(d, ev.typ, from, si+1) // "found Sergeant Hasan Akbar guilty" (event_args_nameddefendant.go)
	}
	if e < 0 || hasEnt(ev, e) {
		return
	}
	// the description's nationality is the person's, not a second
	// patient: "an Italian photographer" is Gabriele Torsello
	kept := ev.parts[:0]
	for _, pt := range ev.parts {
		if pt.role == patient && nationalityIn(d, pt.ent, from, to) {
			continue
		}
		kept = append(kept, pt)
	}
	ev.parts = kept
	ev.addPart(e, patient)
}

// nationalityIn: entity e is named in tokens [from, to) by a people's
// adjective ("Italian").
func nationalityIn(d *doc, e, from, to int) bool {
	for _, m := range d.mentionsIn(from, to) {
		if m.ent == e && (m.label == "NORP" || m.label == "MISC") {
			return true
		}
	}
	return false
}

// describedObject: an active verb ending at k takes as its object a
// description of one person with no person's name in it: "arrested a
// man", "sentenced a women's magazine editor", "killed the head of the
// U.N. Development Program for Somalia" (a definite one too: whether it
// is someone named before, newPerson's test that the name is new
// decides). It returns
// the description's tokens, or -1, -1.
func (p *Pipeline) describedObject(d *doc, typ string, k, se int) (int, int) {
	if k >= se || d.lower[k] != "a" && d.lower[k] != "an" && d.lower[k] != "the" {
		return -1, -1 // (a definite one is first told too: "remanded into custody the first suspect charged")
	}
	for j := k + 1; j < se && j <= k+6; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent >= 0 && d.ents[m.ent].typ == extract.Person && m.label != "NORP" && m.label != "MISC" {
				return -1, -1 // (a body may describe the person: "a key Taliban commander", "a top member of Hamas")
			}
			j = m.end - 1
			continue
		}
		w := d.lower[j]
		if describedDefendant(typ, w) {
			if j+1 < se && (d.lower[j+1] == "and" || d.lower[j+1] == ",") {
				return -1, -1 // ("a man and six women")
			}
			return k, j + 1
		}
		if w == "," || w == "and" || w == "who" || isQuoteMark(d.words[j]) {
			return -1, -1
		}
	}
	return -1, -1
}

// describedBefore: a participle trigger at t follows the description of
// one person it befell: "an Italian photographer kidnapped in
// Afghanistan", "a local journalist was abducted". It returns the
// description's tokens, or -1, -1.
func (p *Pipeline) describedBefore(d *doc, typ string, t, ss int) (int, int) {
	k := t - 1
	if k > ss && (d.lower[k] == "was" || d.lower[k] == "been") {
		k--
		if k > ss && (d.lower[k] == "has" || d.lower[k] == "had") {
			k--
		}
	} else if e := d.sents[d.sentOf[t]].End; t+1 < e && !p.participle(d, t) || t+1 < e && p.cls(d, t+1)&(wPrep|wPunct) == 0 && !timeWord(d.lower[t+1]) {
		return -1, -1 // an active verb: "a suicide car bomber attacked a checkpoint" tells the doer
	}
	if k <= ss || d.mentionAt[k] >= 0 || !describedDefendant(typ, d.lower[k]) {
		return -1, -1
	}
	for j := k - 1; j >= ss && j >= k-5; j-- {
		if mi := d.mentionAt[j]; mi >= 0 {
			m := d.mentions[mi]
			if m.label != "NORP" && m.label != "MISC" {
				return -1, -1
			}
			j = m.start
			continue
		}
		switch w := d.lower[j]; {
		case w == "a" || w == "an":
			return j, k + 1
		case w == "," || w == "and" || w == "the" || isQuoteMark(d.words[j]):
			return -1, -1
		}
	}
	return -1, -1
}

// newPerson is the person sentence si names whom the story has not named
// before it: the only one, or the one that opens the sentence as its
// subject ("Ali Mohaqiq Nasab was arrested after his magazine,
// Haqooq-i-Zan, argued"); -1 when it names none, or several and none
// opens it, or opens with a person named before.
func newPerson(d *doc, si int) int {
	s := d.sents[si]
	var fresh []int
	opener := -1
	for _, m := range d.mentionsIn(s.Start, s.End) {
		if m.ent < 0 || d.ents[m.ent].typ != extract.Person || m.nominal {
			continue
		}
		old := false
		for _, mi := range d.ents[m.ent].mentions {
			if d.mentions[mi].start < s.Start {
				old = true
			}
		}
		if old {
			return -1 // a person named before is in it: the one described may be that person
		}
		if len(fresh) == 0 && opensSentence(d, s.Start, m.start) {
			opener = m.ent
		}
		if !slices.Contains(fresh, m.ent) {
			fresh = append(fresh, m.ent)
		}
	}
	if len(fresh) == 1 {
		return fresh[0]
	}
	return opener
}

// toldOf: the first mention of person e in sentence si is what the
// sentence tells of, not a name in passing: it opens the sentence, or a
// report's clause ("officials say Humberto Valbuena ... was killed",
// "quotes police as saying Iwan Darmawan"), or follows the head noun of
// the description it names ("a key Taliban commander ... captured
// Taliban commander Sher Mohammad Qasab"). Not "a raid on the home of a
// senior Sunni Arab politician, Adnan al-Dulaymi", another story's man.
func toldOf(d *doc, si, e int, head string) bool {
	s := d.sents[si]
	for _, m := range d.mentionsIn(s.Start, s.End) {
		if m.ent != e {
			continue
		}
		if opensSentence(d, s.Start, m.start) {
			return true
		}
		for j := m.start - 1; j >= s.Start && j >= m.start-3; j-- {
			w := d.lower[j]
			if w == head || sayForms[w] || w == "saying" || w == "that" {
				return true
			}
			if d.mentionAt[j] >= 0 || w == "," || w == "of" {
				return false
			}
		}
		return false
	}
	return false
}
