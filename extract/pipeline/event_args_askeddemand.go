package pipeline

// A demand whose maker goes unnamed still names the one it is made of.
//
// askedClause reads the addressee of an appeal or demand from the clause
// that tells what is asked ("demanded that the Taleban provide proof"),
// but only when the maker was read: "the plan calls for Israel to free
// 500 prisoners" is a document's provision, not an appeal. A demand is
// seldom a document's: its maker is people the story does not name
// ("Demonstrators chanted slogans and demanded that American troops leave
// the area", "the kidnappers' demand that Italy withdraw its troops",
// "Western nations have cut off aid, demanding that Hamas renounce
// violence"), and the Guideline labels such demands with the one asked
// alone. So a DEMAND told by the word "demand" itself takes its clause's
// subject without a maker, unless a document is its subject ("the
// resolution demands that"). (Sixteenth session, appeal17.)

import "github.com/newsgraph/newsgraph/extract"

// authorlessDemand: the event is a demand told by "demand" (verb or noun)
// with no document noun just before it, whose addressee may be read
// from its clause though no maker was.
func authorlessDemand(d *doc, ev *event, ss int) bool {
	if ev.typ != "DEMAND" || !demandWord(d.lower[ev.trigStart]) {
		return false
	}
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-4; k-- {
		if documentNouns[d.lower[k]] || documentNouns[d.lower[k]+"s"] {
			return false
		}
	}
	k := ev.trigEnd
	if d.lower[k-1] == "for" || d.lower[k-1] == "that" {
		k-- // the trigger took its preposition
	}
	if k+1 >= len(d.lower) {
		return false
	}
	switch d.lower[k] {
	case "that":
		return true
	case "for":
		// "an EU demand for Turkey to recognise Cyprus", not a market's
		// "demand for cement in the U.S. to remain": the one asked opens the phrase
		if d.lower[k+1] == "the" && k+2 < len(d.lower) {
			k++
		}
		return d.mentionAt[k+1] >= 0
	}
	return false
}

// demandWord: a form of "demand".
func demandWord(w string) bool {
	switch w {
	case "demand", "demands", "demanded", "demanding":
		return true
	}
	return false
}

// nameBeforeDemand gives a demand noun still without a maker, whose clause
// named the one asked, the name that premodifies it ("to press U.S. demands
// that Syria withdraw", "Hamas demands that"): a state or body's own
// demands, which the argument reader leaves to a people's adjective or
// possessive (premodifierMention). Without such a clause the name is most
// often a market's ("North American demand for truck engines").
func nameBeforeDemand(d *doc, ev *event, ss int) {
	t := ev.trigStart
	if hasRole(ev, agent) || t-1 < ss || d.lower[t] != "demand" && d.lower[t] != "demands" {
		return
	}
	mi := d.mentionAt[t-1]
	if mi < 0 || d.mentions[mi].end != t {
		return
	}
	ent := d.ents[d.mentions[mi].ent]
	if ent.typ == extract.Person || ent.typ == extract.Location && ent.subtype != extract.Country {
		return // ("the Kosovo demands": a place; a person's demands are told with "'s")
	}
	ev.addPart(d.mentions[mi].ent, agent)
}
