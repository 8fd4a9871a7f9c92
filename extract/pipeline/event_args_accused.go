package pipeline

// The one accused is the doer: "blame X for planning the bombings",
// "indicted two Peruvian men on charges of kidnapping", "accused Chadian
// helicopters of bombing". accusedOf reads the accused named right before
// "of" and "for"; this reads the forms it leaves: a gerund between the
// preposition and the act, "on charges of", the present tense of "blame",
// and an accused phrase that names its people only by their country.

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// accusedActs are the event types one is accused or convicted of doing.
var accusedActs = map[string]bool{"ATTACK": true, "THREATEN": true, "OCCUPY": true}

// accuserVerbs take the accused as object and the act after "of", "for",
// "with" or "on charges of".
var accuserVerbs = map[string]bool{
	"accused": true, "accuses": true, "accusing": true, "accuse": true,
	"blamed": true, "blames": true, "blame": true, "blaming": true,
	"charged": true, "charges": true, "charging": true, "charge": true,
	"convicted": true, "convicts": true, "convicting": true, "convict": true,
	"indicted": true, "indicts": true, "indicting": true, "indict": true,
}

// chargeNouns are charges and warrants that name the accused after
// "against" or "for".
var chargeNouns = map[string]bool{
	"charges": true, "charge": true, "warrant": true, "warrants": true, "indictment": true, "indictments": true,
}

// titleAbbrev are the titles before a name the tagger leaves out of it.
var titleAbbrev = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true}

// accusedAgent returns the accused that does the act ev's trigger names,
// and, when the trigger is a gerund, the ones its object names ("on charges
// of kidnapping an American girl": the girl).
func (p *Pipeline) accusedAgent(d *doc, ev *event, ss int) (agents, patients []int) {
	if !accusedActs[ev.typ] {
		return nil, nil
	}
	t := ev.trigStart
	k := t - 1
	if !(ev.nominal && strings.HasSuffix(d.lower[t], "ing")) {
		// a noun act: only a determiner, premodifiers and a possessed time
		// before it ("for the 2002 Bali bombings", "last month's attacks"),
		// then perhaps the gerund whose object it is ("for planning ...")
		for k >= ss && t-k <= 6 && (d.mentionAt[k] >= 0 || d.lower[k] == "'s" || d.lower[k] == "’s" || yearWord(d.lower[k]) ||
			p.cls(d, k)&(wDet|wAdj|wNoun) != 0 && p.cls(d, k)&(wPrep|wVerb|wPunct) == 0) {
			if mi := d.mentionAt[k]; mi >= 0 {
				k = d.mentions[mi].start
			}
			k--
		}
		if k > ss && (d.lower[k] == "out" || d.lower[k] == "up") {
			k-- // "of carrying out the attack"
		}
		if k > ss && strings.HasSuffix(d.lower[k], "ing") && d.mentionAt[k] < 0 && p.cls(d, k)&wVerb != 0 {
			k--
		}
	}
	if k <= ss {
		return nil, nil
	}
	switch {
	case d.lower[k] == "to" && k-1 > ss && d.lower[k-1] == "related":
		k-- // "charges against X related to the killings"
	case d.lower[k] == "with" && k-2 > ss && d.lower[k-1] == "connection" && d.lower[k-2] == "in":
		k -= 2 // "charged X in connection with the bombing"
	case d.lower[k] == "of" || d.lower[k] == "for" || d.lower[k] == "with" || d.lower[k] == "over":
	default:
		return nil, nil
	}
	if d.lower[k] == "of" && k-2 > ss && (d.lower[k-1] == "charges" || d.lower[k-1] == "charge") && d.lower[k-2] == "on" {
		k -= 2 // "indicted two men on charges of kidnapping"
	}
	if k-1 <= ss {
		return nil, nil
	}
	if w := d.lower[k-1]; w == "him" || w == "her" || w == "them" {
		if k-2 >= ss && accuserVerbs[d.lower[k-2]] {
			return p.pronoun(d, k-1, ss), p.gerundObject(d, ev)
		}
		return nil, nil
	}
	// the accused phrase: names, determiners, numbers and nouns back to the
	// verb (npLeft would take a verb that reads as a noun too: "indicted")
	// or to "against"/"for" after a charge or a warrant ("a warrant for X
	// and seven others for the massacre")
	j := k - 1
	for j > ss && t-j <= 16 && !accuserVerbs[d.lower[j]] && (d.mentionAt[j] >= 0 || d.lower[j] == "and" || titleAbbrev[d.lower[j]] ||
		p.cls(d, j)&(wDet|wAdj|wNoun|wNum) != 0 && p.cls(d, j)&(wPrep|wPunct) == 0) {
		j--
	}
	charge := (d.lower[j] == "against" || d.lower[j] == "for") && j-1 > ss && chargeNouns[d.lower[j-1]]
	if !accuserVerbs[d.lower[j]] && !charge || j == k-1 {
		return nil, nil
	}
	ph := np{start: j + 1, end: k}
	for i := ph.start; i < ph.end; i++ {
		if mi := d.mentionAt[i]; mi >= 0 {
			if m := d.mentions[mi]; m.ent >= 0 && participantOK(d, m) {
				ph.ents = append(ph.ents, m.ent)
			}
			i = d.mentions[mi].end - 1
		}
	}
	for _, e := range ph.ents {
		if en := d.ents[e]; en.typ != extract.Location || en.subtype == extract.Country {
			agents = append(agents, e) // (not a town the accused are from)
		}
	}
	if len(agents) == 0 {
		return nil, nil
	}
	return agents, p.gerundObject(d, ev)
}

// gerundObject reads the names in the object of a gerund trigger ("of
// kidnapping a nine-year-old American girl"), or nil.
func (p *Pipeline) gerundObject(d *doc, ev *event) []int {
	if !ev.nominal || !strings.HasSuffix(d.lower[ev.trigStart], "ing") || ev.trigEnd != ev.trigStart+1 {
		return nil
	}
	se := d.sents[d.sentOf[ev.trigStart]].End
	if ev.trigEnd >= se || d.mentionAt[ev.trigEnd] < 0 && p.cls(d, ev.trigEnd)&(wDet|wNum|wAdj|wNoun) == 0 {
		return nil
	}
	return p.npRight(d, ev.trigEnd, se).ents
}
