package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// An order for an inquiry is a demand (twentieth session, helper
// threat21): "Kenyan President Mwai Kibaki has ordered an inquiry into a
// major security breach", "Afghan President Hamid Karzai has ordered an
// investigation into the killings", "Israel's attorney general has ordered
// a new criminal investigation into Prime Minister Ehud Olmert". The
// Guideline reads a ruler's order for an inquiry as a DEMAND on his own
// agencies (the `dev8` order-to-own-agencies reading). Orders in general
// ("ordered X to VERB", "ordered the assassination") stay out: the labels
// split on them (testdata/events/README.md, thirteenth to nineteenth
// sessions), while an ordered inquiry was labelled 5 times of 7 in TUNE.
// The noun must be the verb's object, within three words (an article, an
// adjective or two: "a swift investigation", "a new criminal
// investigation"); "ordered the arrest", "ordered a review of the budget"
// and the verb's other senses ("ordered 20 Airbus jets") stay out.
//
// The order's maker is the subject (the general readers take it); a person
// the inquiry is into, named right after "into", is its PATIENT
// (inquiryArgs); what else it is into ("the killings of eight Afghans")
// names no one the demand is made of, and is dropped.

const inquiryLemma = "order an inquiry"

var inquiryOrderForms = map[string]bool{"ordered": true, "orders": true, "ordering": true}

// inquiryNouns are the nouns of an official inquiry.
var inquiryNouns = map[string]bool{
	"investigation": true, "inquiry": true, "probe": true, "enquiry": true,
}

// inquiryStarts are the words inquiryOrdered fires on (scanFamilies: they
// share insistDemand's bit, a demand's family).
func inquiryStarts() []string { return wordsOf(inquiryOrderForms) }

// inquiryOrdered reads the verb at i as ordering an inquiry: an inquiry
// noun heads its object within three words.
func (p *Pipeline) inquiryOrdered(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !inquiryOrderForms[d.lower[i]] || d.mentionAt[i] >= 0 || i == ss {
		return cameo.Match{}, false
	}
	if isBe(d.lower[i-1]) || d.lower[i-1] == "been" {
		return cameo.Match{}, false // "were ordered to": the one ordered is the subject
	}
	for j := i + 1; j < se && j < i+5; j++ {
		w := d.lower[j]
		if inquiryNouns[w] {
			if j+1 < se && (d.lower[j+1] == "'s" || d.lower[j+1] == "’s") {
				return cameo.Match{}, false
			}
			return cameo.Match{Code: "100", Lemma: inquiryLemma, Start: i, End: j + 1}, true
		}
		if d.mentionAt[j] >= 0 || j > i+1 && (w == "of" || w == "to" || w == "into" || w == ",") {
			return cameo.Match{}, false // "ordered the arrest of", "ordered Israel to": no inquiry ordered
		}
	}
	return cameo.Match{}, false
}

// inquiryArgs keeps an ordered inquiry's makers and, as its PATIENT, a
// person or body named right after "into" ("into Prime Minister Ehud
// Olmert, who ..."); other names the general readers took from what the
// inquiry is into are dropped.
func (p *Pipeline) inquiryArgs(d *doc, ev *event, m cameo.Match, se int) {
	kept := ev.parts[:0]
	for _, pt := range ev.parts {
		if pt.role == agent {
			kept = append(kept, pt)
		}
	}
	ev.parts = kept
	k := m.End
	if k >= se || d.lower[k] != "into" {
		return
	}
	k++
	for k < se && k < m.End+4 && d.mentionAt[k] < 0 && (titleWord(d.lower[k]) || inquiryTitle(d.lower[k])) {
		k++ // "into Prime Minister Ehud Olmert"
	}
	if k >= se || d.mentionAt[k] < 0 {
		return
	}
	mn := d.mentions[d.mentionAt[k]]
	if mn.ent < 0 || mn.end < se && (d.lower[mn.end] == "'s" || d.lower[mn.end] == "’s") {
		return // "into Olmert's role": his role, not him
	}
	if t := d.ents[mn.ent].typ; (t == extract.Person || t == extract.Organization) && !hasPart(ev, mn.ent) && partAllowed(d, ev.typ, patient, mn.ent) {
		ev.addPart(mn.ent, patient)
	}
}

// inquiryTitle: a word of a title before a name that titleWord lacks
// ("former", "Governor").
func inquiryTitle(w string) bool {
	switch w {
	case "former", "vice", "deputy", "governor", "senator", "chief", "the", "opposition", "leader", "mayor":
		return true
	}
	return false
}

// inquiryInto: the demand o orders an inquiry into something ("ordered an
// investigation into the killings of eight Afghans"); what an inquiry
// looks into is told as having happened, not asked for (askedBy).
func inquiryInto(d *doc, o *event) bool {
	return o.trigEnd < len(d.lower) && o.trigEnd > 0 && inquiryNouns[d.lower[o.trigEnd-1]] && d.lower[o.trigEnd] == "into"
}
