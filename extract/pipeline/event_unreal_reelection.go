package pipeline

// A re-election bid that is ruled out (twenty-second session, helper fp23).
//
// "Re-election" names one person's next term, not the vote itself: "can not
// run for re-election because he has already served two terms", "is not
// eligible to run for re-election", "will not be allowed to run for
// re-election", "has decided not to seek re-election". When the bid is
// negated or barred, that re-election does not happen, and the Guideline
// leaves out denied events. (The vote it would have been held at is told by
// its own noun, "the October election", and stays.) The TUNE labels never
// count a barred re-election: three no-gold or repeated ELECTION events in
// three stories of three sets (voa-0485, 1826, 2088).

// reelectionNouns name a person's own next term.
var reelectionNouns = map[string]bool{"re-election": true, "reelection": true, "re-elections": true}

// bidVerbs ask for a term: "run for re-election", "seek re-election".
var bidVerbs = map[string]bool{
	"run": true, "runs": true, "running": true, "ran": true,
	"stand": true, "stands": true, "standing": true,
	"seek": true, "seeks": true, "seeking": true, "sought": true,
}

// bidBarWords negate or bar the bid before its verb: "not", "cannot",
// "barred from", "ineligible to", "unable to".
var bidBarWords = map[string]bool{
	"not": true, "n't": true, "never": true, "cannot": true, "unable": true, "ineligible": true,
	"barred": true, "banned": true, "bars": true, "bans": true, "prohibited": true, "forbidden": true,
	"prevented": true, "prevents": true, "prevent": true,
}

// barredReelection: the ELECTION trigger at ev is "re-election" after a bid
// verb ("run for", "seek") that a negation or a bar governs within the same
// clause.
func barredReelection(d *doc, ev *event, ss int) bool {
	t := ev.trigStart
	if ev.typ != "ELECTION" || t < 0 || t >= len(d.lower) || !reelectionNouns[d.lower[t]] {
		return false
	}
	v := t - 1
	if v > ss && (d.lower[v] == "a" || d.lower[v] == "his" || d.lower[v] == "her") {
		v-- // "seek a third term"-like determiners: "run for a re-election"
	}
	if v > ss && d.lower[v] == "for" {
		v--
	}
	if v < ss || !bidVerbs[d.lower[v]] {
		return false
	}
	for k := v - 1; k >= ss && k >= v-6; k-- {
		w := d.lower[k]
		switch w {
		case ",", ";", ":", "and", "but", "or", "that", "which", "who", "because", "if", "when", "while", "after", "before":
			return false // a clause of its own: "said that he would run"
		}
		if bidBarWords[w] {
			return true
		}
	}
	return false
}
