package pipeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// A later mention's calendar day wins over a vague first date (fifteenth
// session).
//
// News names an event first by a period counted from publication ("last
// month's legislative elections", "next month's parliamentary elections",
// "Iraq's elections later this month") and a sentence or two on by its
// calendar day, as a date standing before the event's noun: "the September
// 18 vote", "the March 14 vote", "the January 30 election". The Guideline
// reads the exact day ("when a vague and an exact date disagree, the exact
// one wins"), in the direction the first date gave: a past period's day is
// the last one on or before publication, a coming period's the next one
// ("last month's runoff ... the July 24 runoff", written in June, is
// 2006-07-24; "next month's elections ... the March 14 vote" is 2008-03-14).
// The day is often lost: the later noun has no named side, so it is
// dropped or folded into the first event without its date, or the date
// went to another event of its sentence ("Accusations of irregularities in
// the count of the September 18 vote sparked demonstrations").

// dayNouns are the nouns a calendar day names an event of a type by.
func dayNouns(typ string) func(w string) bool {
	switch typ {
	case "ELECTION":
		return func(w string) bool { return scheduledNouns[w] && w != "summit" && w != "conference" }
	case "MEET":
		// (not "meeting" or "talks": a day before them names another
		// body's meeting as often, "when he meets Baker next week ... The
		// April 9 committee meeting", Reuters)
		return func(w string) bool { return w == "summit" || w == "conference" }
	case "ATTACK":
		return func(w string) bool { return datedHarmNouns[w] }
	}
	return nil
}

// exactLaterDay gives an event dated to a week or month the calendar day a
// later sentence of its item names it by.
func (p *Pipeline) exactLaterDay(d *doc) {
	pub, err := time.Parse("2006-01-02", d.src.Published)
	if err != nil {
		return
	}
	for _, ev := range d.events {
		if ev.dropped || ev.unreal || ev.precision != timex.Month && ev.precision != timex.Week {
			continue
		}
		names := dayNouns(ev.typ)
		if names == nil {
			continue
		}
		dir := periodSide(d, ev, pub)
		for si := ev.sentence + 1; si < len(d.sents) && si <= ev.sentence+refineWindow && !itemBreak(d, ev.sentence, si); si++ {
			if day, ok := p.namingDay(d, si, names, dir); ok {
				ev.date, ev.precision = day, timex.Day
				break
			}
		}
	}
}

// periodSide says whether ev's vague date lies before publication (-1),
// after it (+1), or is the published period itself, told neither way (0:
// the day is read as the nearest one). A period holding the published day
// leans by its words: "later this month" is still to come, "earlier this
// month" past.
func periodSide(d *doc, ev *event, pub time.Time) int {
	own := pub.Format("2006-01")
	if ev.precision == timex.Week {
		y, w := pub.ISOWeek()
		own = fmt.Sprintf("%04d-W%02d", y, w)
	}
	switch {
	case ev.date < own:
		return -1
	case ev.date > own:
		return 1
	}
	s := d.sents[ev.sentence]
	for k := s.Start; k+1 < s.End; k++ {
		if d.lower[k+1] != "this" {
			continue
		}
		switch d.lower[k] {
		case "later":
			return 1
		case "earlier":
			return -1
		}
	}
	return 0
}

// namingDay finds in sentence si a month and day without a year standing
// before a noun names accepts ("the September 18 vote", "the January 30
// parliamentary election"), read the last such day on or before
// publication (dir < 0), the next one (dir > 0) or the nearest one (0).
func (p *Pipeline) namingDay(d *doc, si int, names func(string) bool, dir int) (string, bool) {
	s := d.sents[si]
	opt := timex.Options{Past: dir < 0, Future: dir > 0}
	for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, opt) {
		if tx.Precision != timex.Day || tx.Follows || !strings.ContainsAny(tx.Text, "0123456789") {
			continue
		}
		written := false
		for _, w := range strings.Fields(tx.Text) {
			written = written || len(w) == 4 && allDigits(w) || w == "year"
		}
		if written {
			continue // a day with its year is another event's as often ("the 2002 Bali bombings")
		}
		k := s.Start + tx.End
		for n := 0; n < 2 && k < s.End && !names(d.lower[k]) && d.mentionAt[k] < 0 && p.cls(d, k)&(wAdj|wNoun) != 0 && p.cls(d, k)&(wVerb|wPrep|wDet) == 0; n++ {
			k++ // "the July 24 runoff election"
		}
		if k < s.End && names(d.lower[k]) {
			v := tx.Value
			if dir < 0 {
				v = pastYear(tx, d.src.Published).Value // (Past still lets a few weeks ahead: a term)
			}
			return v, true
		}
	}
	return "", false
}
