package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The group the arrested, tried or sentenced belong to (sixteenth session,
// legal17; widened in the seventeenth session, legal18): "Turkey has
// detained 10 people with suspected links to the al-Qaida terrorist
// network", "arrested six militants linked to Lashkar-e-Taiba", "sentenced
// to death seven members of the Abu Sayyaf terrorist group", "arrested 93
// suspects in an al-Qaida crackdown", "detained 12 others during operations
// targeting al-Qaida networks". The word rules read a group as the one
// acted on when the object names it plainly ("40 members of the Muslim
// Brotherhood"); here the object tells people by their tie to a group, or
// the operation that took them names its target, and the Guideline gives
// that group as the PATIENT (the arrest is of its members).

// tieWords end the phrase that ties people to a group: "links to",
// "linked to", "belonging to", "affiliated with".
var tieWords = map[string]bool{
	"links": true, "link": true, "ties": true, "connections": true, "linked": true, "tied": true,
	"connected": true, "belonging": true, "belong": true, "belongs": true, "loyal": true, "affiliated": true,
}

// sweepNouns name an operation that takes people in: "an al-Qaida
// crackdown", "operations targeting al-Qaida networks".
var sweepNouns = map[string]bool{
	"crackdown": true, "sweep": true, "operation": true, "operations": true, "raid": true, "raids": true,
}

// tiedGroup gives an arrest, a charge or a sentence whose object is people
// tied to a group that group as PATIENT, when no group was read.
func (p *Pipeline) tiedGroup(d *doc, ev *event, se int) {
	if ev.unreal || ev.nominal || ev.typ != "ARREST" && ev.typ != "TRIAL" && ev.typ != "SENTENCE" {
		return
	}
	for _, pt := range ev.parts {
		if pt.role == patient && d.ents[pt.ent].typ == extract.Organization {
			return
		}
	}
	if e := objectGroup(d, ev.trigEnd, se); e >= 0 && !hasPart(ev, e) {
		ev.addPart(e, patient)
	}
}

// objectGroup reads the object after a legal verb ending at i: the group
// after a tie word or after the people's "members of" ("seven members of the
// Abu Sayyaf terrorist group", told after a shifted "to death"), or the
// group an operation names ("in an al-Qaida crackdown", "operations
// targeting al-Qaida networks"). It stops at a clause or list break, or -1.
func objectGroup(d *doc, i, se int) int {
	j := i
	// a shifted heavy object: "sentenced to death seven members of ...",
	// "sentenced to life in prison two men linked to ..."
	if j+1 < se && d.lower[j] == "to" && (d.lower[j+1] == "death" || d.lower[j+1] == "life") {
		j += 2
		if j+1 < se && d.lower[j] == "in" && d.lower[j+1] == "prison" {
			j += 2
		}
	}
	for lim := j + 8; j+1 < se && j <= lim; j++ {
		w := d.lower[j]
		switch {
		case w == "," || w == ";" || w == "after" || w == "for" || w == "and" || w == "who" || w == "that":
			return -1
		case tieWords[w] && (d.lower[j+1] == "to" || d.lower[j+1] == "with"):
			return tiedOrg(d, j+2, se)
		case w == "of" && j > i && memberNouns[d.lower[j-1]]:
			return tiedOrg(d, j+1, se)
		case sweepNouns[w] && j > i && d.lower[j-1] != "the" && orgEnding(d, j) >= 0:
			return orgEnding(d, j) // "in an al-Qaida crackdown"
		case (w == "targeting" || w == "against") && j-2 > i && (sweepNouns[d.lower[j-1]] || sweepNouns[d.lower[j-2]]):
			return tiedOrg(d, j+1, se) // "operations Friday targeting al-Qaida networks"
		}
	}
	return -1
}

// orgEnding is the organization whose mention ends right before token j
// ("an al-Qaida crackdown"), or -1.
func orgEnding(d *doc, j int) int {
	mi := d.mentionAt[j-1]
	if mi < 0 {
		return -1
	}
	m := d.mentions[mi]
	if m.ent < 0 || d.ents[m.ent].typ != extract.Organization || mediaName(d.ents[m.ent].name) {
		return -1
	}
	return m.ent
}

// tiedOrg is the organization named within four words from i ("the
// al-Qaida terrorist network", "the banned Lashkar-e-Jhangvi group"), not
// a country, a place or a news medium, or -1.
func tiedOrg(d *doc, i, se int) int {
	for j := i; j < se && j < i+4; j++ {
		mi := d.mentionAt[j]
		if mi < 0 {
			switch d.lower[j] {
			case "the", "a", "an", "suspected", "alleged", "banned", "outlawed", "militant", "radical", "terrorist", "extremist", "islamic", "islamist":
				continue
			}
			return -1
		}
		m := d.mentions[mi]
		if m.ent < 0 || d.ents[m.ent].typ != extract.Organization || mediaName(d.ents[m.ent].name) {
			return -1
		}
		return m.ent
	}
	return -1
}
