package pipeline

// Participants named only inside a modifier of a modifier.
//
// The word rules take the names in the phrase after (or before) a trigger;
// some of them only qualify a thing inside it: "called on the kidnappers
// of a German woman to release her" (Germany is the woman's, the appeal is
// to the kidnappers), "was visiting survivors of last year's South Asian
// earthquake" (the region qualifies the earthquake). The parse tells the
// depth: between the name and the trigger stand two or more common nouns,
// the lower one a modifier of the upper one. A noun that stands for the
// people of the name ("troops", "members", "supporters", "officials",
// "dozens") passes the name up and does not count: "attacked a convoy of
// U.S. troops" is an attack on the United States, "arrested dozens of its
// members" an arrest of the group's people.

// deepOnly drops from ev the participants whose every mention in the
// sentence [ss,se) lies two common nouns below the trigger in the parse.
// It leaves an event at least one participant.
func (p *Pipeline) deepOnly(d *doc, ev *event, ss, se int) {
	if p.syn == nil || len(ev.parts) < 2 || !ofOrPossessive(d, ss, se) {
		return
	}
	t, ok := p.eventTree(d, ev, ss, se)
	if !ok {
		return
	}
	v := t.trigHead(ev)
	if v < 0 {
		return
	}
	deep := map[int]bool{}
	plain := map[int]bool{}
	for _, m := range d.mentionsIn(ss, se) {
		if m.ent < 0 || !hasPart(ev, m.ent) {
			continue
		}
		switch dp, onName := t.deepUnder(d, m, v); {
		case dp:
			deep[m.ent] = true
		case !onName:
			plain[m.ent] = true
		}
	}
	dropMarked(ev, deep, plain)
}

// deepUnder tells where m's head stands below the trigger head v (sentence
// index): deep when it reaches v through modifier links only, passing two
// or more common nouns that do not stand for people; onName when a name
// it modifies comes first ("German" in "German Chancellor Angela Merkel":
// the name's, not the event's); neither otherwise.
func (t tree) deepUnder(d *doc, m *mention, v int) (deep, onName bool) {
	h := t.mentionHead(m)
	if h < 0 || h == v {
		return false, false
	}
	nouns := 0
	x := h
	for range 8 {
		up := t.w[x].Head
		if up < 0 {
			return false, false
		}
		if up == v {
			return nouns >= 2, false
		}
		switch t.w[x].Rel {
		case "nmod:poss":
			if x == h {
				// a possessor acts ("proof of Bangkok's allegations":
				// Bangkok alleged, and the demand is made of it)
				return false, false
			}
		case "nmod":
			if t.caseOf(d, x) != "of" {
				// only "the N of X" qualifies a thing: "an end to its
				// alliance with General Motors" names a side of the
				// alliance, and a phrase with no preposition is a misparse
				return false, false
			}
		case "amod", "compound", "nmod:desc":
		default:
			return false, false // an argument of its own (subject, object, conjunct...)
		}
		x = up
		if t.ss+x >= len(d.lower) || d.mentionAt[t.ss+x] >= 0 {
			return false, true
		}
		if t.w[x].Tag != "NOUN" {
			return false, false
		}
		if w := d.lower[t.ss+x]; !standsForPeople(w) {
			nouns++
		}
	}
	return false, false
}

// standsForPeople: a noun whose phrase is the people of the name that
// modifies it ("U.S. troops", "members of Hamas", "dozens of Iraqis").
func standsForPeople(w string) bool {
	return groupNouns[w] || forceNouns[w] || fighterNouns[w] || peopleNouns[w] || memberNouns[w] ||
		staffNouns[w] || quantityNouns[w]
}

// ofOrPossessive: the sentence [ss,se) has an "of" or a possessive "'s",
// without which no name lies two nouns deep (deepUnder climbs only "of"
// phrases and possessors between nouns). It spares the parse of the many
// sentences that cannot have one.
func ofOrPossessive(d *doc, ss, se int) bool {
	for k := ss; k < se; k++ {
		switch d.lower[k] {
		case "of", "'s", "’s":
			return true
		}
	}
	return false
}
