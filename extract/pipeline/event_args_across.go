package pipeline

import "github.com/newsgraph/newsgraph/extract"

// Subjects read across a place phrase (twelfth session).
//
// News often puts a place or a body between a verb's subject and the verb:
// "Police in Lebanon have arrested", "The U.N. war crimes tribunal in The
// Hague has convicted", "Security forces from Pakistan killed". The phrase
// just before the verb is then the object of a preposition, and subject()
// read no subject at all (a name after a preposition is rightly no subject:
// "marched through London to protest"). Of such misses the "found with other
// participants" audit of the TUNE sets counted one to three in each of
// several stories.

// subjectAcrossPlace returns the subject of a verb whose subject phrase is
// "HEAD in/from X", where ph (ending just before the verb's auxiliaries) is X
// and the preposition before it is at ph.start-1:
//   - the head phrase names a body itself ("The U.N. tribunal in The Hague"):
//     that body;
//   - a bare force or group noun ("Police in Lebanon", "rebels from
//     Chechnya"): the country or organization X, which the force serves as
//     "Lebanese police" would (a town or region only tells where it is).
//
// The caller leaves out verbs of saying: "Police in Mexico say gunmen
// raided" tells who reports, and their subject is no participant.
// The head phrase must open its clause (or follow a verb of saying): "a man
// in Beirut" inside an object is not the subject. It returns nil otherwise.
func (p *Pipeline) subjectAcrossPlace(d *doc, ph np, ss int) []int {
	pr := ph.start - 1
	if pr-1 < ss || ph.end <= ph.start || d.lower[pr] != "in" && d.lower[pr] != "from" {
		return nil
	}
	q := p.npLeft(d, pr, ss)
	if q.start >= pr || afterPreposition(d, q.start, ss) || p.eventNoun(d, q.start, pr) {
		return nil
	}
	if !clauseStart(d, q.start, ss) && !(q.start-1 > ss && (sayForms[d.lower[q.start-1]] || d.lower[q.start-1] == "that")) {
		return nil
	}
	if len(ph.ents) == 0 || d.mentionAt[ph.end-1] < 0 || d.mentions[d.mentionAt[ph.end-1]].start > ph.start+1 {
		return nil // only a name: "progress in reforms", "the government in Iraq's Kurdish region"
	}
	if len(q.ents) > 0 {
		return q.ents
	}
	head := d.lower[pr-1]
	if d.mentionAt[pr-1] >= 0 {
		return nil
	}
	if d.lower[pr] == "in" && !homeNouns[head] || d.lower[pr] == "from" && !forceNouns[head] && !groupNouns[head] && !fighterNouns[head] && !sentNouns[head] {
		return nil // "Coalition troops in Iraq" serve elsewhere; "police in Lebanon" are Lebanon's
	}
	var out []int
	for _, e := range ph.ents {
		en := d.ents[e]
		if en.typ == extract.Organization || en.typ == extract.Location && en.subtype == extract.Country {
			out = append(out, e)
		}
	}
	// a capital alone stands for its government ("police in Beirut" are
	// Lebanon's), but the gazetteer files it under its country already
	return out
}

// homeNouns are bodies that act in their own country: "police in Lebanon"
// are Lebanese police, while "troops in Iraq" may be anyone's.
var homeNouns = map[string]bool{
	"police": true, "policemen": true, "authorities": true, "government": true, "officials": true,
	"prosecutors": true, "investigators": true,
}
