package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A country's own people meeting among themselves.
//
// "Turkish government ministers and representatives of the poultry
// industry are meeting Saturday", "Leaders of Germany's two main political
// parties will hold a special meeting Thursday": the subject is people of
// one named country (its leaders, ministers, lawmakers) and the meeting
// names no other side, so the country is its one party, as the Guideline
// reads a body's members meeting ("EU foreign ministers meeting in
// Luxembourg", membersMeeting). viable:one-sided dropped these (sixteenth
// session, helper meet17: voa-1282 in dev27, voa-1520 in dev33). Left
// alone: a meeting with someone ("Chinese officials met with the envoy",
// "a meeting with"), a subject naming a second party or a person ("Chinese
// and Japanese leaders", "Chinese President Hu"), and a meeting told
// inside a report ("said Iraqi leaders will meet"), whose subject the
// reporting verb hides.

// countryMembersMeeting: ev is an intransitive "meet", or "hold a
// meeting", whose subject is a plural noun of members and names one
// country, its only participant.
func (p *Pipeline) countryMembersMeeting(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "MEET" || len(ev.parts) != 1 || d.ents[ev.parts[0].ent].typ != extract.Location {
		return false
	}
	v := ev.trigStart
	if ev.nominal {
		if d.lower[ev.trigEnd-1] != "meeting" {
			return false
		}
		v = -1 // "will hold a special meeting": the light verb, a determiner and adjectives between
		for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-4; k-- {
			if w := d.lower[k]; w == "hold" || w == "holds" || w == "held" || w == "holding" {
				v = k
				break
			}
			if p.cls(d, k)&(wDet|wAdj) == 0 && !summitAdjectives[d.lower[k]] {
				return false
			}
		}
		if v < 0 {
			return false
		}
	} else if w := d.lower[v]; ev.trigEnd-ev.trigStart != 1 || w != "meet" && w != "meeting" && w != "met" {
		return false // ("meet with", "met with": the other side follows)
	}
	if t := ev.trigEnd; t < se && (d.lower[t] == "with" || d.lower[t] == "between" || d.mentionAt[t] >= 0 || p.cls(d, t)&(wDet|wPron) != 0) {
		return false // "are meeting with", "met the president", "met him"
	}
	if t := ev.trigEnd; !ev.nominal && t < se && !timeWord(d.lower[t]) && d.lower[t] != "next" && p.cls(d, t)&(wNoun|wAdj|wNum) != 0 {
		return false // "will meet major aid donors": an object, the other side unnamed
	}
	// the subject: back to the sentence's start or a comma
	member := false
	for k := v - 1; k >= ss; k-- {
		w := d.lower[k]
		if w == "," || w == ";" {
			break
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent != ev.parts[0].ent {
				return false // a second party, or a person: "Chinese President Hu"
			}
			continue
		}
		if w == "'s" || w == "’s" {
			continue // a possessive ("Germany's two main parties"), tagged also as "is"
		}
		if memberBodyNouns[w] {
			member = true
			continue
		}
		c := p.cls(d, k)
		if c&(wVerb|wPast|wPart|wGerund) != 0 && c&(wNoun|wAdj) == 0 && !auxWords[w] && c&wModal == 0 && !strings.HasSuffix(w, "ly") {
			return false // "said Iraqi leaders will meet": a report, not a subject
		}
	}
	return member
}
