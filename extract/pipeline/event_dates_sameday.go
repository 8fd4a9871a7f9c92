package pipeline

import (
	"strings"
	"time"
)

// A coming weekday that is the published weekday (eighteenth session).
//
// Told on a Thursday, "will hold a special meeting Thursday", "is scheduled
// to appear in court Thursday" and "will attend a meeting on Thursday and
// Friday" are the Thursday a week ahead: news names its own day "today"
// (and "later today"), so a weekday after a word of intention or schedule
// that falls on the published day is not today. The news present ("holds
// talks in Jerusalem Thursday") and a set event waited for ("ahead of
// Thursday's meeting") are the headline's own day and stay today: only an
// explicit modal or schedule word moves the day.

// weekdayWords: bare weekday names.
var weekdayWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// aheadWords: words of intention or schedule that put a date a week ahead
// when it names the published weekday.
var aheadWords = map[string]bool{"will": true, "'ll": true, "shall": true, "scheduled": true, "due": true, "expected": true}

// weekAhead: the coming date value (a day read with Options.Future from
// the words at..end of the sentence from ss) names the published weekday
// after a modal or schedule word of its clause; it returns the day a week
// later, or "" when the date stays.
func weekAhead(d *doc, ss, at, end int, value string) string {
	if value != d.src.Published || end-at > 3 {
		return ""
	}
	bare := false
	for k := at; k < end; k++ {
		if weekdayWords[d.lower[k]] {
			bare = true
		}
	}
	if !bare || end < len(d.lower) && (d.lower[end] == "'s" || d.lower[end] == "’s") {
		return "" // ("ahead of Thursday's meeting": a set event waited for today)
	}
	for k := at - 1; k >= ss && k >= at-12; k-- {
		w := d.lower[k]
		if aheadWords[w] {
			t, err := time.Parse("2006-01-02", value)
			if err != nil {
				return ""
			}
			return t.AddDate(0, 0, 7).Format("2006-01-02")
		}
		if newsPresent(d, ss, k) && k-1 >= ss && (aheadWords[d.lower[k-1]] || d.lower[k-1] == "to") {
			continue // "will hold a meeting", "is scheduled to meet": the bare verb of the modal's clause
		}
		if newsPresent(d, ss, k) || strings.HasSuffix(w, "ed") && w != "scheduled" && w != "expected" {
			return "" // "holds talks Thursday", "was arrested ... Thursday"
		}
		switch w {
		case "said", "says", "say", "was", "were", "had", "did", "would", "today", ".", ";":
			return ""
		}
	}
	return ""
}
