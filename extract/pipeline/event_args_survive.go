package pipeline

// The one who survives an attack (twelfth session).
//
// "Abdul Rashid Dostum has narrowly escaped an assassination attempt",
// "Musharraf survived two assassination attempts": the subject of a verb of
// coming through is the one the attack was aimed at. The light-verb walk of
// readArgs reads the subject of "launched an attack" as its doer; these
// verbs give the attack's target instead, and nobody was read before.

// surviveVerbs are verbs of coming through an attack.
var surviveVerbs = map[string]bool{
	"survived": true, "survives": true, "survive": true, "surviving": true,
	"escaped": true, "escapes": true, "escape": true, "escaping": true,
}

// survivedAttack reads the subject of a verb of surviving before the noun
// trigger of an attack at t0 ("escaped an assassination attempt") as the
// attack's target. j is where readArgs' light-verb walk stopped.
func (p *Pipeline) survivedAttack(d *doc, ev *event, j, ss int, add func([]int, string)) {
	if ev.typ != "ATTACK" || j < ss || !surviveVerbs[d.lower[j]] || hasRole(ev, patient) {
		return
	}
	if h := d.lower[ev.trigEnd-1]; len(h) > 3 && h[len(h)-1] == 's' && h[len(h)-2] != 's' || ev.trigEnd < len(d.lower) && d.lower[ev.trigEnd] == "attempts" {
		return // "has survived eight attacks during his political career": a tally, not one event
	}
	subj, passive, unreal := p.subject(d, j, ss)
	if passive || unreal {
		return
	}
	add(subj, patient)
}
