package pipeline

import "github.com/newsgraph/newsgraph/extract/timex"

// A later day refines a vague date (thirteenth session).
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
				o.sentence <= ev.sentence || o.sentence > last+refineWindow || !dateCompatible(ev.date, o.date) ||
				itemBreak(d, ev.sentence, o.sentence) {
				continue
			}
			ev.date, ev.precision = o.date, o.precision
			break
		}
	}
}
