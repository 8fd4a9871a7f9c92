package pipeline

// The start of an event told at its end (sixteenth session).
//
// News names a visit or meeting of several days by the day it ended: "During
// a rally in Havana Friday at the end of a three-day visit to Cuba", "In a
// statement issued Saturday at the end of their two-day meeting". The day
// told is the last; the event is dated by its first (the Guideline dates an
// event of several days by its start: "begins a two-day visit Sunday" is
// that Sunday), so the day goes back by the length less one.

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// spanEndWords tell that what follows them has come to its end.
var spanEndWords = map[string]bool{
	"concluding": true, "concluded": true, "ending": true, "ended": true,
	"closing": true, "closed": true, "completing": true, "completed": true,
	"finishing": true, "finished": true,
}

// spanDays are the lengths written "N-day" (or "N days of").
var spanDays = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "2": 2, "3": 3, "4": 4, "5": 5,
	"6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
}

// spanStarts moves the date of an event noun told at its end ("at the end
// of a three-day visit", "concluding a two-day meeting") from the day the
// sentence names, which is its last, to its first.
func spanStarts(d *doc) {
	for _, ev := range d.events {
		if !ev.nominal || ev.unreal || ev.sentence < 0 || ev.sentence >= len(d.sents) {
			continue
		}
		s := d.sents[ev.sentence]
		n, ok := spanEnded(d, s.Start, ev.trigStart)
		if !ok {
			continue
		}
		day := ev.date
		if ev.precision != timex.Day {
			if ev.date != "" {
				continue // (a month or week told for it is no end day)
			}
			day = sentenceEventDay(d, ev)
			if day == "" {
				day = onlyDay(d, ev.sentence)
			}
		}
		if day == "" || !namesDay(d, ev.sentence, day) {
			continue
		}
		t, err := time.Parse("2006-01-02", day)
		if err != nil {
			continue
		}
		ev.date, ev.precision = t.AddDate(0, 0, -(n-1)).Format("2006-01-02"), timex.Day
	}
}

// spanEnded: the event noun at k is told at its end and lasts n days: "at
// the end of a three-day visit", "concluding their two-day meeting",
// "ended two days of talks".
func spanEnded(d *doc, ss, k int) (int, bool) {
	k--
	n := 0
	if k >= ss {
		if i := strings.Index(d.lower[k], "-day"); i > 0 && i+4 == len(d.lower[k]) {
			n = spanDays[d.lower[k][:i]]
		}
	}
	if n == 0 && k-2 >= ss && d.lower[k] == "of" && d.lower[k-1] == "days" {
		n = spanDays[d.lower[k-2]]
		k -= 2
	}
	if n < 2 {
		return 0, false
	}
	k--
	switch {
	case k >= ss && (d.lower[k] == "a" || d.lower[k] == "an" || d.lower[k] == "the" || d.lower[k] == "his" || d.lower[k] == "her" || d.lower[k] == "their" || d.lower[k] == "its"):
		k--
	}
	if k < ss {
		return 0, false
	}
	if spanEndWords[d.lower[k]] {
		return n, true
	}
	// "at the end of a ...", "wrapping up a ..."
	if k-1 >= ss && d.lower[k] == "of" && d.lower[k-1] == "end" {
		return n, true
	}
	if k-1 >= ss && d.lower[k] == "up" && (d.lower[k-1] == "wrapping" || d.lower[k-1] == "wrapped" || d.lower[k-1] == "winding" || d.lower[k-1] == "wound") {
		return n, true
	}
	return 0, false
}

// sentenceEventDay is the day another event of ev's sentence is dated by
// ("In a statement issued Saturday at the end of their two-day meeting,
// ministers urged": the appeal's Saturday), when they agree on one.
func sentenceEventDay(d *doc, ev *event) string {
	day := ""
	for _, o := range d.events {
		if o == ev || o.sentence != ev.sentence || o.precision != timex.Day || o.date == "" {
			continue
		}
		if day != "" && day != o.date {
			return ""
		}
		day = o.date
	}
	return day
}

// namesDay: sentence si itself names day (read as past or coming), so the
// day is the one told with the event's end, not one carried from elsewhere.
func namesDay(d *doc, si int, day string) bool {
	s := d.sents[si]
	words, lower := d.words[s.Start:s.End], d.lower[s.Start:s.End]
	for _, opt := range []timex.Options{{}, {Future: true}} {
		for _, tx := range timex.FindLower(words, lower, d.src.Published, opt) {
			if tx.Precision == timex.Day && tx.Value == day {
				return true
			}
		}
	}
	return false
}

// onlyDay is the one day sentence si names, read as past ("In a statement
// issued Saturday at the end of their two-day meeting"), or "".
func onlyDay(d *doc, si int) string {
	s := d.sents[si]
	day := ""
	for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, timex.Options{}) {
		if tx.Precision != timex.Day || day != "" {
			return ""
		}
		day = tx.Value
	}
	return day
}
