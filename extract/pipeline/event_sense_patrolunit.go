package pipeline

// A patrol named as the doer of another act (twenty-second session, helper
// fp23).
//
// "Patrol" names both an act ("troops patrol the streets", "began naval
// patrols") and the unit that makes it. When the noun is the subject of
// another verb ("a Russian border patrol fired on a fishing boat", "as an
// Iraqi police patrol passed by"), the sentence tells what the unit did,
// not a show of force; and "soldiers patrolling the border have shot" names
// the soldiers by their duty, the participle inside a subject whose verb
// comes after it. The TUNE labels count neither (voa-0858, 1085, 2307, three
// sets) and keep the act: "police are patrolling the streets", "with
// Australian troops patrolling the streets", "will patrol the skies".

// patrolNouns: the noun forms read as a unit.
var patrolNouns = map[string]bool{"patrol": true, "patrols": true}

// finiteAfter are the auxiliaries that open a clause's verb after its subject.
var finiteAfter = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "must": true,
}

// patrolUnit: the MILITARY_POSTURE trigger at ev is a patrol noun followed
// by the verb it is the subject of ("patrol fired", "patrol passed by",
// "patrol was ambushed"), or a participle "patrolling" after a noun whose
// clause's verb follows its object ("soldiers patrolling the border with
// Egypt have shot").
func (p *Pipeline) patrolUnit(d *doc, ev *event, ss, se int) bool {
	t := ev.trigStart
	if ev.typ != "MILITARY_POSTURE" || ev.trigEnd != t+1 || t <= ss || t+1 >= se {
		return false
	}
	switch d.lower[t] {
	case "patrol", "patrols":
		if k := t - 1; auxWords[d.lower[k]] || d.lower[k] == "to" || p.cls(d, k)&wModal != 0 {
			return false // "will patrol the skies", "are to patrol": the verb
		}
		n := t + 1
		w := d.lower[n]
		return finiteAfter[w] || d.mentionAt[n] < 0 && p.cls(d, n)&wPast != 0 && p.cls(d, n)&(wNoun|wAdj) == 0
	case "patrolling":
		k := t - 1
		if d.mentionAt[k] >= 0 || p.cls(d, k)&wNoun == 0 || p.cls(d, k)&(wVerb|wPast|wDet|wPrep) != 0 || auxWords[d.lower[k]] {
			return false // "police are patrolling": the clause's own verb
		}
		for j := t + 1; j < se && j <= t+8; j++ {
			w := d.lower[j]
			switch {
			case w == "," || w == ";" || w == ":" || w == "and" || w == "who" || w == "which" || w == "that":
				return false
			case finiteAfter[w]:
				return true
			}
		}
	}
	return false
}

// guardPatrolUnit names patrolUnit's drops in the guard audit.
const guardPatrolUnit = "sense:patrol-unit"
