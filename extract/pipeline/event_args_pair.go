package pipeline

import "github.com/newsgraph/newsgraph/extract"

// eitherKindHeads name two parties that may be people or bodies: "the two
// sides" after "Hariri and Aoun" are the two men, after "India and
// Pakistan" the two countries.
var eitherKindHeads = map[string]bool{"sides": true, "rivals": true, "foes": true}

// nearestIsPerson: the last name before token i that may take part in an
// event (in its sentence or the three before) is a person's. The one who
// speaks of the two is not one of them ("Qureia said the two sides agreed").
func nearestIsPerson(d *doc, i int) bool {
	lo := d.sents[max(0, d.sentOf[i]-3)].Start
	for k := i - 1; k >= lo; k-- {
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		k = m.start
		if m.ent < 0 || !participantOK(d, m) || placeInCountry(d, m) || speaker(d, m) {
			continue
		}
		return d.ents[m.ent].typ == extract.Person
	}
	return false
}

// speaker: mention m is the subject of a verb of saying right after it
// ("Qureia said", "Qureia told reporters").
func speaker(d *doc, m *mention) bool {
	for k := m.end; k < len(d.lower) && k <= m.end+1; k++ {
		if sayForms[d.lower[k]] || d.lower[k] == "told" {
			return true
		}
		if k > m.end || d.lower[k] != "also" && d.lower[k] != "has" && d.lower[k] != "had" {
			return false
		}
	}
	return false
}
