package pipeline

// The other side of a meeting, named after a description.
//
// "He spoke during a meeting with his visiting Iranian counterpart,
// Manouchehr Mottaki", "voiced solidarity in a meeting with the visiting
// speaker of Iran's parliament, Gholam Ali Haddad Adel": the phrase after
// "with" describes the other side and a comma sets its name after it.
// apposedNames reads such names for a verb's subject and object only; the
// word rules stop at the description's comma, so the meeting kept one
// side and viable:one-sided removed it. withApposed gives a meeting, call
// or talks the name set after the description its "with" opens, in place
// of a participant named only inside the description ("Iranian").
// (Thirteenth session: the guard audit found viable:one-sided removing
// such meetings in several stories.)

// withApposed applies the reading to every kept meeting, call or talks.
func withApposed(d *doc) {
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		switch ev.typ {
		case "MEET", "NEGOTIATE", "PHONE_CALL":
		default:
			continue
		}
		s := d.sents[ev.sentence]
		se := s.End
		if se-1 > ev.trigEnd && (d.lower[se-1] == "." || d.lower[se-1] == "?") {
			se-- // a name may close the sentence
		}
		w := ev.trigEnd
		if d.lower[w-1] == "with" {
			w-- // the trigger "meeting with"
		} else if w < se && (dayName(d.lower[w]) || timeWord(d.lower[w])) {
			w++ // "meetings Monday with"
		}
		if w+1 >= se || d.lower[w] != "with" {
			continue
		}
		if visitorWith(d, ev, w, se) {
			continue
		}
		m, c := apposedAfter(d, w+1, se)
		if m == nil || hasPart(ev, m.ent) {
			continue
		}
		inside, outside := namedInside(d, s, w+1, c)
		replaced := false
		for i, pt := range ev.parts {
			if inside[pt.ent] && !outside[pt.ent] {
				ev.parts[i].ent, replaced = m.ent, true // ("his Iranian counterpart, X": X, not Iran)
				break
			}
		}
		if !replaced {
			ev.parts = append(ev.parts, part{ent: m.ent, role: participant}) // the other side
		}
	}
}

// visitorWith: the "with" at w opens "(the|his) visiting <title> NAME"
// ("talks with visiting Japanese Prime Minister Shinzo Abe"). The word
// rules leave the phrase to the visit "visiting" tells; its visitor is
// the meeting's other side too. It adds the visitor to ev and reports
// whether it did.
func visitorWith(d *doc, ev *event, w, se int) bool {
	v := w + 1
	if v < se && (d.lower[v] == "the" || d.lower[v] == "his" || d.lower[v] == "her" || d.lower[v] == "their") {
		v++
	}
	if v >= se || d.lower[v] != "visiting" {
		return false
	}
	added := false
	for _, o := range d.events {
		if o.typ != "VISIT" || o.sentence != ev.sentence || o.trigStart != v {
			continue
		}
		for _, pt := range o.parts {
			if pt.role == agent && !hasPart(ev, pt.ent) {
				ev.parts = append(ev.parts, part{ent: pt.ent, role: participant})
				added = true
			}
		}
	}
	return added
}
