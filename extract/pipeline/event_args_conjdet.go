package pipeline

// A subject of two conjuncts whose second opens with a determiner
// (eighteenth session, part19): "A Japanese engineer and his driver were
// kidnapped", "An American missionary and her child were killed", "Eight
// Iraqi guards and two detainees died". npLeft joins unnamed conjuncts only
// when a bare noun follows "and" ("Iraqi civilians and policemen were
// killed"): before "a", "his" or a number it stops, so the subject read was
// the unnamed second conjunct alone and the event, with no one named, was
// dropped. Of the 516 TUNE misses "no participant read" at the session
// start, three in four had every gold name as an entity in the sentence;
// names on the first of such conjuncts were one recurring shape among them.
//
// The first conjunct is read only when it opens the clause (the sentence,
// a comma, ", and", "that" or a verb of saying before it): "Israel shelled Gaza and
// two children were killed" joins two clauses, and Gaza is no subject.

// detOpeners open a second conjunct that npLeft does not join.
var detOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "several": true, "one": true,
}

// detConjunct returns the names of the conjunct before "and" when the
// phrase ph, which names no one, is a second conjunct that opens with a
// determiner, possessive or count, and the first conjunct opens the clause.
func (p *Pipeline) detConjunct(d *doc, ph np, ss int) []int {
	s := ph.start
	if s-2 > ss && detOpeners[d.lower[s-1]] && d.lower[s-2] == "and" {
		s-- // a possessive npLeft leaves out: "and her child"
	}
	a := s - 1
	if len(ph.ents) > 0 || a-1 <= ss || d.lower[a] != "and" || !detOpeners[d.lower[s]] || d.mentionAt[a-1] < 0 && p.cls(d, a-1)&wNoun == 0 {
		return nil
	}
	q := p.npLeft(d, a, ss)
	if q.start >= a || len(q.ents) == 0 || afterPreposition(d, q.start, ss) || p.eventNoun(d, q.start, a) {
		return nil
	}
	b := q.start - 1
	if !clauseStart(d, q.start, ss) && !(b > ss && (sayForms[d.lower[b]] || d.lower[b] == "that" || (d.lower[b] == "and" || d.lower[b] == "but") && d.lower[b-1] == ",")) {
		return nil
	}
	return q.ents
}
