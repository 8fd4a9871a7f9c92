package pipeline

// The first of two past predicates shares the day told after the second
// (fourteenth session).
//
// "Cambodian authorities took 52-year-old Puth Lim into custody and charged
// him in the case Friday", "Troops surrounded the village and arrested 12
// men Tuesday": news tells two acts of one subject joined by "and" and gives
// their day once, at the end. linkedClause gave a day told after the first
// predicate to the second ("met late Wednesday and agreed to continue");
// firstOfPair gives the day of the second to the first, when the second is
// a past verb right after "and" and the first a past verb whose clause runs
// to that "and" with no comma, relative word or tie to another time.

// firstOfPair: ev, a past verb, and o, the dated past verb right after the
// "and" at k, are two predicates of one subject.
func (p *Pipeline) firstOfPair(d *doc, ev, o *event, k int) bool {
	if ev.nominal || o.nominal || ev.trigEnd > k || o.trigStart != k+1 || k-ev.trigEnd > 8 {
		return false
	}
	if p.cls(d, ev.trigStart)&wPast == 0 || p.cls(d, o.trigStart)&wPast == 0 {
		return false
	}
	if k-1 >= 0 && d.lower[k-1] == "," {
		return false // "arrested three men, and police said Friday": a new clause
	}
	for j := ev.trigEnd; j < k; j++ {
		switch d.lower[j] {
		case ",", "who", "which", "that", "when", "after", "before", "since", "while", "and", "but", "ago":
			return false
		}
		if dayWords[d.lower[j]] {
			return false // the first has a day of its own
		}
	}
	return true
}
