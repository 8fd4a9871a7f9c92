package pipeline

import "strings"

// A clause opened by "as" shares the day of the dated event it is tied to
// (twenty-second session).
//
// "The report was delivered Wednesday in New York, as Lebanese troops
// deployed near the camps", "gunmen attacked two mosques as worshippers
// attended Friday prayers", "the letter appeared Wednesday as the Russian
// leader was due to begin a visit": temporal "as" ties two acts to one
// time, as "when" and "while" do (linkedClause), and news gives the day
// once. Not the "as" of a role or comparison: "as part of", "as well as",
// "such as", "as a result", "as many as", "served as president", "quoted him
// Sunday as saying".

// asNotClause are the words after "as" that open no clause of time.
var asNotClause = map[string]bool{
	"part": true, "well": true, "a": true, "an": true, "many": true, "much": true, "long": true,
	"far": true, "of": true, "if": true, "though": true, "soon": true, "such": true, "to": true,
	"for": true, "with": true, "in": true, "on": true, "at": true, "expected": true, "usual": true,
	"planned": true, "scheduled": true, "agreed": true, "promised": true, "reported": true,
}

// asClause: the "as" at k, between two events of a sentence (the later one
// starts at hi), opens a clause of time: it follows a comma or a word that
// is not a comparison's ("such as", "the same as", "served as"), and a
// finite verb (past tense or a form of "be") comes within six words after
// it, at or before hi.
func (p *Pipeline) asClause(d *doc, k, hi int) bool {
	if k+1 >= len(d.lower) || asNotClause[d.lower[k+1]] {
		return false
	}
	if d.mentionAt[k+1] < 0 && strings.HasSuffix(d.lower[k+1], "ing") {
		return false // "quoted the spokesman Sunday as saying": a report's content
	}
	if k-1 >= 0 {
		switch d.lower[k-1] {
		case "such", "same", "as", "well", "so", "just", "known", "served", "serve", "serves", "serving", "named", "appointed", "elected", "sworn", "regarded", "seen", "described", "act", "acted", "acting":
			return false
		}
	}
	for j := k + 1; j <= hi && j < len(d.lower) && j <= k+7; j++ {
		if d.mentionAt[j] >= 0 {
			continue
		}
		switch d.lower[j] {
		case "is", "are", "was", "were":
			return true
		case ",", ";", "and", "but":
			return false
		}
		if c := p.cls(d, j); c&wPast != 0 && c&(wNoun|wAdj) == 0 {
			return true
		}
	}
	return false
}

// asAfterDate: ev is told in an "as" clause of time that follows the
// sentence's date closely ("was delivered Wednesday in New York, as
// Lebanese troops deployed"), the date ending at dateEnd, when what the
// date is told of is no event of its own.
func (p *Pipeline) asAfterDate(d *doc, dateEnd int, ev *event) bool {
	if ev.trigStart <= dateEnd || ev.trigStart-dateEnd > 14 || d.sentOf[dateEnd] != d.sentOf[ev.trigStart] {
		return false
	}
	for k := dateEnd; k < ev.trigStart && k <= dateEnd+6; k++ {
		switch d.lower[k] {
		case "as":
			return ev.trigStart-k <= 8 && p.asClause(d, k, ev.trigStart)
		case "and", "but", "that", "which", "who", "said", "says", "when", "after", "before", "while", ";":
			return false
		}
	}
	return false
}
