package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A leader speaking somewhere abroad is on a trip there.
//
// The Guideline makes a political actor's presence in a place a VISIT
// ("is in Moscow", the `dev10` reading) and a commissioner who "told
// officials in Thailand" or a speaker at a forum in a city made one (the
// `dev34` reading): "Mohamed ElBaradei ... spoke to reporters in Paris",
// "Congressman Tom Lantos ... spoke in Beijing", "his Irish counterpart,
// Bertie Ahern, spoke in Belfast" (a VISIT of Ahern only). Speaking in
// one's own country tells no trip ("President Bush spoke in Washington",
// "Blair told reporters in London"): the trip needs the speaker's own
// country (homeCode: the gazetteer's country of the person, or of the
// state whose title they hold) to differ from the place's. CAMEO codes
// speaking as a statement (010) and has no trip in it. Added in the
// eighteenth session (helper abroad19).

// abroadForms are the verbs a leader's presence somewhere is told with
// before "in" and the place (abroadSpoke): speech ("spoke in", "told
// reporters in") and meeting ("have met in London": the guest's trip, beside
// the meeting the verb tells). Not "said": "said in a statement", "said in
// an interview" name no place, and a dateline "said in Paris" is the
// reporter's.
var abroadForms = map[string]bool{
	"spoke": true, "speaks": true, "speaking": true, "told": true, "met": true,
}

// abroadLemma marks a trip read by abroadSpoke.
const abroadLemma = "speak abroad"

// abroadStarts are the words abroadSpoke can fire on (scanFamilies): the
// "in" before the place.
func abroadStarts() []string { return []string{"in"} }

// audienceNouns may stand between a speech verb and the place: "spoke to
// reporters in Paris", "told officials in Thailand".
var audienceNouns = map[string]bool{
	"reporters": true, "journalists": true, "officials": true, "students": true, "lawmakers": true,
	"leaders": true, "audience": true, "crowd": true, "supporters": true, "troops": true,
	"diplomats": true, "media": true, "an": true, "a": true, "the": true, "to": true,
}

// remarkNouns: "made the comment Saturday in Manama".
var remarkNouns = map[string]bool{"comment": true, "comments": true, "remarks": true, "remark": true}

// abroadVerb is the verb before the "in" at i that tells where its subject
// is ("spoke to reporters in", "told officials Thursday in", "made the
// comment Saturday in", "have met in"), or -1.
func abroadVerb(d *doc, i, ss int) int {
	j := i - 1
	for n := 0; j > ss && n < 4 && d.mentionAt[j] < 0 && (audienceNouns[d.lower[j]] || dayName(d.lower[j])); n++ {
		j--
	}
	if j <= ss || d.mentionAt[j] >= 0 {
		return -1
	}
	if abroadForms[d.lower[j]] {
		return j
	}
	if remarkNouns[d.lower[j]] && j-2 > ss && d.lower[j-2] == "made" {
		switch d.lower[j-1] {
		case "the", "his", "her", "these", "those":
			return j - 2
		}
	}
	return -1
}

// placeCode is the gazetteer's country of place entity e: its own code for
// a country, the code of the country it lies in for a city; "" unknown.
func placeCode(d *doc, e int) string {
	ent := d.ents[e]
	if ent.subtype == extract.Country && ent.country == "" && len(ent.kb) == 3 {
		return ent.kb
	}
	return ent.country
}

// homeCode is person e's own country: the gazetteer's country of the
// person, else the country whose title they hold ("Iran Foreign Minister
// Manouchehr Mottaki"); "" when unknown.
func homeCode(d *doc, e int) string {
	if c := d.ents[e].country; c != "" {
		return c
	}
	for _, r := range d.roles {
		if r.person != e || r.org < 0 {
			continue
		}
		if o := d.ents[r.org]; o.typ == extract.Location {
			return placeCode(d, r.org)
		}
	}
	return ""
}

// abroad: person e is known to be away from home in place e.
func abroad(d *doc, person, place int) bool {
	h, c := homeCode(d, person), placeCode(d, place)
	return h != "" && c != "" && h != c
}

// speakers are the people the sentence tells as the subject of the verb
// at i: the noun phrase right before it ("Blair and his Irish counterpart,
// Bertie Ahern, spoke"), else a person opening the sentence followed by an
// apposition ("Mohamed ElBaradei, the chief of the ..., spoke").
func (p *Pipeline) speakers(d *doc, i, ss int) []int {
	for i-1 > ss && isAux(d.lower[i-1]) {
		i-- // "have met"
	}
	var out []int
	for _, e := range p.npLeft(d, i, ss).ents {
		if d.ents[e].typ == extract.Person {
			out = append(out, e)
		}
	}
	if len(out) > 0 {
		return out
	}
	mi := d.mentionAt[ss]
	if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Person {
		return nil
	}
	m := d.mentions[mi]
	if m.end >= i || d.lower[m.end] != "," || i-1 <= m.end || d.lower[i-1] != "," {
		return nil
	}
	for j := m.end + 1; j < i-1; j++ {
		if w := d.lower[j]; w == "who" || w == "which" || w == "that" || w == "after" || w == "when" {
			return nil // "Blair, who met Ahern, spoke": a clause, not an apposition
		}
	}
	return []int{m.ent}
}

// abroadSpoke reads a trip from the "in" at i of sentence si after a
// verb of speech or meeting whose subject names a person away from home
// in the place it names.
func (p *Pipeline) abroadSpoke(d *doc, i, si int) (cameo.Match, bool) {
	ss, se := d.sents[si].Start, d.sents[si].End
	if d.lower[i] != "in" || i+1 >= se || i != ss && i-2 < ss && d.lower[ss] != "speaking" {
		return cameo.Match{}, false
	}
	place := placeAt(d, i+1, se)
	if place < 0 {
		return cameo.Match{}, false
	}
	if len(p.abroadVisitors(d, i, ss, se, place)) == 0 || p.sportsContext(d, si) || p.sportsStory(d, si) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "042", Lemma: abroadLemma, Start: i, End: i + 1}, true
}

// awayHome are the people told as the subject of the verb at v whose own
// country differs from the place's.
func (p *Pipeline) awayHome(d *doc, v, ss, place int) []int {
	var away []int
	for _, e := range p.speakers(d, v, ss) {
		if abroad(d, e, place) {
			away = append(away, e)
		}
	}
	return away
}

// abroadParts gives a trip read by abroadSpoke its visitors and place:
// each subject away from home, not one at home ("Blair and ... Ahern
// spoke in Belfast": Ahern's trip), and the place.
func (p *Pipeline) abroadParts(d *doc, ev *event, ss, se int) {
	if ev.typ != "VISIT" || d.lower[ev.trigStart] != "in" || ev.trigStart+1 >= se {
		return
	}
	place := placeAt(d, ev.trigStart+1, se)
	if place < 0 {
		return
	}
	away := p.abroadVisitors(d, ev.trigStart, ss, se, place)
	if len(away) == 0 {
		return
	}
	ev.parts = nil
	for _, e := range away {
		ev.addPart(e, agent)
	}
	ev.addPart(place, patient)
}

// abroadVisitors are the people the "in" at i places away from home in
// place: the subject of a verb of speech or meeting before it (abroadVerb),
// or, when the sentence opens with it, the person subject after the
// fronted place ("In Colombia on Wednesday, Secretary Rice pledged").
func (p *Pipeline) abroadVisitors(d *doc, i, ss, se, place int) []int {
	if i != ss && !frontedAfterAdverb(d, i, ss) {
		v := abroadVerb(d, i, ss)
		if v >= 0 {
			return p.awayHome(d, v, ss, place)
		}
		if away := p.presentVisitors(d, i, ss, se, place); len(away) > 0 {
			return away // "Naji Otri, who is in Tehran" (event_trig_abroad_present.go)
		}
		if away := p.meetPlacedVisitors(d, i, ss, se, place); len(away) > 0 {
			return away // "Zapatero met with ... Lula in Brasilia"
		}
		return openingSpeaker(d, i, ss, se, place) // "Speaking in Jakarta, ... Nyan Win said" (event_trig_abroad_opener.go)
	}
	e := frontedSubject(d, i+1, se) // also after "Earlier today" (frontedAfterAdverb)
	if e < 0 || !abroad(d, e, place) {
		return nil
	}
	return []int{e}
}

// frontedSubject is the person opening the clause after a fronted place
// phrase starting at k ("Colombia on Wednesday, Secretary Rice pledged"):
// the phrase is the place, a day and a comma, the subject a person's name
// (after a title) followed by a past-tense verb; else -1.
func frontedSubject(d *doc, k, se int) int {
	mi := d.mentionAt[k]
	if mi < 0 {
		return -1
	}
	k = d.mentions[mi].end
	if k+1 < se && d.lower[k] == "on" && dayName(d.lower[k+1]) {
		k += 2
	} else if k < se && dayName(d.lower[k]) {
		k++
	}
	if k >= se || d.lower[k] != "," {
		return -1
	}
	k++
	for n := 0; k < se && n < 4 && d.mentionAt[k] < 0 && capitalWord(d, k); n++ {
		k++
	}
	if !personMentionAt(d, k, se) {
		return -1
	}
	m := d.mentions[d.mentionAt[k]]
	if m.end >= se || d.mentionAt[m.end] >= 0 || !strings.HasSuffix(d.lower[m.end], "ed") && !sayForms[d.lower[m.end]] && d.lower[m.end] != "had" && d.lower[m.end] != "met" {
		return -1
	}
	return m.ent
}

// capitalWord: token k is capitalised mid-sentence, as a title is
// ("Secretary", "Foreign Minister").
func capitalWord(d *doc, k int) bool {
	t := d.text(k, k+1)
	return t != "" && t[0] >= 'A' && t[0] <= 'Z'
}
