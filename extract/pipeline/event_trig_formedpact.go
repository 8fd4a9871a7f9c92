package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// pactFormed (twenty-first session, helper trig22): forming a
// partnership, an alliance, a coalition or a joint venture WITH a named
// other side is an AGREEMENT between the two ("General Motors has formed a
// partnership with rival DaimlerChrysler", "Zardari has formed a coalition
// with the party of Nawaz Sharif"). The "with" and a name after it are the
// sense guard: one forming a coalition government alone ("the Democrat
// Party formed a new coalition government") or trying to form one names
// no pact made. Shares pactSigned's scanSigned bit.

// formForms are the verbs of forming a pact body.
var formForms = map[string]bool{
	"formed": true, "forged": true, "created": true, "established": true, "launched": true,
}

// formedBodies head what is formed with another side.
var formedBodies = map[string]bool{
	"partnership": true, "alliance": true, "coalition": true, "venture": true, "consortium": true,
}

// formedPactStarts are the words pactFormed fires on (scanFamilies).
func formedPactStarts() []string { return wordsOf(formForms) }

// pactFormed reads "formed a (adjectives) partnership with NAME" at i.
func (p *Pipeline) pactFormed(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !formForms[d.lower[i]] || i+3 >= se {
		return cameo.Match{}, false
	}
	if i > ss && (p.cls(d, i-1)&wDet != 0 || isBe(d.lower[i-1]) || d.lower[i-1] == "been") {
		return cameo.Match{}, false // "the newly formed alliance", "was formed with": no former named
	}
	j := i + 1
	if w := d.lower[j]; w != "a" && w != "an" && w != "the" && w != "its" && w != "their" {
		return cameo.Match{}, false
	}
	j++
	for n := 0; j < se && n < 3 && !formedBodies[d.lower[j]]; n++ {
		if d.mentionAt[j] >= 0 || p.cls(d, j)&(wAdj|wNoun) == 0 {
			return cameo.Match{}, false
		}
		j++
	}
	if j >= se || !formedBodies[d.lower[j]] {
		return cameo.Match{}, false
	}
	if j+1 < se && d.lower[j+1] == "government" {
		j++ // "a coalition government with the Labor Party"
	}
	if j+2 >= se || d.lower[j+1] != "with" {
		return cameo.Match{}, false
	}
	// a name within four words after "with" ("with rival DaimlerChrysler",
	// "with the political party of former prime minister Nawaz Sharif")
	for k := j + 2; k < se && k <= j+9; k++ {
		if d.mentionAt[k] >= 0 {
			return cameo.Match{Code: "057", Lemma: "form pact", Start: i, End: j + 1}, true
		}
		if p.cls(d, k)&(wVerb|wPunct) != 0 || p.cls(d, k)&wPrep != 0 && d.lower[k] != "of" {
			break // "a joint venture with headquarters in London": no side named
		}
	}
	return cameo.Match{}, false
}
