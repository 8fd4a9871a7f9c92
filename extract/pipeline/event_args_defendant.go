package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The defendant told again (fifteenth session, legal16): "Andrew Mwenda
// was arrested ... He has since been freed on bail", "He was sentenced to
// 18 years in prison", "The governor was arrested prior to last year's
// tsunami", "They later released him on bail", "Her conviction angered
// some in Australia". A court story names the person once and then
// follows them with a pronoun or a bare description; the readers take
// participants from names only, so the later arrest, trial or sentence
// went unread (TUNE: 9 of the 46 legal misses "no participant read").
// The person the pronoun or description stands for is the defendant of
// the story's last legal event in the three sentences before (its
// PATIENT, a person), or else the person the sentence before opens with.
// Only the defendant's slot is read: a subject pronoun of a passive or of
// "appear", "face", "stand", "plead" (not "He charged"), an object pronoun
// right after the verb ("released him"), a possessive before the noun
// ("his arrest"), or "the" and a person noun as the passive's subject.

// legalTypes are the events that have a defendant.
var legalTypes = map[string]bool{"ARREST": true, "TRIAL": true, "SENTENCE": true}

// defendantSubjectVerbs have the defendant as their active subject.
var defendantSubjectVerbs = map[string]bool{"appear": true, "face": true, "stand": true, "plead": true, "go": true}

// defendantNouns describe a defendant told again ("the governor", "the
// former dictator", "the movie star").
var defendantNouns = map[string]bool{
	"governor": true, "dictator": true, "star": true, "singer": true, "actor": true, "actress": true, "president": true,
	"minister": true, "general": true, "defendant": true, "accused": true, "businessman": true, "tycoon": true,
	"former": true, "mayor": true, "senator": true, "lawmaker": true, "cleric": true, "journalist": true, "man": true, "woman": true,
}

// defendantBefore gives ev, read with no PATIENT, the defendant its
// pronoun or description stands for.
func (p *Pipeline) defendantBefore(d *doc, ev *event, m rawTrigger, si int) {
	pron := p.defendantSlot(d, m, si)
	if pron == "" {
		return
	}
	who := -1
	for k := len(d.events) - 1; k >= 0 && who < 0; k-- {
		o := d.events[k]
		if o.dropped || !legalTypes[o.typ] || o.sentence >= si || o.sentence < si-3 {
			continue
		}
		for _, pt := range o.parts {
			if pt.role == patient && d.ents[pt.ent].typ == extract.Person {
				who = pt.ent
				break
			}
		}
	}
	if who < 0 && si > 0 {
		who = sentenceSubject(d, d.sents[si-1].Start, d.sents[si-1].End)
	}
	if who < 0 || pron != "the" && otherGender(d, who, pron) {
		return
	}
	ev.addPart(who, patient)
}

// defendantSlot returns the pronoun ("he", "him", "her") or "the" that
// holds the defendant's slot of trigger m in sentence si, or "".
func (p *Pipeline) defendantSlot(d *doc, tr rawTrigger, si int) string {
	m := tr.m
	s := d.sents[si]
	i := m.Start
	if m.Nominal {
		if i > s.Start {
			if w := d.lower[i-1]; w == "his" || w == "her" {
				return w // "Her conviction angered some"
			}
		}
		return ""
	}
	for _, j := range [2]int{i + 1, m.End} {
		// "released him on bail" (inside the match), "charged him" (after it)
		if j < s.End && j <= m.End && (d.lower[j] == "him" || d.lower[j] == "her") && d.mentionAt[j] < 0 {
			return d.lower[j]
		}
	}
	passive := false
	for k := i - 1; k >= s.Start && k >= i-3; k-- {
		if isBe(d.lower[k]) {
			passive = true
			break
		}
	}
	if !passive && !defendantSubjectVerbs[m.Lemma] {
		return ""
	}
	k := p.frontedEnd(d, si)
	if k < s.End && (d.lower[k] == "he" || d.lower[k] == "she") && d.mentionAt[k] < 0 {
		return d.lower[k] // "He was sentenced to 18 years"
	}
	if k+1 < i && d.lower[k] == "the" {
		for j := k + 1; j < i && j <= k+3; j++ {
			if d.mentionAt[j] >= 0 {
				return ""
			}
			if defendantNouns[d.lower[j]] && (j+1 >= i || isBe(d.lower[j+1]) || d.lower[j+1] == "has" || d.lower[j+1] == "had") {
				return "the" // "The governor was arrested"
			}
		}
	}
	return ""
}
