package pipeline

// Talks with several named others, told in an adverbial of the clause whose
// subject holds them: "Mr. Bush is flying to Riga for talks with the
// presidents of Estonia, Latvia and Lithuania", "Evo Morales was on the
// island for meetings with Fidel and Raul Castro". The fallback that gives a
// meeting noun its clause's subject (readArgs) ran only when the noun had a
// single side, so that "the agreement between Colombo and the rebels" keeps
// the two it names; a "with" phrase names only the others, however many, and
// the subject is still the side it leaves out. Missing that side made a false
// event and a miss of one real one in the TUNE sets (dev35, dev46, dev48).

// withSidesOnly: every participant read so far for the symmetric noun
// trigger is named after a "with" that follows it (the trigger's own
// preposition, or one a few words on: "talks on Saturday with"), so the side
// that holds the talks is still unread ("the Latvian capital" before the
// noun is a place, not a side read).
func (p *Pipeline) withSidesOnly(d *doc, ev *event, ss, se int) bool {
	if !symmetricType(ev.typ) || !ev.nominal || len(ev.parts) < 2 {
		return false
	}
	w := p.withAt(d, ev, se)
	if w < 0 {
		return false
	}
	for _, pt := range ev.parts {
		after := false
		for mi := range d.mentions {
			m := d.mentions[mi]
			if m.ent != pt.ent || m.start < ss || m.start >= se {
				continue
			}
			if m.start > w {
				after = true
			}
		}
		if !after {
			return false // a side from elsewhere (a pronoun, the story)
		}
	}
	return true
}

// withAt is the "with" that opens the symmetric noun trigger's phrase of
// other sides (its own preposition, or one a few words on: "talks on
// Saturday with"), -1 when there is none.
func (p *Pipeline) withAt(d *doc, ev *event, se int) int {
	t0, t1 := ev.trigStart, ev.trigEnd
	if t1-1 > t0 && d.lower[t1-1] == "with" {
		return t1 - 1
	}
	for k := t1; k < se && k < t1+5; k++ {
		switch d.lower[k] {
		case "with":
			return k
		case ",", ";", ":", "between", "among", "and", "who", "which", "that":
			return -1 // "talks between", "a meeting, with": not the trigger's phrase
		}
		if p.verbLike(d, k) {
			return -1 // another clause's "with"
		}
	}
	return -1
}
