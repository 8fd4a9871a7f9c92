package pipeline

// A people named only deep in an attack's victim phrase is its PATIENT
// (seventeenth session, helper peoples18).
//
// News often names the people an attack struck not on the victims' own
// noun but on the community, sect, village or group they belong to:
// "gunmen have killed seven members of a family belonging to Iraq's
// minority Yazidi sect", "suicide truck bombers killed at least 400 people
// in two Yazidi villages", "a bomb wrecked the offices of a Kurdish group".
// The Guideline reads a people on the victim's noun as its PATIENT; a
// community's people are its members as a village's are its villagers.
// This reads, for an attack with no PATIENT read, the trigger's object and
// the "of", "in", "from" and "belonging to" phrases hung on it (up to the
// clause's end, a "by" agent or a comma) for a people's adjective on a
// community noun or on a plural or person head, and takes that people.

// communityNouns are bodies of people named after a people or faith.
var communityNouns = map[string]bool{
	"sect": true, "sects": true, "community": true, "communities": true, "minority": true,
	"tribe": true, "tribes": true, "clan": true, "clans": true, "family": true, "families": true,
	"village": true, "villages": true, "neighborhood": true, "neighborhoods": true,
	"neighbourhood": true, "neighbourhoods": true, "district": true, "quarter": true,
	"group": true, "party": true, "parties": true, "enclave": true, "town": true, "towns": true,
}

// placeCommunity are the community nouns that are also places.
var placeCommunity = map[string]bool{
	"village": true, "villages": true, "neighborhood": true, "neighborhoods": true,
	"neighbourhood": true, "neighbourhoods": true, "district": true, "quarter": true,
	"enclave": true, "town": true, "towns": true,
}

// peopleStruck adds, to an attack with no PATIENT read, the people its
// victim phrase names on a community or a plural head.
func (p *Pipeline) peopleStruck(d *doc, ev *event, ss, se int) {
	if ev.typ != "ATTACK" || ev.unreal || hasRole(ev, patient) || fightNouns[d.lower[ev.trigEnd-1]] {
		return // (a fight's sides are no victims)
	}
	for k := ev.trigEnd; k < se && k < ev.trigEnd+14; k++ {
		w := d.lower[k]
		if w == "," || w == "by" || w == ";" || clauseBreaks[w] || sayForms[w] || isBe(w) {
			return // "killed two men, police said", "killed by Kurdish rebels": not the victim's phrase
		}
		mi := d.mentionAt[k]
		if mi < 0 {
			if k > ev.trigEnd && p.cls(d, k)&wVerb != 0 && p.cls(d, k)&(wNoun|wAdj|wGerund) == 0 && w != "belonging" && w != "'s" && w != "’s" {
				return // a new verb: the phrase ended
			}
			continue
		}
		m := d.mentions[mi]
		if m.ent >= 0 && p.peopleOnCommunity(d, m) && !groupDescription(d, m) {
			if !hasPart(ev, m.ent) {
				ev.addPart(m.ent, patient)
			}
			return
		}
		k = m.end - 1
	}
}

// peopleOnCommunity: m is one people's adjective before a community noun
// ("Yazidi sect", "Kurdish group", the sect after "minority") or a
// plural or person head (peopleAdjBeforeHead: "Yemeni nationals").
func (p *Pipeline) peopleOnCommunity(d *doc, m *mention) bool {
	if m.end-m.start != 1 || m.label != "MISC" && m.label != "NORP" {
		return false
	}
	if !p.isDemonym(d.words[m.start]) && !groupAdjectives[d.lower[m.start]] {
		return false // a shape alone is no people: "a poor Shi'ite Nahrawan neighborhood"
	}
	for k := m.end; k < len(d.lower) && k <= m.end+2; k++ {
		if d.mentionAt[k] >= 0 || !startsLower(d.words[k]) {
			return false
		}
		if communityNouns[d.lower[k]] {
			// a nationality's town or village is where it stands ("near the
			// central Iranian town of Qom"); a people's or faith's is theirs
			return m.label != "NORP" || !placeCommunity[d.lower[k]]
		}
		if p.cls(d, k)&(wNoun|wAdj) == 0 {
			break
		}
	}
	return p.peopleAdjBeforeHead(d, m)
}
