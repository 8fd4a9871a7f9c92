package pipeline

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A party said to be bound to act is asked to act (twenty-first session,
// helper demand22): "Brown said all nations should agree to inject cash",
// "the OPEC president says the oil cartel should keep producing", "Bush
// says Congress needs to approve a rescue plan", "He said Ugandan forces
// must leave the region", "the United States says Tehran must maintain its
// suspension". The Guideline reads a reported "should" or "needs to" put
// to a named party as an APPEAL (the `dev42`/`dev46` "should" reading) and
// a reported "must" as a DEMAND (the `dev50` "must" reading). Measured on
// TUNE at the start: of the sentences where a say verb reports a named
// party (a country, a body, a person) followed by "should", "must" or
// "needs to" and an active verb, about two in three carry a labelled
// APPEAL or DEMAND; the unlabelled are mostly a leader's words about his
// own country ("Ahmadinejad said Iran must base its budget", "Olmert told
// the Jerusalem Post that Israel should follow up"): a party named before
// the say verb that is the one bound (the sayer or his state) makes no
// request of another.
//
// What stays out: the modal with no say verb before it (a rule: "buyers
// must register", "Qureia must step down if ..."), a passive or a state
// ("must be held accountable", "should be allowed": the one bound is not
// the one asked, or nothing is asked), a subject that is no name ("the
// world body", "it", "which must approve"), "should have" (a past
// judgement), and a question or a condition ("if ... should").

const modalAskLemma = "bound to act"

// modalAskCodes are the modals modalAsk reads, with the CAMEO code of the
// request each makes (020 appeal, 100 demand).
var modalAskCodes = map[string]string{"should": "020", "must": "100", "needs": "020", "need": "020"}

// modalAskStarts are the words modalAsk fires on (scanFamilies: they share
// insistDemand's bit, a demand's family).
func modalAskStarts() []string { return wordsOf(modalAskCodes) }

// modalAsk reads "SAYER says (that) PARTY should/must/needs to VERB" at
// the modal i as an APPEAL or a DEMAND; the PARTY is the request's PATIENT
// (modalAskArgs).
func (p *Pipeline) modalAsk(d *doc, i, ss, se int) (cameo.Match, bool) {
	code, ok := modalAskCodes[d.lower[i]]
	if !ok || d.mentionAt[i] >= 0 || i == ss {
		return cameo.Match{}, false
	}
	v := i + 1
	if d.lower[i] != "should" && d.lower[i] != "must" {
		if v >= se || d.lower[v] != "to" {
			return cameo.Match{}, false // "the $500 million it needs"
		}
		v++
	}
	for v < se && (d.lower[v] == "also" || d.lower[v] == "now" || d.lower[v] == "still" || d.lower[v] == "immediately") {
		v++
	}
	if v >= se || d.mentionAt[v] >= 0 || isBe(d.lower[v]) || d.lower[v] == "be" || d.lower[v] == "have" || d.lower[v] == "not" {
		return cameo.Match{}, false // "must be held accountable", "should have acted"
	}
	if p.cls(d, v)&wVerb == 0 && (v+1 >= se || d.mentionAt[v+1] < 0 && p.cls(d, v+1)&(wDet|wPron) == 0) {
		return cameo.Match{}, false // no verb; but a word the tagger reads as a noun is the verb before its object ("must resume their talks")
	}
	subj := modalSubjects(d, i, ss)
	if len(subj) == 0 || !saidBefore(d, d.mentions[subj[0]].start, ss, subj) {
		return cameo.Match{}, false
	}
	sayer := p.sayerBefore(d, d.mentions[subj[0]].start, ss)
	if sayer < 0 || sayerBindsOwn(d, sayer, subj) {
		return cameo.Match{}, false
	} else if e := d.ents[sayer]; e.typ == extract.Location && e.subtype == extract.Country {
		code = "100" // "Iran says Israel should return the Golan Heights": a state's own terms (the Guideline's `dev6` "want" reading)
	}
	return cameo.Match{Code: code, Lemma: modalAskLemma, Start: i, End: v + 1}, true
}

// modalSubjects are the mentions that are the subject of the modal at i,
// the first leftmost: a country, a body or a person ending right before
// it, or a people's adjective on a plural noun of its forces or officials
// ("Ugandan forces must leave", "Sudanese officials must pursue"), with
// the names joined to it by "and" ("Iran and Syria must stop"). The phrase
// must open the reported clause: after "that", the say verb, a day, or ",
// and"; a name inside a phrase ("EU talks with Turkey should include", "the
// bombings of Hiroshima and Nagasaki should serve") is no subject. None
// when there is no such subject.
func modalSubjects(d *doc, i, ss int) []int {
	k := i - 1
	if k > ss && d.mentionAt[k] < 0 && sayerBodies[d.lower[k]] && d.mentionAt[k-1] >= 0 && d.mentions[d.mentionAt[k-1]].label == "NORP" {
		k-- // "Ugandan forces", "Sudanese officials"
	} else if k >= ss && d.mentionAt[k] >= 0 && d.mentions[d.mentionAt[k]].label == "NORP" {
		return nil // a people's adjective alone is no subject
	}
	var out []int
	for k >= ss && d.mentionAt[k] >= 0 {
		mi := d.mentionAt[k]
		m := d.mentions[mi]
		if m.ent < 0 || m.nominal {
			return nil
		}
		switch d.ents[m.ent].typ {
		case extract.Person, extract.Organization, extract.Location:
		default:
			return nil
		}
		out = append([]int{mi}, out...)
		k = m.start - 1
		if k > ss && (d.lower[k] == "and" || d.lower[k] == ",") && d.mentionAt[k-1] >= 0 {
			k-- // "Iran and Syria"
			continue
		}
		break
	}
	if len(out) == 0 {
		return nil
	}
	for k >= ss && (d.lower[k] == "the" || honorifics[strings.TrimSuffix(d.lower[k], ".")] || titleWord(d.lower[k])) {
		k-- // "that Mr. Gnassingbe must step down", "that President X should"
	}
	switch {
	case k < ss:
		return nil // no say verb before
	case d.lower[k] == "that" || sayForms[d.lower[k]] || timeWord(d.lower[k]):
		return out
	case d.lower[k] == "and" && k > ss && d.lower[k-1] == ",":
		return out // "says the economy is at risk, and Congress needs to approve"
	}
	return nil
}

// modalAskArgs makes the parties bound by the modal the request's PATIENTs
// (their country for a people's forces) and its maker the subject of the
// say verb that reports it, as the general readers read a verb's subject.
func (p *Pipeline) modalAskArgs(d *doc, ev *event, m cameo.Match, ss int) {
	subj := modalSubjects(d, m.Start, ss)
	if len(subj) == 0 {
		return
	}
	sayer := p.sayerBefore(d, d.mentions[subj[0]].start, ss)
	ev.parts = ev.parts[:0]
	if sayer >= 0 {
		ev.addPart(sayer, agent)
	}
	for _, mi := range subj {
		bound := d.mentions[mi].ent
		if d.mentions[mi].label == "NORP" {
			if c := countryOf(d, mi); c >= 0 {
				bound = c
			}
		}
		if bound != sayer {
			ev.addPart(bound, patient)
		}
	}
}

// sayerBefore is the subject of the last say verb in [ss, k) as the
// general readers take a verb's subject ("Crowley said", "the United
// States has said", "He said" after a named person), the first of several;
// or -1.
func (p *Pipeline) sayerBefore(d *doc, k, ss int) int {
	v := -1
	for j := ss; j < k; j++ {
		if sayForms[d.lower[j]] {
			v = j
		}
	}
	if v <= ss {
		return -1
	}
	h := v - 1
	for h > ss && (isAux(d.lower[h]) || d.lower[h] == "," || d.lower[h] == "also" || timeWord(d.lower[h])) {
		h-- // "Crowley has said", "Gignor, told", "Bush said Thursday"
	}
	if d.mentionAt[h] < 0 && d.lower[h] != "he" && d.lower[h] != "she" {
		return -1 // a described sayer ("EU officials say", "the top U.S. diplomat says"): the labels name the person or no one
	}
	subj, passive, unreal := p.subject(d, v, ss)
	if passive || unreal || len(subj) == 0 {
		return -1
	}
	if mi := d.mentionAt[h]; mi >= 0 && d.mentions[mi].ent != subj[0] {
		return -1
	}
	return subj[0]
}

// saidBefore is true when a say verb comes before the subject starting at
// k in its sentence, with no mention of a bound party, or of a people or
// place of it, before it (the sayer binds his own side: "Iran says Iran
// must", "Israel's Deputy Prime Minister told ... that Israel should",
// "The German leader said Germany should"). "Insisted" is left to
// insistDemand, "reported" and "announced" tell no view.
func saidBefore(d *doc, k, ss int, subj []int) bool {
	said := false
	for j := ss; j < k; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			for _, s := range subj {
				if e := d.mentions[s].ent; d.mentions[mi].ent == e || countryOf(d, mi) == e {
					return false
				}
			}
		}
		switch w := d.lower[j]; {
		case w == "insisted" || w == "reported" || w == "announced":
		case sayForms[w]:
			said = true
		case w == "if" || w == "unless":
			said = false
		}
	}
	return said
}

// sayerBindsOwn: the request is of another side only when the story says
// whose side the sayer speaks for and the party bound is not that side. A
// state speaks for itself; a person for the country the gazetteer gives
// him, or the country or people his title names here or in another
// sentence ("Chinese Premier Zhao Ziyang ... Zhao said", "U.S. State
// Department spokesman P.J. Crowley said"). A sayer whose side is not told
// binds his own as often as another in business and domestic news
// ("President Reagan said the United States must do more", "Mr Howard said
// Britain should take"), so he makes no request here.
func sayerBindsOwn(d *doc, sayer int, subj []int) bool {
	home := sayerHome(d, sayer)
	if home < 0 {
		return true
	}
	for _, mi := range subj {
		if e := d.mentions[mi].ent; e == home || countryOf(d, mi) == home {
			return true
		}
	}
	return false
}

// sayerHome is the country sayer speaks for (see sayerBindsOwn), or -1.
func sayerHome(d *doc, sayer int) int {
	se := d.ents[sayer]
	if se.typ == extract.Location && se.subtype == extract.Country {
		return sayer
	}
	if se.country != "" {
		for ci, c := range d.ents {
			if !c.dropped && c.kb == se.country && c.subtype == extract.Country {
				return ci
			}
		}
	}
	for pe := range d.ents {
		if pe != sayer && !namePart(se.name, d.ents[pe]) {
			continue
		}
		for _, sm := range d.ents[pe].mentions {
			m := d.mentions[sm]
			for j := m.start - 1; j >= 0 && j >= m.start-5 && d.sentOf[j] == d.sentOf[m.start]; j-- {
				if d.lower[j] == "," || sayForms[d.lower[j]] {
					break // "gave Iran the initiative, said Harlan Ullman": another clause, no title
				}
				if c := countryOf(d, d.mentionAt[j]); c >= 0 {
					return c
				}
			}
		}
	}
	return -1
}

// namePart: one word name is a word of person e's name ("Zhao" of "Zhao
// Ziyang", which the entity builder may keep apart).
func namePart(name string, e *entity) bool {
	if e.typ != extract.Person || strings.Contains(name, " ") || name == e.name {
		return false
	}
	return slices.Contains(strings.Fields(e.name), name)
}
