package pipeline

// A state told by description: news names a country once and then says
// "the country" or "the government" ("Israeli troops invaded the country",
// "The rebels signed a peace agreement with the government"). Such a
// phrase in an event's own argument slot is the country the story has
// just named, and the gold counts it as a named participant (twelfth
// session: a fifth of the TUNE misses "found with other participants"
// lacked a participant told by such a description or a pronoun).

// anaphorState adds to ev the country that a bare "the government" (the
// other side of an agreement or talks: "with the government", "between
// the government and ...") stands for: the last country named before the
// phrase, in its sentence or the two before it, that is not already
// one of ev's participants. Nothing is added when no such country is
// named or another item of a bulletin lies between.
func (p *Pipeline) anaphorState(d *doc, ev *event, ss, se int) {
	if ev.unreal {
		return
	}
	k, role := -1, ""
	switch ev.typ {
	case "AGREEMENT", "NEGOTIATE":
		for j := ev.trigEnd; j < se-2 && j <= ev.trigEnd+1; j++ {
			if (d.lower[j] == "with" || d.lower[j] == "between") && barePhrase(d, j+1, se, "government") {
				k, role = j+1, participant
				break
			}
		}
	}
	if k < 0 || len(ev.parts) == 0 {
		return // (a description alone does not make the event)
	}
	if e := p.lastStateBefore(d, ev, k); e >= 0 {
		ev.addPart(e, role)
	}
}

// barePhrase: tokens from k read "the NOUN" with nothing after the noun
// that names whose it is ("the government of Iraq", "the country's").
func barePhrase(d *doc, k, se int, noun string) bool {
	if k+1 >= se || d.lower[k] != "the" || d.lower[k+1] != noun {
		return false
	}
	if k+2 < se {
		switch d.lower[k+2] {
		case "of", "'s", "’s", "forces", "troops":
			return false
		}
	}
	return true
}

// lastStateBefore is the last country named before token k, back to the
// start of the sentence two before k's, that is not one of ev's
// participants, or -1.
func (p *Pipeline) lastStateBefore(d *doc, ev *event, k int) int {
	si := d.sentOf[k]
	lo := max(0, si-2)
	for lo < si && itemBreak(d, lo, si) {
		lo++
	}
	for j := k - 1; j >= d.sents[lo].Start; j-- {
		e := countryOf(d, d.mentionAt[j])
		if e < 0 {
			continue
		}
		if !hasEnt(ev, e) {
			return e
		}
	}
	return -1
}

// hasEnt: entity e is one of ev's participants.
func hasEnt(ev *event, e int) bool {
	for _, pt := range ev.parts {
		if pt.ent == e {
			return true
		}
	}
	return false
}
