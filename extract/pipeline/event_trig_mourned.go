package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// A named person's death told by its rites (eighteenth session): "both
// attended the funeral of Pope John Paul II", "expressed condolences for
// Pope John Paul", "deeply saddened by Yasser Arafat's passing". The
// Guideline reads a death the text ties to no attack as a DEATH; a funeral
// or condolences for a person named tell that the person died, as "the
// death of" does (which the lexicon has). Only a person named after "of" /
// "for" / "over", or as the possessor just before the noun, makes one:
// "the funeral of a policeman", "a loss of 2%", "condolences to the
// families" and "the passing of the bill" name no person and stay out.

// mournNouns are the nouns of a person's death rites, with the
// prepositions that name the dead after them.
var mournNouns = map[string]map[string]bool{
	"funeral":     {"of": true, "for": true},
	"funerals":    {"of": true, "for": true},
	"condolences": {"for": true, "over": true, "on": true},
	"passing":     {"of": true},
	"burial":      {"of": true},
}

// mournedLemma marks personMourned's matches for mournedArgs.
const mournedLemma = "mourn"

// personMourned reads "the funeral of <person>" or "<person>'s funeral"
// at i; the match spans the noun alone.
func (p *Pipeline) personMourned(d *doc, i, ss, se int) (cameo.Match, bool) {
	preps, ok := mournNouns[d.lower[i]]
	if !ok {
		return cameo.Match{}, false
	}
	m := cameo.Match{Code: cameo.CodeDie, Lemma: mournedLemma, Start: i, End: i + 1, Nominal: true}
	if i-2 >= ss && (d.lower[i-1] == "'s" || d.lower[i-1] == "’s") && personMention(d, i-2) {
		return m, true // "Arafat's funeral", "the pontiff's passing" needs the name
	}
	if i+2 >= se || !preps[d.lower[i+1]] {
		return cameo.Match{}, false
	}
	for k := i + 2; k < se && k <= i+6; k++ {
		if personMention(d, k) {
			return m, true
		}
		w := d.lower[k]
		if w == "the" || w == "late" || w == "former" || titleWord(w) || officeTitles[w] || rulerWords[w] {
			continue // "the late Pope", "former President"
		}
		return cameo.Match{}, false
	}
	return cameo.Match{}, false
}

// mournedEnd reports a trigger that ends on a rite telling a named
// person's death ("attended the funeral of former President Gerald Ford"):
// the scan goes on to read that noun, since the attendance and the death
// are two events.
func (p *Pipeline) mournedEnd(d *doc, m cameo.Match, ss, se int) bool {
	k := m.End - 1
	if _, rite := mournNouns[d.lower[k]]; !rite || k == m.Start {
		return false
	}
	_, died := p.personMourned(d, k, ss, se)
	return died
}

// mournedArgs keeps the dead person as the one PATIENT: those attending or
// sending condolences are no part of the death.
func mournedArgs(d *doc, ev *event, m cameo.Match, se int) {
	dead := -1
	if m.Start-2 >= 0 && personMention(d, m.Start-2) && (d.lower[m.Start-1] == "'s" || d.lower[m.Start-1] == "’s") {
		dead = d.mentions[d.mentionAt[m.Start-2]].ent
	}
	for k := m.End + 1; dead < 0 && k < se && k <= m.End+5; k++ {
		if personMention(d, k) {
			dead = d.mentions[d.mentionAt[k]].ent
		}
	}
	if dead < 0 {
		return
	}
	ev.parts = ev.parts[:0]
	ev.addPart(dead, patient)
}
