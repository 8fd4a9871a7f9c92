package pipeline

// A verb and the event noun its clause puts it "in" share a day (fourteenth
// session).
//
// "Police have detained 68 suspected insurgents in raids across the
// country", "three policemen died in bomb attacks Saturday", "Voters have
// approved the constitution in a referendum Sunday": the act of the verb
// was done in the event the noun tells, so it has that event's day. When
// the two are of one type they are folded into one event
// (inEventNounAfterObject); of two types (an arrest in a raid, a death in an
// attack, an approval in a referendum) both stay, and the sentence's one day
// went to only one of them. inEventDay links them for linkedClause, in both
// directions, with at most the verb's short object between ("detained 68
// suspected insurgents in raids").

// inEventDay: one of ev and o is a verb told "in" (or "during") the event
// noun the other is.
func (p *Pipeline) inEventDay(d *doc, ev, o *event) bool {
	switch {
	case ev.nominal && !o.nominal:
		return p.verbInNoun(d, o, ev)
	case !ev.nominal && o.nominal:
		return p.verbInNoun(d, ev, o)
	}
	return false
}

// verbInNoun: the verb event v, then at most eight words of its object
// (no comma, conjunction, relative word or other verb), then "in" or
// "during" and the noun event n, as inEventNoun reads it.
func (p *Pipeline) verbInNoun(d *doc, v, n *event) bool {
	if v.sentence != n.sentence || n.trigStart <= v.trigEnd || n.trigStart-v.trigEnd > 12 {
		return false
	}
	if k := v.trigStart - 1; k >= 0 && d.sentOf[k] == v.sentence && p.cls(d, k)&wPrep != 0 {
		// a gerund after a preposition ("learned of BP's interest in
		// acquiring the rest of Standard in a telephone call March five"):
		// the "in" phrase is the governing verb's, not the gerund's
		return false
	}
	for m := n.trigStart - 1; m >= v.trigEnd; m-- {
		if d.lower[m] != "in" && d.lower[m] != "during" {
			continue
		}
		if m-v.trigEnd > 8 {
			return false
		}
		for j := v.trigEnd; j < m; j++ {
			switch d.lower[j] {
			case ",", "and", "or", "that", "who", "which", "when", "after", "while":
				return false
			}
			if d.mentionAt[j] < 0 && p.cls(d, j)&(wVerb|wPast) != 0 && p.cls(d, j)&(wNoun|wAdj) == 0 {
				return false
			}
		}
		w := *v // the verb as if its object were part of it
		w.trigEnd = m
		return inEventNoun(d, &w, n)
	}
	return false
}
