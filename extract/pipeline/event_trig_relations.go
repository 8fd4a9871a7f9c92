package pipeline

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// relationsCut: a CAMEO "reduce relations" pattern (16x) the labelling
// guideline (testdata/events/README.md) reads as a SANCTION: breaking off
// or downgrading diplomatic relations and recalling an ambassador (161),
// stopping aid (162), and halting negotiations (164). These are measures
// one side takes against another, as sanctions and boycotts (163) are;
// 160 (unspecified), 165 (halting mediation) and 166 (expelling) are not.
// Only a pattern counts ("recalled * AMBASSADOR", "halted * AID"): the
// verbs' own codes ("postponed", "stalled", "seceded") say nothing of whom
// the measure is against. Added in the twelfth session (trig13).
func relationsCut(d *doc, i, ss int, typ, code, pattern string) bool {
	if typ != cameo.ReduceRelations || pattern == "" || !relationsCode(code) {
		return false
	}
	if i > ss && d.mentionAt[i-1] < 0 {
		switch d.lower[i-1] {
		case "the", "a", "an", "at", "in", "of", "on", "'s", "’s":
			return false // "at stalled nuclear talks": a state described, not a measure taken
		}
	}
	return true
}

// brokenOff: "broke off talks with", "has broken off relations": CAMEO's
// "break * OFF" is a threat (130), but what is broken off names the
// measure: halted negotiations (164) or relations (161). It returns the
// code, "" when nothing of the kind follows within four words.
func brokenOff(d *doc, i, se int, lemma string) string {
	if lemma != "break" || i+1 >= se || d.lower[i+1] != "off" {
		return ""
	}
	for k := i + 2; k < se && k < i+6; k++ {
		switch d.lower[k] {
		case "talks", "negotiations", "dialogue", "contacts":
			return "164"
		case "relations", "ties":
			return "161"
		case ",", ";", "with", "after", "because":
			return ""
		}
	}
	return ""
}

func relationsCode(code string) bool {
	c, _, _ := strings.Cut(code, ":")
	return strings.HasPrefix(c, "161") || strings.HasPrefix(c, "162") || strings.HasPrefix(c, "164")
}

// relationsTarget reads whom a cut in relations is against: the object of
// "to" or "with" in the verb's phrase ("recalled its ambassador to
// Venezuela", "cut gas supplies to Ukraine", "broke off relations with
// Iran"). A name before that preposition is the one whose envoy or aid it
// is ("withdrew Venezuela's ambassador to Israel"), not the target, and
// stops being the patient.
func (p *Pipeline) relationsTarget(d *doc, ev *event, se int) {
	if ev.typ != "SANCTION" || ev.nominal || !relationsCode(ev.code) {
		return
	}
	for k := ev.trigEnd; k < se && k < ev.trigEnd+8; k++ {
		switch d.lower[k] {
		case ",", ";", ":", "after", "because", "when", "until", "but", "who", "which", "that", "since", "over":
			return
		case "to", "with":
		default:
			continue
		}
		if k+1 < se && p.cls(d, k+1) == wVerb {
			return // "to show his indignation": a purpose, no target
		}
		ph := p.npRight(d, k+1, se)
		ents := ph.ents
		if len(ents) == 0 {
			if e := countrysBody(d, k+1, se); e >= 0 {
				ents = []int{e}
			} else if e := p.describedCountry(d, ev, k+1, se); e >= 0 {
				ents = []int{e}
			}
		}
		if len(ents) == 0 {
			return
		}
		ev.parts = slices.DeleteFunc(ev.parts, func(pt part) bool {
			if pt.role != patient {
				return false
			}
			for _, mi := range d.ents[pt.ent].mentions {
				if st := d.mentions[mi].start; st >= ev.trigEnd && st < k && d.sents[ev.sentence].Start <= st {
					return true
				}
			}
			return false
		})
		for _, e := range ents {
			if partAllowed(d, ev.typ, patient, e) {
				ev.addPart(e, patient)
			}
		}
		return
	}
}

// guardUntargeted names the drop of a cut in relations no one is said to
// be its target of.
const guardUntargeted = "untargeted-cut"

// relationsUntargeted: a cut in relations read from a 16x pattern with no
// one it is against ("talks were stalled", "the ship was stopped", "the
// prime minister postponed a meeting"): no measure against anyone is told.
func relationsUntargeted(ev *event) bool {
	return ev.typ == "SANCTION" && !ev.nominal && relationsCode(ev.code) && !hasRole(ev, patient)
}
