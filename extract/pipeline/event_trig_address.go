package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Speaking to a named assembly.
//
// The Guideline makes an address to an assembly a meeting with it:
// "appearing at the U.N. Security Council is a MEET with it" (`dev6`), "an
// address to the U.N. Human Rights Council is a MEET with it" (`dev10`), a
// leader at a named conference or forum makes a MEET with it (`dev14`):
// "Catherine Chanet told the U.N. Human Rights Council Tuesday", "Speaking
// Saturday to the World Economic Forum in Davos", "he speaks to an
// independent group, the Council on Foreign Relations". CAMEO reads "told"
// and "spoke" as speech, which quotes carry. Only a body the text names
// whose name holds an assembly's head word counts, right after the verb
// (or its "to", "at", "before", past a day): "told reporters", "told the
// BBC", "spoke to Mr. Bush" and "told a conference" name no assembly.
// Added in the eighteenth session (helper gather19).

var addressForms = map[string]bool{
	"told": true, "tells": true, "tell": true, "telling": true,
	"addressed": true, "addresses": true, "address": true, "addressing": true,
	"spoke": true, "speaks": true, "speak": true, "speaking": true,
}

// addressStarts are the words bodyAddressed can fire on (scanFamilies).
func addressStarts() []string { return append(wordsOf(addressForms), wordsOf(speechNouns)...) }

// assemblyHeads are the words that make a body's name an assembly's.
var assemblyHeads = map[string]bool{
	"council": true, "assembly": true, "forum": true, "conference": true, "parliament": true,
	"summit": true, "commons": true,
}

// addressLemma marks a match of bodyAddressed (no say verb, which
// scanTriggers skips).
const addressLemma = "address assembly"

// bodyAddressed reads a meeting from a verb of speaking at i of sentence
// si whose listener is a named assembly; the match spans the verb and its
// preposition, so the argument reader takes the assembly as object.
func (p *Pipeline) bodyAddressed(d *doc, i, si int) (cameo.Match, bool) {
	se := d.sents[si].End
	w := d.lower[i]
	if !addressForms[w] && !speechNouns[w] || d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	j := i + 1
	for j < se && dayName(d.lower[j]) {
		j++
	}
	if j < se && (d.lower[j] == "to" || d.lower[j] == "at" || d.lower[j] == "before") {
		j++
	} else if w[0] == 's' || speechNouns[w] {
		return cameo.Match{}, false // "spoke" takes its listener after "to"
	}
	k := j
	if k < se && d.lower[k] == "the" {
		k++
	}
	if !assemblyAt(d, k, se) && audienceAt(d, j, se) == nil { // "told NATO and European Union officials" (event_trig_audience.go)
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "040", Lemma: addressLemma, Start: i, End: j, Nominal: speechNouns[w]}, true
}

// assemblyAt: a named organisation opens at token k and a word of its name
// is an assembly's head ("the U.N. Human Rights Council", "the World
// Economic Forum", "the Council on Foreign Relations").
func assemblyAt(d *doc, k, se int) bool {
	if k >= se {
		return false
	}
	mi := d.mentionAt[k]
	if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Organization {
		return false
	}
	m := d.mentions[mi]
	for t := m.start; t < m.end; t++ {
		if assemblyHeads[d.lower[t]] {
			return true
		}
	}
	return false
}

// addressParts drops the sides of a meeting read by bodyAddressed when no
// speaker was read: the assembly alone met no one ("Speaking Saturday to
// the World Economic Forum in Davos, Switzerland, Japanese Prime Minister
// Taro Aso": the speaker after the participle's clause is not read).
func (p *Pipeline) addressParts(d *doc, ev *event, se int) {
	if ev.typ != "MEET" || !addressForms[d.lower[ev.trigStart]] && !speechNouns[d.lower[ev.trigStart]] {
		return
	}
	k := ev.trigEnd
	if k < se && d.lower[k] == "the" {
		k++
	}
	listeners := audienceAt(d, ev.trigEnd, se)
	if !assemblyAt(d, k, se) && listeners == nil {
		return
	}
	for _, e := range listeners {
		ev.addPart(e, participant) // "told NATO and European Union officials" (event_trig_audience.go)
	}
	for _, pt := range ev.parts {
		if d.ents[pt.ent].typ == extract.Person {
			return
		}
	}
	if e := audienceSpeaker(d, ev.trigStart, se); e >= 0 && speechNouns[d.lower[ev.trigStart]] {
		ev.addPart(e, participant) // "In a speech to his Fatah party in Ramallah, Mr. Abbas said"
		return
	}
	if e := openerSubject(d, ev.trigStart, k, se); e >= 0 {
		ev.addPart(e, participant) // "Addressing the U.N. General Assembly Thursday, Ivo Jovic described" (event_trig_abroad_opener.go)
		if d.mentionAt[k] >= 0 {
			// (an audience read by audienceAt, "Speaking to a meeting of
			// farm ministers", has no assembly mention at k: its listeners
			// are already in)
			ev.addPart(d.mentions[d.mentionAt[k]].ent, participant)
		}
		return
	}
	ev.parts = nil
}
