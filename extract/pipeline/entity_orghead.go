package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// Body heads (fifteenth session). A name the gazetteer knows as a place can
// be a party or a movement's name as well (the knowledge base types Fatah as a
// city); the phrase around it says which: "the ruling Fatah party", "the
// Fatah movement", "the rival Amal militia". A place name right before such a
// head noun, inside a noun phrase opened by "the", is a body in that mention.
// Checks, read off BBC and Reuters news:
//   - "front" and "union" are left out: "the Muthanna front" is a war's
//     place, "the Belgrade union leaders" a city's branch;
//   - the head must not be followed by a capitalised name, which it then
//     describes: "Glasgow group Franz Ferdinand" is a band from Glasgow;
//   - a name the story also uses as a place ("in Belgrade", "near Fatah")
//     stays a place: "the Moscow group" is then a place modifier;
//   - countries and demonyms never change ("the British group"), nor a name
//     the gazetteer gives as another body's alias ("Islamic Jihad" is
//     listed under Hezbollah): linking it so would rename the body.
// A name read so once, and never as a place, is the body in every mention:
// the story talks of the party ("clashes between Hamas and Fatah").

// bodyHeads are the head nouns that name a political or armed body.
var bodyHeads = map[string]bool{
	"party": true, "movement": true, "group": true, "faction": true, "factions": true,
	"militia": true, "militias": true, "alliance": true, "organization": true,
	"organisation": true, "coalition": true, "rebels": true, "guerrillas": true,
	"militants": true, "loyalists": true,
}

// placeCuePrep are the words before a name that read it as a place.
var placeCuePrep = map[string]bool{
	"in": true, "at": true, "near": true, "to": true, "outside": true, "across": true,
	"into": true, "around": true, "inside": true, "toward": true, "towards": true,
}

// bodyHeadAfter reports a mention read as a body by its head noun.
func bodyHeadAfter(d *doc, m *mention) bool {
	h := m.end
	if h >= len(d.lower) || !bodyHeads[d.lower[h]] || d.words[h] != d.lower[h] {
		return false
	}
	if h+1 < len(d.words) && hasUpperLetter(d.words[h+1][:1]) {
		return false // "Glasgow group Franz Ferdinand"
	}
	// "the" opens the phrase within three lower-case words: "the Fatah
	// movement", "the ruling Fatah party", "the rival armed Fatah faction".
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		w := d.lower[k]
		if w == "the" {
			return true
		}
		if d.words[k] != w || isPunct(w) {
			return false
		}
	}
	return false
}

// typeBodyHeads relabels as ORG the place-labelled mentions a body head
// reads as a body, and every mention of a name the story mostly reads so.
// Called before the gazetteer lookup, so that the ORG label skips the
// place entry.
func (p *Pipeline) typeBodyHeads(d *doc) {
	var body, placed map[string]int
	for _, m := range d.mentions {
		if m.label != "LOC" || m.nominal || m.nested || !bodyHeadAfter(d, m) {
			continue
		}
		if _, ok := p.gaz.Demonym(d.words[m.end-1]); ok {
			continue // "the West German coalition government": a people's word
		}
		if body == nil {
			body, placed = map[string]int{}, map[string]int{}
		}
		body[d.text(m.start, m.end)]++
	}
	if body == nil {
		return
	}
	for _, m := range d.mentions {
		t := d.text(m.start, m.end)
		if _, ok := body[t]; !ok || m.nominal {
			continue
		}
		if m.start > 0 && placeCuePrep[d.lower[m.start-1]] {
			placed[t]++
		}
	}
	for t := range body {
		if placed[t] > 0 || p.placeOrAlias(t) {
			delete(body, t)
		}
	}
	for _, m := range d.mentions {
		if m.label != "LOC" || m.nominal || m.nested {
			continue
		}
		t := d.text(m.start, m.end)
		if _, ok := body[t]; !ok {
			continue
		}
		m.label = "ORG"
		if m.kb != nil && m.kb.Type == extract.Location {
			m.kb = nil
		}
	}
}

// placeOrAlias reports a name the gazetteer knows as a country, or as an
// organization under another name.
func (p *Pipeline) placeOrAlias(t string) bool {
	for _, e := range p.gaz.Lookup(t) {
		if e.Type == extract.Location && strings.EqualFold(e.Subtype, extract.Country) {
			return true
		}
		if e.Type == extract.Organization && !strings.EqualFold(e.Name, t) {
			return true
		}
	}
	return false
}
