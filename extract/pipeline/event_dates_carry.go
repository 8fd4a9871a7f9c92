package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// Carrying the story's day over a few sentences (twelfth session).
//
// A story that names its day once ("Insurgents launched a series of new
// attacks on Saturday") goes on telling that day's events for a few
// sentences without naming it again: "British officials say the convoy was
// hit by a roadside bomb. The attack in Basra also injured two Iraqi
// children." The day used to go on only to the sentence right after the
// one naming it; it now goes on to the third sentence after it, while no
// sentence in between or the sentence itself names any time at all (a year
// or a month says the story has turned to other times: "The U.N. Security
// Council in 1999 called on nations ...") and the sentence does not say it
// looks back ("At the time, Putin visited the hospital"). Only attacks,
// deaths, injuries and arrests take it so far on: a report of violence
// goes on through its day ("Other attacks killed at least 12"), while
// appeals, threats and calls told further on are mostly quoted comment of
// another day ("Bywater said, 'I urge the Administration ...'").

// carryWindow is how many sentences after the one naming the story's day
// an undated event may still take that day.
const carryWindow = 3

// carriesDay: sentence si, naming no day, goes on with the day sentence
// refAt named, ref.
func carriesDay(d *doc, refAt, si int, ref string) bool {
	if refAt < 0 || si-refAt > carryWindow {
		return false
	}
	if si-refAt == 1 {
		return true // the sentence right after goes on with it, as before
	}
	if !pastWeekday(d, refAt, ref) {
		// only a past day told by its weekday or as yesterday goes on so
		// far: a written date is as often a bound or a term ("output in
		// the year started March 1"), today still to come ("ministers meet
		// later today")
		return false
	}
	for k := refAt + 1; k <= si; k++ {
		s := d.sents[k]
		if lookingBack(d.lower[s.Start:s.End]) {
			return false
		}
		if namesTime(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published) {
			return false
		}
	}
	return true
}

// lookingBack: the sentence tells of an earlier time than the story's day
// ("At the time, ...", "had been", "then-President").
func lookingBack(lower []string) bool {
	for i, w := range lower {
		switch w {
		case "had", "previously", "formerly", "earlier", "then", "recently":
			return true
		case "time":
			if i > 0 && lower[i-1] == "the" && i > 1 && lower[i-2] == "at" {
				return true
			}
		}
	}
	return false
}

// namesTime: the sentence names a time of any precision, a year the date
// finder leaves to the events ("The Council in 1999 called on") or a month
// included.
func namesTime(words, lower []string, published string) bool {
	for i, w := range lower {
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && allDigits(w) {
			return true
		}
		if monthNames[w] && words[i] != w {
			return true
		}
	}
	return len(timex.FindLower(words, lower, published, timex.Options{})) > 0
}

// monthNames, written capitalised in the text.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// pastWeekday: sentence si names ref, a day before publication, by a weekday or
// "yesterday" (not "two days ago": a count of days is as often a report's).
func pastWeekday(d *doc, si int, ref string) bool {
	s := d.sents[si]
	for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, timex.Options{}) {
		if tx.Precision == timex.Day && !tx.Follows && tx.Value == ref && ref < d.src.Published && weekdayOrYesterday(tx.Text) {
			return true
		}
	}
	return false
}

// weekdayOrYesterday: the expression names its day by a weekday or as
// yesterday.
func weekdayOrYesterday(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), ".")
		if w == "yesterday" || len(w) >= 6 && strings.HasSuffix(w, "day") && dayWords[w] {
			return true
		}
	}
	return false
}
