package pipeline

// An opening date with its place (twenty-first session, helper dates22).
//
// "Earlier today in Saudi Arabia, Ms. Rice had talks with Saudi leaders",
// "On Tuesday in Baluchistan, unidentified gunmen killed a local
// politician": a sentence may open with its date and the place of what it
// tells, closed by one comma, as it opens with the date alone ("Also
// Monday, a group claimed ..."). The whole opening adverbial sets the
// scene of the main clause, so the date belongs to the main clause's event
// as an opening date does, even when the event is told far after it. Only
// a place named by a preposition of place and a name ("in Saudi Arabia",
// "at the United Nations") counts: any other word (a verb, a second
// clause) makes the phrase more than a scene. A sentence naming another
// date is left alone: its main clause is as often a report of what that
// date tells ("Earlier today in Washington, U.S. television networks had
// reported that American forces launched a strike late Sunday", Reuters).

// datePlaceOpening: the date [at, end) opens the sentence [ss, se) (after
// nothing but "On", "Earlier", "Also" and the like: "Speaking Tuesday in
// Kinshasa, Mr. Annan said" dates the speaking) and the words from end to
// the next comma are "in" or "at" and a name.
func datePlaceOpening(d *doc, ss, at, end, se int) bool {
	if end+1 >= se || d.lower[end] != "in" && d.lower[end] != "at" {
		return false
	}
	for k := ss; k < at; k++ {
		if !openingPhrase[d.lower[k]] && d.lower[k] != "late" && d.lower[k] != "early" {
			return false
		}
	}
	k := end + 1
	if d.lower[k] == "the" {
		k++
	}
	if k >= se || d.mentionAt[k] < 0 {
		return false
	}
	for n := 0; k < se && n < 6; n++ {
		switch {
		case d.lower[k] == ",":
			return true
		case d.mentionAt[k] < 0:
			return false // "Tuesday in talks with Iran, ..."
		}
		k++
	}
	return false
}
