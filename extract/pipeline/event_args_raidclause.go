package pipeline

// The force whose act a raid is an adverbial of (twenty-third session,
// helper atknopart24): "Iraqi security forces backed by U.S. troops rounded
// up dozens of suspected insurgents during raids", "U.S.-led forces killed
// four people, including a teenage girl, during a raid", "American soldiers
// and Iraqi police have detained more than 50 people during raids". A raid
// is a search and seizure done by the ones who seize: the subject of the
// clause the raid stands in did it, as the subject of a clause with a fight
// adverbial fought it (readFight, event_args_fight.go). The raid trigger
// had no participant of its own and was dropped ("trigger found, dropped:
// no participant read"). Only "during" and "in" (the raid and the clause's
// act are one operation; "after a raid" tells a later act, often of
// others), only a raid noun (an "operation" may be surgery or business),
// and fightClause's passive test still holds ("11 people were killed in the
// raid": the victims did not raid).

// raidNouns are the search-and-seize acts a force does.
var raidNouns = map[string]bool{"raid": true, "raids": true, "sweep": true, "sweeps": true}

// raidAdverbial: the noun trigger ev is a raid in a "during" or "in"
// phrase ("during a pre-dawn raid", "in raids on Tuesday") of a clause with
// no infinitive before it ("ordered the army to stop using civilians as
// shields in arrest raids": the raids are a practice of the infinitive's
// clause, not an act of the general who ordered).
func (p *Pipeline) raidAdverbial(d *doc, ev *event, ss int) bool {
	h := ev.trigEnd - 1
	if ev.typ != "ATTACK" || !ev.nominal || h < ss || h >= len(d.lower) || !raidNouns[d.lower[h]] {
		return false
	}
	for k := ss; k+1 < ev.trigStart; k++ {
		if d.lower[k] == "to" && p.cls(d, k+1)&wVerb != 0 {
			return false
		}
	}
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-4; k-- {
		switch d.lower[k] {
		case "during", "in":
			return true
		case ",", ";", ":", "after", "before", "since", "for", "on", "at", "of":
			return false
		}
	}
	return false
}

// namedIn: entity e has a mention inside [from, to): the object names it
// itself ("detained a top member of Hamas"), not by a reference resolved
// elsewhere ("captured the pair").
func namedIn(d *doc, e, from, to int) bool {
	for _, m := range d.mentionsIn(from, to) {
		if m.ent == e {
			return true
		}
	}
	return false
}
