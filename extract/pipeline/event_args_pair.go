package pipeline

import "github.com/newsgraph/newsgraph/extract"

// eitherKindHeads name two parties that may be people or bodies: "the two
// sides" after "Hariri and Aoun" are the two men, after "India and
// Pakistan" the two countries.
var eitherKindHeads = map[string]bool{"sides": true, "rivals": true, "foes": true}

// pairOfKind is the pair of entities, people or not, last named in tokens
// [lo, i) (countries only for "countries" and "nations"), in text order,
// and where the earlier of the two starts; nil when fewer than two are
// named. The one who speaks of the two is not one of them ("Qureia said
// the two sides agreed").
func pairOfKind(d *doc, i, lo int, head string, people bool) ([]int, int) {
	var out []int
	at := -1
	for _, m := range d.mentionsBack(lo, i) {
		if m.ent < 0 || !participantOK(d, m) || placeInCountry(d, m) || people && speaker(d, m) {
			continue
		}
		e := d.ents[m.ent]
		isPerson := e.typ == extract.Person
		if isPerson != people || !people && e.typ == extract.Location && e.subtype != extract.Country && m.label != "NORP" {
			continue
		}
		if (head == "countries" || head == "nations") && !(e.typ == extract.Location && e.subtype == extract.Country || m.label == "NORP") {
			continue // "both countries" are two countries, not the bodies named between them
		}
		if len(out) == 1 && out[0] == m.ent {
			continue
		}
		out = append(out, m.ent)
		at = m.start
		if len(out) == 2 {
			break
		}
	}
	if len(out) < 2 {
		return nil, -1
	}
	return []int{out[1], out[0]}, at
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
