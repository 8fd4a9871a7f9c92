package pipeline

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A doer described in the lead and named in the sentence after it: news
// opens with who acted told only by a description ("A top U.S. lawmaker
// says he has urged North Korea", "Iran's top nuclear negotiator has
// called for", "The United Nations children's agency has called for") and
// names the person or body in the next sentence ("Congressman Tom Lantos
// spoke in Beijing", "quotes Ali Larijani as saying", "A report issued by
// UNICEF"). namedNextPatient (event_args_namednext.go) does this for the
// one an arrest or attack befell; this reader does it for the subject.
// Measured in the fifteenth session (desc16) on TUNE misses whose
// participant the sentence only describes: title phrases and agency
// descriptions were the largest kinds after the patients already read.
//
// Precision first: the description opens its sentence as the subject of
// the trigger's verb (only auxiliaries, a say verb and a pronoun between:
// "says he has urged"), holds no person's name, and is indefinite ("A top
// U.S. lawmaker") or opens an item (a definite one later in a story may
// be someone named before); the next sentence, in the same item, names
// exactly one person (for a person's description) or one body (for an
// agency's) the story has not named before. A country or body named
// inside the description ("Iran's", "U.S.") is the doer's own, not a
// second doer: it gives way to the name.

// describedBodies head a description of an organisation: "the U.N.
// children's agency", "an international press freedom advocacy group".
var describedBodies = map[string]bool{
	"agency": true, "group": true, "organization": true, "organisation": true, "watchdog": true,
	"party": true, "movement": true, "charity": true, "body": true,
}

// describedTitles head a description of one person by what he does, beside
// onePersonNoun's nouns: "Iran's top nuclear negotiator".
var describedTitles = map[string]bool{
	"negotiator": true, "envoy": true, "diplomat": true, "spokesman": true, "spokeswoman": true,
	"senator": true, "congressman": true, "lawmaker": true, "prosecutor": true,
}

// subjectGap: words that may stand between a described subject and the
// trigger it does: auxiliaries, a say verb and the pronoun it reports
// ("says he has urged"), adverbs of manner in news leads.
var subjectGap = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true, "will": true,
	"says": true, "said": true, "that": true, "he": true, "she": true, "it": true, "they": true,
	"also": true, "formally": true, "officially": true, "reportedly": true, "now": true, "again": true,
}

// namedNextAgent gives an event whose subject is a description the one new
// person or body the next sentence names.
func (p *Pipeline) namedNextAgent(d *doc, ev *event, ss, se int) {
	if ev.unreal || ev.nominal {
		return
	}
	si := ev.sentence
	if si+1 >= len(d.sents) || itemBreak(d, si, si+1) {
		return
	}
	from, head, body := p.describedSubject(d, si)
	if from < 0 || head >= ev.trigStart {
		return
	}
	for k := head + 1; k < ev.trigStart; k++ {
		if !subjectGap[d.lower[k]] {
			return
		}
	}
	if w := d.lower[ev.trigStart-1]; (w == "was" || w == "were" || w == "is" || w == "are" || w == "been") && !strings.HasSuffix(d.lower[ev.trigStart], "ing") {
		return // a passive: the described one is who it befell ("A Lebanese lawmaker was killed")
	}
	if indefinite := d.lower[from] == "a" || d.lower[from] == "an"; !indefinite && si > 0 && !itemBreak(d, si-1, si) {
		return // a definite description within an item may be someone named before
	}
	role := agent
	if symmetricType(ev.typ) {
		role = participant
	}
	// Whoever the event already has in that role must come from the
	// description itself ("Iran's"): another doer means another subject.
	for _, pt := range ev.parts {
		if pt.role == role && !mentionedIn(d, pt.ent, from, head+1) {
			return
		}
	}
	var e int
	if body {
		e = newBody(d, si+1, from, head+1)
	} else {
		e = newPerson(d, si+1)
		if e < 0 {
			e = p.titledOpener(d, si+1)
		}
	}
	if e < 0 || hasEnt(ev, e) || !partAllowed(d, ev.typ, role, e) {
		return
	}
	kept := ev.parts[:0]
	for _, pt := range ev.parts {
		if pt.role == role && mentionedIn(d, pt.ent, from, head+1) {
			continue
		}
		kept = append(kept, pt)
	}
	ev.parts = kept
	ev.addPart(e, role)
}

// describedSubject reads the description that opens sentence si as the
// subject of its first verb: a determiner or a possessive country or body
// ("Iran's", "The United Nations children's"), up to six modifiers, and a
// head noun of one person or of a body, followed by a verb. It returns the
// description's first token, its head, and whether it describes a body;
// from is -1 when none opens the sentence.
func (p *Pipeline) describedSubject(d *doc, si int) (from, head int, body bool) {
	s := d.sents[si]
	k := p.frontedEnd(d, si)
	if k >= s.End {
		return -1, -1, false
	}
	from = k
	switch d.lower[k] {
	case "a", "an", "the":
		k++
	default:
		mi := d.mentionAt[k]
		if mi < 0 {
			return -1, -1, false
		}
		m := d.mentions[mi]
		if m.end >= s.End || d.lower[m.end] != "'s" && d.lower[m.end] != "’s" || m.ent < 0 || d.ents[m.ent].typ == extract.Person {
			return -1, -1, false
		}
		k = m.end + 1
	}
	head = -1
	for j := k; j < s.End && j < k+7; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			m := d.mentions[mi]
			if m.label == "PER" || m.ent >= 0 && d.ents[m.ent].typ == extract.Person {
				return -1, -1, false // named in it
			}
			if head >= 0 {
				break
			}
			j = m.end - 1
			continue
		}
		w := d.lower[j]
		switch {
		case describedBodies[w]:
			head, body = j, true
			continue
		case onePersonNoun(w) || describedTitles[w]:
			head, body = j, false
			continue
		case w == "," || w == "and" || w == "who" || w == "of" || isQuoteMark(d.words[j]):
			return -1, -1, false // an apposition, a list or a relative clause may name it
		}
		if head >= 0 && (p.finiteLike(d, j) || subjectGap[w]) {
			break
		}
		head = -1 // a modifier after a noun ("a chief nuclear negotiator"): the head is still to come
	}
	if head < 0 || head+1 >= s.End || !p.finiteLike(d, head+1) && !subjectGap[d.lower[head+1]] {
		return -1, -1, false
	}
	// "the ruling Likud party": the body's name is on the head. A person's
	// head is not named by a body before it ("A top U.S. State Department
	// official", "a senior Hamas leader"): the body is whom the person
	// serves, and gives way to the name as a country does.
	if mi := d.mentionAt[head-1]; body && mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Organization {
		return -1, -1, false
	}
	return from, head, body
}

// newBody is the organisation sentence si names that the story has not
// named before it, nor the description in [from, to) names: the only one,
// or the one that opens the sentence or follows the description's own
// head noun ("The Paris-based group Reporters Without Borders issued a
// joint statement along with the Burma Media Association"); -1 otherwise.
func newBody(d *doc, si, from, to int) int {
	s := d.sents[si]
	head := d.lower[to-1]
	var fresh []int
	told := -1
	for _, m := range d.mentionsIn(s.Start, s.End) {
		if m.ent < 0 || d.ents[m.ent].typ != extract.Organization || m.nominal || mentionedIn(d, m.ent, from, to) {
			continue
		}
		if mentionedIn(d, m.ent, d.sents[si-1].Start, d.sents[si-1].End) {
			continue // named beside the description in its own sentence: another party of the lead
		}
		for _, mi := range d.ents[m.ent].mentions {
			if d.mentions[mi].start < s.Start {
				return -1 // a body named before is in it: the one described may be that body
			}
		}
		if !slices.Contains(fresh, m.ent) {
			fresh = append(fresh, m.ent)
		}
		if told < 0 && (opensSentence(d, s.Start, m.start) || m.start > s.Start && d.lower[m.start-1] == head) {
			told = m.ent
		}
	}
	if len(fresh) == 1 {
		return fresh[0]
	}
	return told
}

// titledOpener is the person whose title and name open sentence si
// ("Congressman Tom Lantos - a Democrat from California - spoke"), when the
// story has not named that person before; -1 otherwise. newPerson passes
// over a sentence that names others after its subject; the title at its
// head makes the opener the one it tells of.
func (p *Pipeline) titledOpener(d *doc, si int) int {
	s := d.sents[si]
	k := s.Start
	if k < s.End && d.lower[k] == "the" {
		k++
	}
	if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].label == "NORP" {
		k = d.mentions[mi].end
	}
	t := p.gaz.IsTitle(d.lower, k)
	if t == 0 || k+t >= s.End {
		return -1
	}
	mi := d.mentionAt[k+t]
	if mi < 0 {
		return -1
	}
	m := d.mentions[mi]
	if m.start != k+t || m.ent < 0 || m.nominal || d.ents[m.ent].typ != extract.Person {
		return -1
	}
	for _, o := range d.ents[m.ent].mentions {
		if d.mentions[o].start < s.Start {
			return -1
		}
	}
	return m.ent
}
