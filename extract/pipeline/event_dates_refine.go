package pipeline

import (
	"time"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// A later day refines a vague date (thirteenth session; the published
// weekday a week back, fourteenth session).
//
// News names its event first by a period ("a Polish oil worker seized last
// week", "who was gunned down earlier this week", "a battle last week") and
// a sentence or two on gives the day ("He was seized Thursday by six
// gunmen", "The fighting began last Wednesday"). The later mention is the
// same event told again, often without a named side, so it is dropped and
// never folded into the first: its day was lost. refineByLater gives an
// event dated to a week or a month the day of an event of its type told in
// one of the next three sentences of the same item, when that day lies
// within the period (a day outside it is another event: "last month's
// attacks ... the 2002 Bali bombings").

// A later bare weekday that the date finder read as the published day
// itself, outside the past period the event was first dated by, is the same
// weekday a week back ("a Polish oil worker seized last week ... He was
// seized Thursday", told on a Thursday): the story's own period decides the
// reading of a weekday that may be today or a week ago (fourteenth session;
// used here and where a sideless mention joins the event, events.go).

// weekBack is day, when it is the published day, a week earlier; else day.
func weekBack(d *doc, day string) string {
	if day != d.src.Published {
		return day
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, -7).Format("2006-01-02")
}

// refineWindow is how many sentences after an event a later mention may
// refine its date.
const refineWindow = 3

// refineByLater gives vaguely dated events the day a later mention names.
func refineByLater(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.unreal || ev.date == "" || (ev.precision != timex.Week && ev.precision != timex.Month) {
			continue
		}
		last := ev.sentences[len(ev.sentences)-1]
		for _, o := range d.events {
			if o == ev || o.unreal || o.typ != ev.typ || o.precision != timex.Day || o.date > d.src.Published ||
				o.sentence <= ev.sentence || o.sentence > last+refineWindow || itemBreak(d, ev.sentence, o.sentence) {
				continue
			}
			day := o.date
			if !dateCompatible(ev.date, day) {
				day = weekBack(d, day)
				if !dateCompatible(ev.date, day) {
					continue
				}
			}
			ev.date, ev.precision = day, o.precision
			break
		}
	}
}
