package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Heading to a named place is going there: "Yulia Tymoshenko and Viktor
// Yushchenko headed to Yevpatoria Thursday", "Prime Minister Nouri
// al-Maliki is heading to Iran Monday". CAMEO's GO_SOMEWHERE block (042,
// a VISIT in the inventory, as "traveled to") has no "head"; the noun
// "head" is far commoner, so the verb counts only before "to" or "for"
// and a place the text names ("head to work", "the head of" are not
// trips). Added in the twelfth session (trig13).

var headForms = map[string]bool{"head": true, "heads": true, "headed": true, "heading": true}

// headStarts are the words headedTo can fire on (scanWords).
func headStarts() []string { return wordsOf(headForms) }

// headedTo reads a trip from the verb "head" at i of sentence si (a team
// heading to a match abroad is no visit: "New Zealand headed to Wales").
func (p *Pipeline) headedTo(d *doc, i, si int) (cameo.Match, bool) {
	se := d.sents[si].End
	if !headForms[d.lower[i]] || i+2 >= se || d.lower[i+1] != "to" && d.lower[i+1] != "for" {
		return cameo.Match{}, false
	}
	if p.sportsContext(d, si) || p.sportsStory(d, si) {
		return cameo.Match{}, false
	}
	j := i + 2
	if d.lower[j] == "the" {
		j++
	}
	if j >= se {
		return cameo.Match{}, false
	}
	mi := d.mentionAt[j]
	if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Location {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "042", Lemma: "head", Start: i, End: i + 1}, true
}
