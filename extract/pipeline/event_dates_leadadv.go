package pipeline

// A lead's perfect with an adverb inside it (seventeenth session, dates18).
//
// newsNextDay dates a lead told in the present perfect by the day the next
// sentences give ("Former President Gutierrez has formally requested asylum
// in Colombia. Officials say he submitted his application Wednesday"). It
// found the perfect only as "has" right before the participle; English puts
// an adverb of manner, degree or stance between them just as often ("has
// formally requested", "have reportedly killed", "has also arrested", "has
// now agreed"), and those leads were left undated.

// perfectAfterAdverb: "has"/"have" at k is followed by one or two adverbs
// and then a past participle (or "been"), with no name in between.
func (p *Pipeline) perfectAfterAdverb(d *doc, k, se int) bool {
	j := k + 1
	for n := 0; n < 2 && j < se && d.mentionAt[j] < 0 && leadAdverb(d.lower[j], p.cls(d, j)); n++ {
		j++
	}
	if j == k+1 || j >= se || d.mentionAt[j] >= 0 {
		return false
	}
	return d.lower[j] == "been" || p.cls(d, j)&wPart != 0
}

// leadAdverb: a word that may stand between an auxiliary and its
// participle: an -ly adverb ("formally", "reportedly") or one of the short
// adverbs of time and addition; "not" and "never" are left out, as a
// negated perfect tells no event with a day.
func leadAdverb(w string, c wclass) bool {
	switch w {
	case "also", "now", "already", "just", "again", "finally", "since", "jointly":
		return true
	case "not", "never", "only", "long":
		return false
	}
	return len(w) > 4 && w[len(w)-2:] == "ly" && c&wAdv != 0
}

// perfectSubject: the event is the noun that is the subject of the lead's
// perfect ("A suspected missile strike has killed two people ... the strike
// Saturday hit a house", "Heavy fighting has forced thousands to flee"): the
// perfect tells what that event did, so the day the next sentence gives is
// its day as well. The noun must open the clause: a noun that is the object
// of a preposition or of another verb ("Police investigating the bombing
// have arrested ...") is an earlier event of its own.
func (p *Pipeline) perfectSubject(d *doc, ss int, ev *event, pp int) bool {
	if !ev.nominal || ev.trigEnd != pp {
		return false
	}
	for k := ss; k < ev.trigStart; k++ {
		if d.mentionAt[k] >= 0 {
			continue
		}
		c := p.cls(d, k)
		if c&(wPrep|wPunct) != 0 || c&(wVerb|wGerund) != 0 && c&(wAdj|wNoun) == 0 {
			return false
		}
	}
	return true
}
