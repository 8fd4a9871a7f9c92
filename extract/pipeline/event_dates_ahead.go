package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// A scheduled event named by its day after a word of waiting (fifteenth
// session).
//
// A month and day written without a year before the noun of a scheduled
// event ("the January 30 elections", "February 8 elections", "the March 14
// vote") is read by the date finder as the nearest such day, and in a
// sentence of the past the latest one before publication. But news names
// an event by its day while waiting for it: "insurgents seeking to
// destabilize the country before the January 30 elections", "waiting until
// after the January 30 elections", "campaigning for the January 25
// elections", "the day before the February 8 summit". Written in June,
// these are next year's days. After a word of waiting the day is the next
// one (the Guideline's "ahead of the country's March 19 presidential
// election" 2008-03-19); a past verb before that word still tells of the
// past ("violence surged before the January 30 elections").

// scheduledNouns name events set for a day ahead.
var scheduledNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "poll": true, "polls": true, "ballot": true,
	"referendum": true, "runoff": true, "run-off": true, "summit": true, "conference": true,
}

// waitingAhead: the date words [at, end) of a sentence starting at ss name
// a scheduled event by a month and day without a year ("the January 30
// elections") after a word of waiting for it ("before", "ahead of", "for",
// "until", "until after"), in a clause with no past verb before that word.
func (p *Pipeline) waitingAhead(d *doc, ss, at, end int, tx timex.Timex) bool {
	if tx.Precision != timex.Day || !strings.ContainsAny(tx.Text, "0123456789") {
		return false // (a weekday is read by its own conventions)
	}
	for _, w := range strings.Fields(tx.Text) {
		if len(w) == 4 && allDigits(w) || w == "year" {
			return false // the year is told
		}
	}
	se := d.sents[d.sentOf[at]].End
	k := end
	for n := 0; n < 2 && k < se && !scheduledNouns[d.lower[k]] && d.mentionAt[k] < 0 && p.cls(d, k)&(wAdj|wNoun) != 0 && p.cls(d, k)&(wVerb|wPrep|wDet) == 0; n++ {
		k++ // "the January 30 parliamentary elections"
	}
	if k >= se || !scheduledNouns[d.lower[k]] {
		return false
	}
	b := at - 1
	if b >= ss && (d.lower[b] == "the" || d.lower[b] == "'s" || d.lower[b] == "’s") {
		b--
	}
	for b >= ss && d.mentionAt[b] >= 0 {
		b-- // "before Iraq's January 30 elections"
	}
	if b < ss {
		return false
	}
	switch d.lower[b] {
	case "before", "for", "until", "till", "toward", "towards":
	case "of":
		if b-1 < ss || d.lower[b-1] != "ahead" {
			return false
		}
		b--
	case "after":
		if b-1 < ss || d.lower[b-1] != "until" && d.lower[b-1] != "till" {
			return false // "violence following the December 27 election" is past
		}
		b--
	default:
		return false
	}
	for k := b - 1; k >= ss; k-- {
		if d.lower[k] == "," || d.lower[k] == ";" {
			break
		}
		if d.mentionAt[k] < 0 && p.cls(d, k)&wPast != 0 && p.cls(d, k)&(wVerb|wNoun) == 0 {
			return false // "violence surged before the January 30 elections"
		}
	}
	return true
}

// beginVerbs tell when an event noun's relative clause says it began or
// begins: "his U.S. visit, which began Sunday", and in the news present of
// what is set (fifteenth session), "the Summit of the Americas, which opens
// Friday", "the referendum, which begins on Sunday".
var beginVerbs = map[string]bool{
	"began": true, "started": true, "opened": true,
	"begins": true, "starts": true, "opens": true,
}

// namedOf: the words [from, to) are "of" and a name ("the Summit of the
// Americas"), which completes the event noun before them.
func namedOf(d *doc, from, to int) bool {
	if from+1 >= to || d.lower[from] != "of" {
		return false
	}
	k := from + 1
	if d.lower[k] == "the" {
		k++
	}
	for ; k < to; k++ {
		if d.mentionAt[k] < 0 {
			return false
		}
	}
	return true
}
