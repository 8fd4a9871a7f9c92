package pipeline

// Participants that only describe another participant.
//
// A noun phrase set beside a name describes that name by a relation to
// someone else: "the son of Mr. Hariri, Saad Hariri, called for",
// "A spokesman for Mr. Zardari, Farhatullah Babar, also called for",
// "Mahmoud Abdel-Al, a member of the Al-Ahbash group, was detained". The one
// in the description's "of" or "for" phrase (or its possessor: "Mr.
// Hariri's son, Saad Hariri") is no party to what the named one does; the
// word rules, which read names in a window, take both. The parse tells the
// shape: the description's noun stands in apposition to the name, and the
// other name hangs from that noun.

// describedOnly drops from ev the participants whose every mention in the
// sentence [ss,se) sits in the "of"/"for" phrase or possessor of a noun in
// apposition to another participant's name. It reads the sentence's parse
// only when the words show such a phrase beside a participant.
func (p *Pipeline) describedOnly(d *doc, ev *event, ss, se int) {
	if p.syn == nil || len(ev.parts) < 2 || !describerShape(d, ev, ss, se) {
		return
	}
	t, ok := p.eventTree(d, ev, ss, se)
	if !ok {
		return
	}
	described := map[int]bool{} // entity -> a mention only describes another
	plain := map[int]bool{}     // entity -> a mention stands on its own
	for _, m := range d.mentionsIn(ss, se) {
		if m.ent < 0 || !hasPart(ev, m.ent) {
			continue
		}
		if y := t.describes(d, m, ev); y >= 0 && y != m.ent && hasPart(ev, y) {
			described[m.ent] = true
		} else {
			plain[m.ent] = true
		}
	}
	dropMarked(ev, described, plain)
}

// describerShape: some participant's mention follows "of" or "for" or
// carries a possessive, with a comma in the sentence (an apposition is set
// off by commas).
func describerShape(d *doc, ev *event, ss, se int) bool {
	comma := false
	for k := ss; k < se; k++ {
		comma = comma || d.lower[k] == ","
	}
	if !comma {
		return false
	}
	for _, m := range d.mentionsIn(ss, se) {
		if !hasPart(ev, m.ent) {
			continue
		}
		// (over a title or honorific the name leaves out: "for Mr. X",
		// "of President X")
		j := m.start - 1
		for j > ss && j >= m.start-4 && d.mentionAt[j] < 0 && d.words[j] != "" && d.words[j][0] >= 'A' && d.words[j][0] <= 'Z' {
			j--
		}
		if j >= ss && (d.lower[j] == "of" || d.lower[j] == "for") {
			return true
		}
		if m.end < se && (d.lower[m.end] == "'s" || d.lower[m.end] == "’s") {
			return true
		}
	}
	return false
}

// describes returns the entity whose name the noun m modifies stands in
// apposition to ("the son of [m], Saad Hariri": Saad Hariri's), or -1. The
// noun is no part of a name and not the trigger ("a meeting of X" is X's).
func (t tree) describes(d *doc, m *mention, ev *event) int {
	h := t.mentionHead(m)
	if h < 0 {
		return -1
	}
	switch t.w[h].Rel {
	case "nmod", "nmod:poss":
	default:
		return -1
	}
	if t.w[h].Rel == "nmod" {
		if c := t.caseOf(d, h); c != "of" && c != "for" {
			return -1
		}
	}
	n := t.w[h].Head
	if n < 0 || d.mentionAt[t.ss+n] >= 0 || t.ss+n >= ev.trigStart && t.ss+n < ev.trigEnd {
		return -1
	}
	// the name the noun is set beside: its appositive child, or the name it
	// is the appositive of
	if t.w[n].Rel == "appos" && t.w[n].Head >= 0 {
		if e := t.entAt(d, t.w[n].Head); e >= 0 {
			return e
		}
	}
	for c, w := range t.w {
		if w.Head == n && w.Rel == "appos" {
			if e := t.entAt(d, c); e >= 0 {
				return e
			}
		}
	}
	// the parser sets a name right after m beside m itself ("for Mr.
	// Halvorsen, Erik Lund,": conj or appos of Halvorsen); but two different
	// names set side by side, closed by a comma and in no list ("and", "or"),
	// are not one referent: the second is the noun's
	list := false
	for c, w := range t.w {
		if w.Head == h && w.Rel == "conj" && t.child(c, "cc") >= 0 {
			list = true
		}
	}
	if list {
		return -1
	}
	for c, w := range t.w {
		if w.Head != h || w.Rel != "conj" && w.Rel != "appos" || c < h {
			continue
		}
		mi := d.mentionAt[t.ss+c]
		if mi < 0 {
			continue
		}
		y := d.mentions[mi]
		if y.ent >= 0 && y.ent != m.ent && y.start == m.end+1 && d.lower[m.end] == "," &&
			y.end < t.ss+len(t.w) && d.lower[y.end] == "," {
			return y.ent
		}
	}
	return -1
}

// mentionHead is the sentence index of the word of m whose head lies
// outside m, or -1.
func (t tree) mentionHead(m *mention) int {
	for i := m.start; i < m.end; i++ {
		x := i - t.ss
		if x < 0 || x >= len(t.w) {
			return -1
		}
		if h := t.w[x].Head; h < m.start-t.ss || h >= m.end-t.ss {
			return x
		}
	}
	return -1
}

// entAt is the entity named over sentence word x, or -1.
func (t tree) entAt(d *doc, x int) int {
	if mi := d.mentionAt[t.ss+x]; mi >= 0 {
		return d.mentions[mi].ent
	}
	return -1
}
