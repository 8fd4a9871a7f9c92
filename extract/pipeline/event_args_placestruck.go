package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The owner of a building or post an attack struck is its PATIENT
// (fifteenth session).
//
// News tells many attacks by the place they hit and names the victim only
// on that place: "insurgents fired rockets at a U.S. base", "the suicide
// bomber who killed 22 people at a U.S. military base in Mosul", "a bomb
// blast at a Shi'ite mosque has killed four people", "militants had fired
// mortars into a nearby Jewish settlement", "his car blew up near a joint
// U.S.-Iraqi patrol". The guideline reads a nationality or a people on the
// victim's noun as its country or group; a base, embassy, mosque or
// settlement is its owner's as a soldier is his country's. The rules read
// such a place only for a nominal trigger right before "at" or a firing
// verb ("fired at a NATO base"); this reads it after any attack trigger in
// its clause, and on the trigger's object ("bombed the Jewish settlement").
// A city on the place ("a Baghdad church") is where it stands, not whose
// it is, so only a country, a nationality, a people or an organization is
// taken. Measured on the 28 TUNE sets at the start of the fifteenth
// session: of 153 ATTACK misses with no participant read, the victim was
// told this way in 8 stories.

// targetNouns are places an attack on strikes their owner.
var targetNouns = map[string]bool{
	"base": true, "bases": true, "embassy": true, "consulate": true, "compound": true, "barracks": true,
	"convoy": true, "patrol": true, "headquarters": true, "outpost": true, "installation": true,
	"mosque": true, "mosques": true, "church": true, "churches": true, "synagogue": true, "temple": true,
	"shrine": true, "settlement": true, "settlements": true, "mission": true,
}

// hitPreps open the place an attack hit ("at", "near", "outside").
var hitPreps = map[string]bool{
	"at": true, "near": true, "outside": true, "inside": true, "on": true, "into": true, "against": true,
	"targeting": true,
}

// placeStruck adds, to an attack with no PATIENT read, the owner named on
// the base, embassy, mosque or settlement it struck in the trigger's
// clause.
func (p *Pipeline) placeStruck(d *doc, ev *event, ss, se int) {
	if ev.typ != "ATTACK" || ev.unreal || hasRole(ev, patient) || fightNouns[d.lower[ev.trigEnd-1]] {
		return // (a fight near a base has two sides, not a target)
	}
	for k := ev.trigEnd; k < se && k < ev.trigEnd+10; k++ {
		w := d.lower[k]
		if k > ev.trigEnd && (clauseBreaks[w] || w == "," || sayForms[w]) {
			return // "fired at militants who had fired mortars into": the relative clause's own attack
		}
		from := k + 1
		switch {
		case hitPreps[w] && d.mentionAt[k] < 0:
		case k == ev.trigEnd && !ev.nominal:
			from = k // the object: "bombed the Australian embassy"
		default:
			continue
		}
		owners := p.placeOwners(d, from, se)
		for _, e := range owners {
			if !hasPart(ev, e) {
				ev.addPart(e, patient)
			}
		}
		if len(owners) > 0 {
			return
		}
	}
}

// placeOwners returns the countries, peoples and bodies named on the
// phrase from k when its head is a target noun ("a joint U.S.-Iraqi
// patrol" gives both; "the Australian Embassy", one name, gives itself).
// The phrase is walked word by word, not chunked: its modifiers run to
// dashes and adverbs ("a nearby Jewish settlement").
func (p *Pipeline) placeOwners(d *doc, k, se int) []int {
	var names []int
	for j := k; j < se && j < k+7; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			m := d.mentions[mi]
			if targetNouns[d.lower[m.end-1]] {
				if m.ent >= 0 && (d.ents[m.ent].typ == extract.Organization || m.label == "MISC") {
					return []int{m.ent} // "outside the Australian Embassy"
				}
				return nil
			}
			names = append(names, mi)
			j = m.end - 1
			continue
		}
		w := d.lower[j]
		if targetNouns[w] {
			return p.ownersAmong(d, names)
		}
		c := p.cls(d, j)
		if w == "," || w == "and" || w == "of" || c&(wVerb|wPast|wPrep|wPron) != 0 && c&(wAdj|wNoun|wDet) == 0 {
			return nil // the phrase ended before a target
		}
	}
	return nil
}

// ownersAmong keeps, of the mentions on a target, the ones that can own
// it: a country, a nationality, a people or an organization ("a Baghdad
// church" is where it stands).
func (p *Pipeline) ownersAmong(d *doc, names []int) []int {
	var out []int
	for _, mi := range names {
		m := d.mentions[mi]
		if m.ent < 0 {
			continue
		}
		e := d.ents[m.ent]
		switch {
		case e.typ == extract.Location && e.subtype == extract.Country && !placeInCountry(d, m):
		case e.typ == extract.Organization || m.label == "NORP" || m.label == "MISC":
		default:
			continue
		}
		out = append(out, m.ent)
	}
	return out
}
