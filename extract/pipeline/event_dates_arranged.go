package pipeline

// arrangedAhead: the word at k, the nearest verb before a weekday at at, is
// the present progressive of a verb of arranged events ("are holding more
// talks in New Delhi Friday", "is meeting in the Bulgarian capital Sofia
// Monday", "is flying to Riga Friday"). The present progressive with a named
// day tells an arrangement: that day is today or still to come, never one
// gone by (a past day needs a past tense: "were meeting Monday"), the `dev18`
// present-tense reading of testdata/events/README.md. futureAt already reads
// the progressive right before the date; this reads it further back, over
// the place and the object between (nineteenth session). The walk in futureAt
// stops at a nearer past verb ("are holding talks after Iran rejected the
// offer Friday"), so a day of another clause is left alone; a month or year
// is left alone too ("are holding talks following the elections in December":
// a month is as often the background's).
func (p *Pipeline) arrangedAhead(d *doc, ss, k, at int) bool {
	if w := d.lower[k]; !arrangedVerbs[w] && w != "flying" {
		return false
	}
	if k-1 < ss || d.lower[k-1] != "is" && d.lower[k-1] != "are" {
		return false
	}
	return weekdays[d.lower[at]] || d.lower[at] == "on" && at+1 < len(d.lower) && weekdays[d.lower[at+1]]
}
