package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// A coming event's month refined by the day a later sentence gives it
// (eighteenth session).
//
// "President Bush will travel to Argentina, Brazil and Panama next month. A
// statement ... said the president will visit Argentina from November 3",
// "China and Russia will hold their first joint military exercises later
// this month. ... the exercises ... will take place August 18": the lead
// tells a coming event by a month read against the publication day, the
// next sentences tell its calendar day. The calendar day is the text's own
// and the finer: it dates the lead's event, also where the month read from
// the publication day disagrees (a story whose publication day is
// assumed). The later telling must be of the same event: an event of its
// type with the same sides (not "will visit Argentina" for a trip to
// Brazil and Argentina, nor the tour the visit begins), or the lead's own
// event noun retold with "the" before the day ("the exercises ... will
// take place August 18").

// monthDayWindow: how many sentences after the lead's a day may come.
const monthDayWindow = 4

// comingMonthDay dates a coming month-dated event by the coming day a later
// sentence of the same item gives it.
func (p *Pipeline) comingMonthDay(d *doc) {
	pub := d.src.Published
	if len(pub) < 10 {
		return
	}
	for _, ev := range d.events {
		if ev.dropped || ev.unreal || ev.precision != timex.Month || ev.date < pub[:7] || ev.sentence < 0 {
			continue
		}
		for si := ev.sentence + 1; si <= ev.sentence+monthDayWindow && si < len(d.sents); si++ {
			if itemBreak(d, ev.sentence, si) {
				break
			}
			if day := p.retoldComingDay(d, si, ev); day != "" {
				ev.date, ev.precision = day, timex.Day
				break
			}
		}
	}
}

// retoldComingDay: sentence si retells ev with a coming calendar day; it
// returns the day, or "".
func (p *Pipeline) retoldComingDay(d *doc, si int, ev *event) string {
	pub := d.src.Published
	for _, o := range d.events {
		if o == ev || o.dropped || o.unreal || o.typ != ev.typ || o.precision != timex.Day || o.date <= pub ||
			o.sentence != si || !sameEntities(ev, o) {
			continue
		}
		return o.date
	}
	s := d.sents[si]
	head := ev.trigEnd - 1 // "military exercises": the noun that names it
	if !ev.nominal {
		return ""
	}
	told := -1 // "the exercises", retold by its definite noun
	for k := s.Start + 1; k < s.End; k++ {
		if d.lower[k] == d.lower[head] && d.lower[k-1] == "the" {
			told = k
			break
		}
	}
	if told < 0 {
		return ""
	}
	for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], pub, timex.Options{Future: true}) {
		if s.Start+tx.Start < told || tx.Precision != timex.Day || tx.Value <= pub || relativeDay(tx.Text) || !strings.ContainsAny(tx.Text, "0123456789") {
			continue // a calendar day of its own ("August 18"), still to come
		}
		return tx.Value
	}
	return ""
}

// sameEntities: a and b name the same participants (whatever their roles).
func sameEntities(a, b *event) bool {
	has := func(x *event, ent int) bool {
		for _, pt := range x.parts {
			if pt.ent == ent {
				return true
			}
		}
		return false
	}
	if len(a.parts) == 0 || len(b.parts) == 0 {
		return false
	}
	for _, pt := range a.parts {
		if !has(b, pt.ent) {
			return false
		}
	}
	for _, pt := range b.parts {
		if !has(a, pt.ent) {
			return false
		}
	}
	return true
}
