package pipeline

// The state where people were arrested as the one arresting them
// (thirteenth session).
//
// "At least 400 protesters were detained in Nepal on Monday", "dissidents
// arrested in a crackdown in Cuba in 2003": an arrest told in the passive
// with no agent is made by the authorities of the country it is told in,
// the way "Nepalese police detained 400 protesters" names Nepal. Only a
// country counts (a city names where, not whose police), and only for an
// arrest no reader gave participants, whose patients go unnamed.

import "github.com/newsgraph/newsgraph/extract"

// arrestedInParts runs arrestedIn on the sentence's arrests still without
// participants.
func (p *Pipeline) arrestedInParts(d *doc, evs []*event, ss, se int) {
	for _, ev := range evs {
		if ev.typ == "ARREST" && len(ev.parts) == 0 && !ev.unreal && !ev.nominal {
			p.arrestedIn(d, ev, se)
		}
	}
}

// arrestedIn gives ev the country of an "in COUNTRY" (or "in a crackdown in
// COUNTRY") phrase after its participle, before any agent or clause.
func (p *Pipeline) arrestedIn(d *doc, ev *event, se int) {
	t := ev.trigStart
	if !passiveArrest(d.lower[t]) || ev.trigEnd >= se || d.mentionAt[ev.trigEnd] < 0 && p.cls(d, ev.trigEnd)&(wNoun|wAdj) != 0 && d.lower[ev.trigEnd] != "in" {
		return // (not an adjective: "apprehended violence orders")
	}
	for k := ev.trigEnd; k < se && k < ev.trigEnd+8; k++ {
		switch d.lower[k] {
		case ",", ";", ":", "by", "who", "which", "that", "after", "when", "while", "and", "but", "for", "on", "with":
			return
		case "in":
			mi := -1
			if k+1 < se {
				mi = d.mentionAt[k+1]
			}
			if mi < 0 {
				continue // "in a crackdown in Cuba"
			}
			// each country of a list: "arrested in Argentina, Bulgaria and Canada"
			for j := k + 1; j < se; {
				mi := d.mentionAt[j]
				if mi < 0 {
					return
				}
				m := d.mentions[mi]
				if m.ent < 0 || d.ents[m.ent].typ != extract.Location || d.ents[m.ent].subtype != extract.Country || m.label == "NORP" || placeInCountry(d, m) {
					return
				}
				ev.addPart(m.ent, agent)
				j = m.end
				if j+1 < se && (d.lower[j] == "," || d.lower[j] == "and") && d.mentionAt[j+1] >= 0 {
					j++
				} else if j+2 < se && d.lower[j] == "," && d.lower[j+1] == "and" {
					j += 2
				} else {
					return
				}
			}
			return
		}
	}
}

// passiveArrest: the participles of arrest verbs.
func passiveArrest(w string) bool {
	switch w {
	case "arrested", "detained", "jailed", "imprisoned", "captured", "apprehended", "nabbed":
		return true
	}
	return false
}
