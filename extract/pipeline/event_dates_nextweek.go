package pipeline

// A coming weekday that is the published day's own weekday ("will hold a
// special meeting Thursday", "are meeting in Brussels Thursday", written on
// a Thursday) is counted from the published day: the Thursday of the next
// week, since a story tells of a later hour of its own day as "today" or
// "later Thursday" (the events gold's decided reading, README "Dates": "a
// future Thursday, the published day, is the next week's"). The timex reader
// gives the published day itself, which is right for the news present of a
// headline ("Mitchell holds talks with Netanyahu in Jerusalem Thursday": the
// day of the story) and for a named event ("Ahead of Thursday's meeting"),
// so only an explicitly future clause moves on a week (twentieth session).

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// nextWeekSameDay returns tx moved on a week when it is a bare weekday read
// as coming that falls on the published day and the clause before it is
// explicitly future (a modal, "is to", "scheduled", "set to", "due", or the
// progressive of an arranged event).
func (p *Pipeline) nextWeekSameDay(d *doc, ss, at, end int, tx timex.Timex) timex.Timex {
	if tx.Precision != timex.Day || tx.Value != d.src.Published || !bareWeekday(tx.Text) {
		return tx
	}
	if end < len(d.lower) && (d.lower[end] == "'s" || d.lower[end] == "’s") || strings.HasSuffix(tx.Text, "'s") {
		return tx // "Thursday's meeting": an event named by its day
	}
	if !p.explicitFuture(d, ss, at) {
		return tx
	}
	t, err := time.Parse("2006-01-02", tx.Value)
	if err != nil {
		return tx
	}
	tx.Value = t.AddDate(0, 0, 7).Format("2006-01-02")
	return tx
}

// bareWeekday: the expression is a weekday alone ("Thursday", "on
// Thursday", "Thursday night"), with no "next", "this" or calendar date.
func bareWeekday(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) > 0 && f[0] == "on" {
		f = f[1:]
	}
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	switch f[0] {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
	default:
		return false
	}
	return len(f) == 1 || partsOfDay[f[1]]
}

var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// explicitFuture: a word of the twelve before at, or the words after a
// sentence-opening date, make the clause future: "will", "is to", "scheduled
// to", "set to", "due", "expected", or "is/are" before an arranged verb's
// -ing ("are meeting"). A report verb or a past auxiliary met first ends the
// search ("said Thursday").
func (p *Pipeline) explicitFuture(d *doc, ss, at int) bool {
	se := d.sents[d.sentOf[at]].End
	if at-ss <= 2 {
		// "On Thursday, the ministers will meet ...": the verb after it
		for k := at + 1; k < se && k < at+12; k++ {
			if futureMarker(d, ss, k) {
				return true
			}
		}
		return false
	}
	for k := at - 1; k >= ss && k >= at-12; k-- {
		switch d.lower[k] {
		case "said", "says", "say", "told", "was", "were", "had", "did", "has", "have", "ago", "last":
			return false
		}
		if futureMarker(d, ss, k) {
			return true
		}
	}
	return false
}

// futureMarker: the word at k makes its clause future.
func futureMarker(d *doc, ss, k int) bool {
	switch w := d.lower[k]; w {
	case "will", "'ll", "shall", "scheduled", "due", "expected":
		return true
	case "to", "set":
		return k-1 >= ss && (d.lower[k-1] == "is" || d.lower[k-1] == "are")
	default:
		return k-1 >= ss && (d.lower[k-1] == "is" || d.lower[k-1] == "are") && arrangedVerbs[w]
	}
}
