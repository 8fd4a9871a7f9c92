package pipeline

// Event dates: which date expression of a sentence dates which event, and
// which day goes on to the sentences after it.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// anchorDates gives each date expression of the sentence to the event it
// dates: a noun trigger it stands right before ("the October 1 Bali
// bombings", "Saturday's elections") or a trigger it follows directly
// ("elections Saturday"), else the closest trigger before it, or else after it,
// preferring events with participants (a bare noun such as "patrol" is seldom
// what the date is about). An expression dating what follows it ("a day after
// a bomber killed five") goes to the first trigger after it. It returns a
// day-precise expression no event took, and moves *ref to the last day named.
func (p *Pipeline) anchorDates(d *doc, evs []*event, si int, ref *string, named *bool, sideless **timex.Timex) *timex.Timex {
	s := d.sents[si]
	words := d.words[s.Start:s.End]
	lower := d.lower[s.Start:s.End]
	var unclaimed *timex.Timex
	var dated []timex.Timex
	var future, plain []timex.Timex
	sentRef := *ref
	for _, ev := range evs {
		if k := ev.trigStart - 1; !ev.nominal && k >= s.Start && (d.lower[k] == "has" || d.lower[k] == "have") {
			// "An airstrike has killed a commander, a day after ...": a
			// present perfect tells of now, whatever day the story last named
			// (a bulletin's new item opens so)
			sentRef = ""
		}
	}
	rep := reportBound(d, si)
	// Whether the sentence tells of the past (timex.Options.Past) matters
	// only to the dates found in it, and most sentences name none: the
	// sentence is read first without it. (Past only drops readings, so a
	// sentence without dates has none with it either.)
	txs := timex.FindLower(words, lower, d.src.Published, timex.Options{Ref: sentRef, Report: rep})
	if len(txs) > 0 && p.pastSentence(d, s.Start, s.End) {
		txs = timex.FindLower(words, lower, d.src.Published, timex.Options{Past: true, Ref: sentRef, Report: rep})
	}
	for _, tx := range txs {
		at := s.Start + tx.Start
		end := s.Start + tx.End
		if w := end; w < s.End && (d.lower[w] == "when" || d.lower[w] == "," && w+1 < s.End && d.lower[w+1] == "when") {
			// "since 2003 when he stepped down", "in June, when Yudhoyono is
			// to visit Moscow": the date is the when-clause's
			var next *event
			for _, ev := range evs {
				if !ev.unreal && ev.trigStart > w && ev.trigStart <= w+10 && (next == nil || ev.trigStart < next.trigStart) {
					next = ev
				}
			}
			if next != nil && next.date == "" {
				wx := tx
				if p.futureAt(d, s.Start, at) {
					// "The negotiations resume in New York on Friday when
					// Gros is expected to ask banks": the coming Friday
					if future == nil {
						future = timex.FindLower(words, lower, d.src.Published, timex.Options{Future: true, Ref: sentRef, Report: rep})
					}
					for _, fx := range future {
						if fx.Start == tx.Start && fx.End == tx.End {
							wx = fx
						}
					}
				}
				next.date, next.precision = wx.Value, wx.Precision
			}
		}
		if at-1 >= s.Start && d.lower[at-1] == "since" && !(end < s.End && (d.lower[end] == "'s" || d.lower[end] == "’s")) {
			// (but "since last week's suicide bombing" dates the bombing:
			// a possessive date names what follows it)
			// a span's start dates only the event right before it ("had
			// detained Besigye since November"), never one further back
			// ("signed a peace deal to end fighting that has killed 200,000 since 2003")
			var near *event
			for _, ev := range evs {
				if ev.trigEnd <= at && (near == nil || ev.trigEnd > near.trigEnd) {
					near = ev
				}
			}
			if near == nil || !viable(near) || near.unreal || superlativeSince(d, s.Start, at-1) {
				continue
			}
		}
		if tx.Precision == timex.Year && at-1 >= s.Start && (d.lower[at-1] == "fiscal" || d.lower[at-1] == "year" && at-2 >= s.Start && (d.lower[at-2] == "tax" || d.lower[at-2] == "fiscal" || d.lower[at-2] == "financial")) {
			continue // "pleaded guilty for the tax year 1984", "fiscal 1987 profits": a period the event is about
		}
		if dateBound(d, s.Start, at, end, evs) {
			continue // "threatened to retaliate after April 1": a deadline, not the threat's day
		}
		monthNamed := tx.Precision == timex.Month && premodifier(d, s.Start, at, end, evs)
		if monthNamed && !strings.ContainsAny(tx.Text, "0123456789") {
			// "participate in the July elections", "the February agreement":
			// an event named by its month is the nearest one of that name,
			// whatever the tense of the clause that names it (the plain
			// reading, not the past sentence's)
			if plain == nil {
				plain = timex.FindLower(words, lower, d.src.Published, timex.Options{Ref: sentRef, Report: rep})
			}
			for _, px := range plain {
				if px.Start == tx.Start && px.End == tx.End && px.Precision == timex.Month {
					tx = px
				}
			}
		}
		coming := p.futureAt(d, s.Start, at) || p.futureAfter(d, s.Start, at, end, s.End) ||
			p.waitingAhead(d, s.Start, at, end, tx) || // "before the January 30 elections" (event_dates_ahead.go)
			p.waitingWeekday(d, s.Start, at, end, s.End, tx) || // "pulled out of Sunday's elections", "called an election for May 5" (event_dates_waiting.go)
			p.presentWaited(d, s.Start, at, end, s.End, tx) // "remains the front-runner for Sunday's runoff" (event_dates_presentwait.go)
		if coming && !harmNamedByDate(evs, at, end) && !monthNamed {
			if future == nil {
				future = timex.FindLower(words, lower, d.src.Published, timex.Options{Future: true, Ref: sentRef, Report: rep})
			}
			for _, fx := range future {
				if fx.Start == tx.Start && fx.End == tx.End {
					tx = fx
				}
			}
		}
		if tx.Precision == timex.Day && !tx.Follows && !(end < s.End && datedHarmNouns[d.lower[end]] && !sameYear(tx.Value, d.src.Published)) {
			// (an attack of another year named by its date, "the fifth
			// anniversary of the September 11 attacks", is history, not the
			// day the story goes on from)
			*ref = tx.Value
			// (a span's start names no day the story goes on with: "Since
			// Monday, he added, the market has rebounded")
			*named = *named || at-1 < s.Start || d.lower[at-1] != "since"
		}
		if tx.Follows {
			var best *event
			for _, ev := range evs {
				if !ev.unreal && ev.trigStart >= end && ev.trigStart <= end+10 && (best == nil || ev.trigStart < best.trigStart) {
					best = ev
				}
			}
			if best != nil && best.date == "" {
				best.date, best.precision = tx.Value, tx.Precision
			}
			continue
		}
		var best *event
		for _, ev := range evs {
			if ev.trigEnd == at {
				best = ev
			}
			k := end
			for k < s.End && k < end+3 && (d.mentionAt[k] >= 0 || d.lower[k] == "'s" || d.lower[k] == "’s") {
				k++
			}
			// "Saturday's suicide bombing", "the Thursday evening helicopter
			// strike": a noun or two may stand between the date and the event noun
			for m := 0; m < 2 && k < ev.trigStart && k < s.End && d.mentionAt[k] < 0 && p.cls(d, k)&(wNoun|wAdj) != 0 && p.cls(d, k)&(wVerb|wPrep|wDet) == 0; m++ {
				k++
			}
			if ev.trigStart == k && (ev.nominal || datedHarmNouns[d.lower[k]] && p.cls(d, k)&wNoun != 0) {
				// (an attack noun may be read as a verb after a noun that
				// is also an adjective: "the September 11, 2001 terrorist attacks")
				best = ev
			}
		}
		if best == nil && end < s.End && datedHarmNouns[d.lower[end]] {
			// "broadcast Monday - the fifth anniversary of the September 11
			// attacks": a date right before an attack the reader found no
			// event for is that attack's, not the day of what is told around it
			continue
		}
		if best == nil && end+1 < s.End && (d.lower[end] == "'s" || d.lower[end] == "’s") && at-1 >= s.Start && d.lower[at-1] == "of" {
			// "visiting survivors of last year's South Asian earthquake":
			// a date in the possessive names what follows it, here no
			// event of the sentence, inside a phrase that names a thing
			continue
		}
		if best == nil {
			best = mediumEvent(d, s.Start, at, evs)
		}
		if best == nil && at-3 >= s.Start && beginVerbs[d.lower[at-1]] && (d.lower[at-2] == "which" || d.lower[at-2] == "that") {
			// "his U.S. visit, which began Sunday": a relative clause
			// telling when the event noun it hangs on began dates that noun
			for _, ev := range evs {
				if ev.trigEnd == at-2 || ev.trigEnd == at-3 && d.lower[at-3] == "," || d.lower[at-3] == "," && namedOf(d, ev.trigEnd, at-3) {
					best = ev // (also "the Summit of the Americas, which opens Friday")
				}
			}
		}
		if best == nil && p.nounModifier(d, s.Start, at, end, evs) {
			// "postponed the original July 1 deadline at the request of the
			// Commission", "subject to a June 30 vote": the date names the
			// noun it stands before, no event, but what that noun's relative
			// clause tells happened at it: "days ahead of the Monday
			// ceremony, during which 351 new lawmakers will be sworn in"
			for k := end + 1; k+2 < s.End && k <= end+3; k++ {
				if d.lower[k] != "," && !relativeWhich(d, k) {
					continue
				}
				if d.lower[k] != "," {
					k-- // "the July 22 incident in which officers shot and killed": no comma
				}
				if w := d.lower[k+1]; (w == "during" || w == "at" || w == "in") && d.lower[k+2] == "which" {
					var next *event
					for _, ev := range evs {
						if !ev.unreal && ev.trigStart > k+2 && ev.trigStart <= k+12 && (next == nil || ev.trigStart < next.trigStart) {
							next = ev
						}
					}
					if next != nil && next.date == "" {
						wx := tx
						if doneHarm(next) && !coming {
							wx = pastYear(tx, d.src.Published) // (a harm told done is of the past)
						}
						next.date, next.precision = wx.Value, wx.Precision
					}
				}
				break
			}
			continue
		}
		opening := tx.Start <= 2 && end < s.End && (d.lower[end] == "," || // "Also Monday, a group claimed ..."
			len(txs) == 1 && datePlaceOpening(d, s.Start, at, end, s.End)) // "Earlier today in Saudi Arabia, Ms. Rice had talks" (event_dates_openplace.go)
		if !opening && openingPhrase[d.lower[s.Start]] {
			// "In a statement Tuesday after a meeting in Doha, Qatar, the
			// committee sanctioned ...": a date in the opening adverbial dates the main clause
			for k := s.Start + 1; k < at; k++ {
				if d.lower[k] == "," {
					break
				}
				if k == at-1 {
					opening = true
				}
			}
		}
		// "In a statement Tuesday after a meeting": the date is of what stands
		// before it, not of the event it is said to come after
		afterAt := -1
		if opening && end < s.End {
			switch d.lower[end] {
			case "after", "before", "following":
				afterAt = end
			}
		}
		owned := false // the date belongs to a verb of its own clause that tells no event
		// a report's day ("officials late Thursday said", "A statement Sunday
		// says", "in a statement issued Tuesday") dates the report: only an
		// event made by being announced (an appeal, a threat, a sanction
		// told in it) takes it, not what the report tells of
		report := reportDay(d, s.Start, at, end)
		for pass := 0; pass < 2 && best == nil; pass++ {
			// an unreal event claims only a date told right after it ("a
			// re-election campaign in 2012"), so that the appointment before
			// it does not take the date
			ok := func(ev *event) bool {
				if report && !announcedTypes[ev.typ] {
					return false
				}
				if ev.unreal {
					return at-ev.trigEnd <= 4 && at >= ev.trigEnd
				}
				// (the verb of the main clause an opening date belongs to,
				// though its sides are named in another sentence: "In
				// Ramallah Thursday, Mr. Qureia asked visiting envoys ...")
				return pass == 1 || viable(ev) || opening && !ev.nominal
			}
			// the closest event before the date whose clause the date
			// stands in: "talks between X and Y, aimed at ending the strike
			// at Z, will resume this afternoon" passes over the strike
			lo := -1
			for {
				var near *event
				for _, ev := range evs {
					if ok(ev) && ev.trigEnd <= at && (lo < 0 || ev.trigEnd < lo) && (near == nil || ev.trigEnd > near.trigEnd) {
						near = ev
					}
				}
				if near == nil {
					break
				}
				if !p.otherClause(d, near.trigEnd, at) || near.recent && near.date == "" && !near.nominal && afterTie(d, near.trigEnd, at) {
					// (a lead in the present perfect tells what came right
					// after the dated happening of its after-clause, which
					// tells no event of its own: "Two Chinese nationals have
					// died after their van was involved in an accident with
					// an Olympic bus on Wednesday")
					best = near
					break
				}
				owned = true
				lo = near.trigEnd
			}
			if owned && best == nil {
				break
			}
			if best == nil {
				for _, ev := range evs {
					if afterAt >= 0 && ev.trigStart > afterAt && !strings.Contains(strings.Join(d.lower[afterAt:ev.trigStart], " "), ",") {
						continue
					}
					if at-1 >= s.Start && saidWords[d.lower[at-1]] && !announcedTypes[ev.typ] {
						// "Iraq said today its troops had killed thousands":
						// the day is the report's, not the killing's (an
						// announced appointment or appeal is the report itself)
						owned = true
						continue
					}
					if !opening && commaBetween(d, end, ev.trigStart) && !(d.lower[ev.trigStart-1] == "," && strings.HasSuffix(d.lower[ev.trigStart], "ing")) {
						// "which struck for most of last week, meets on
						// Monday": a clause closed by a comma keeps its date
						// (but "tore through a bus Thursday, killing the
						// driver": the participle clause shares it)
						continue
					}
					if ev.nominal && ev.trigStart >= end && p.objectOfClause(d, end, ev.trigStart) {
						// "staged a major rally Thursday as investors cheered
						// the agreement": an event noun in a clause of its own
						// after the date is what that clause's verb acts on;
						// the day is that verb's, free for no other event
						owned = true
						continue
					}
					if ok(ev) && ev.trigStart >= end && (ev.trigStart <= end+6 || opening) && (best == nil || ev.trigStart < best.trigStart) &&
						!ownDate(s.Start, ev, txs) && !(opening && p.clauseDate(d, s.Start, ev, evs, txs)) {
						best = ev
					}
				}
			}
		}
		if report && best == nil {
			// no event of the sentence is the report's, and the day is no
			// other event's: not even an undated one told before ("U.N.
			// troops have exchanged gunfire ... . U.N. officials late
			// Thursday said the trouble happened Wednesday")
			owned = true
		}
		if best != nil && best.date == "" && doneHarm(best) && !coming {
			tx = pastYear(tx, d.src.Published)
		}
		dated = append(dated, tx)
		switch {
		case best != nil && best.date == "":
			best.date, best.precision = tx.Value, tx.Precision
			if v := p.objectVerbOf(d, evs, best); v != nil {
				v.date, v.precision = tx.Value, tx.Precision // "delivered the warning Thursday" (event_dates_lightobject.go)
			}
			if len(best.parts) == 0 && !best.unreal && tx.Precision == timex.Day {
				// "Iran has test-fired several missiles. ... the missiles
				// were launched Thursday": an event with no named side
				// retells the undated one of its type told just before
				if !retold(d, best, si, tx) && *sideless == nil {
					// else the event, with no named side, is dropped, and
					// its day may be the present-perfect lead's ("police
					// opened fire Monday on a car carrying the suspects")
					t := tx
					*sideless = &t
				}
			}
		case best == nil && !owned && unclaimed == nil && tx.Precision == timex.Day:
			t := tx
			unclaimed = &t
		}
	}
	if n := len(dated); n == 1 && dated[0].Precision == timex.Day {
		// the one day told in the sentence dates the purpose of a trip too:
		// "arrives Sunday in Beijing for talks"
		for _, ev := range evs {
			if ev.date == "" && ev.nominal && ev.trigStart-1 > s.Start && d.lower[ev.trigStart-1] == "for" {
				ev.date, ev.precision = dated[0].Value, dated[0].Precision
			}
			if ev.date == "" && !ev.unreal && (p.linkedClause(d, ev, evs) || p.asAfterDate(d, s.Start+dated[0].End, ev)) {
				ev.date, ev.precision = dated[0].Value, dated[0].Precision
			}
			if ev.date == "" && !ev.unreal {
				// "held talks with Dahlan in Tel Aviv late Wednesday": the
				// talks and the visit their place reads share the day
				// (event_dates_placed.go)
				if v, pr, ok := placedMeetingDay(d, ev, evs); ok {
					ev.date, ev.precision = v, pr
				}
			}
			if ev.date == "" && ev.typ == "VISIT" && p.visitingPremodifier(d, ev) {
				// "a joint news conference Sunday with visiting Syrian
				// President Bashar al-Assad": the visit is on that day
				ev.date, ev.precision = dated[0].Value, dated[0].Precision
			}
			if ev.date == "" && p.venueGathering(d, s.Start+dated[0].End, ev) {
				// "announced his plans Wednesday in Montevideo, at a
				// meeting of ..." (event_dates_venue.go)
				ev.date, ev.precision = dated[0].Value, dated[0].Precision
			}
		}
	}
	if len(dated) == 1 {
		p.duringOccasion(d, s.Start+dated[0].End, evs, dated[0]) // "agreed last month during six-nation talks" (event_dates_during.go)
	}
	if n := len(dated); n == 1 && (dated[0].Precision == timex.Month || dated[0].Precision == timex.Year) {
		// and so does the one month or year, to a clause that opens with
		// its tie right after the dated event: "killed almost 8,000 Muslim
		// men and boys in July 1995, after overrunning the enclave" (a
		// looser tie read with a month is as often wrong: "Collier resigned
		// last year and was later charged")
		for _, ev := range evs {
			if ev.date != "" || ev.unreal || ev.trigStart-1 <= s.Start {
				continue
			}
			if w := d.lower[ev.trigStart-1]; w != "after" && w != "when" && w != "while" {
				continue
			}
			for _, o := range evs {
				if o != ev && o.date == dated[0].Value && !o.unreal && o.trigEnd < ev.trigStart && s.Start+dated[0].End <= ev.trigStart {
					ev.date, ev.precision = dated[0].Value, dated[0].Precision
					break
				}
			}
		}
	}
	p.yearPhrase(d, s.Start, s.End, evs)
	for _, ev := range evs {
		// "the 2003 invasion of Iraq", "the 2002 Bali bombings"
		if ev.date != "" || !ev.nominal {
			continue
		}
		for k := ev.trigStart - 1; k >= s.Start && k >= ev.trigStart-3; k-- {
			if w := d.lower[k]; len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && allDigits(w) {
				ev.date, ev.precision = w, timex.Year
				break
			}
			if d.mentionAt[k] < 0 && p.cls(d, k)&(wAdj|wNoun|wProper) == 0 {
				break
			}
		}
	}
	for _, ev := range evs {
		// "the 2002 Bali bombings which killed 202 people", "Saturday's
		// bombings that killed 19": a relative clause right after a dated
		// event noun tells what that event did, on its date
		k := ev.trigStart - 1
		if ev.date != "" || ev.nominal || ev.unreal || k-1 < s.Start || d.lower[k] != "which" && d.lower[k] != "that" {
			continue
		}
		for _, o := range evs {
			if o.nominal && o.trigEnd == k && o.date != "" && !o.unreal {
				ev.date, ev.precision = o.date, o.precision
			}
		}
	}
	return unclaimed
}

// linkedClause: ev is told in a clause tied in time to a dated event of its
// sentence ("was wounded Friday when protesters tried to march ... burning
// Danish flags", "the first meeting took place after Mr. Chavez arrived Friday
// night"), so the sentence's one day dates it too.
func (p *Pipeline) linkedClause(d *doc, ev *event, evs []*event) bool {
	for _, o := range evs {
		if o == ev || o.date == "" || o.unreal {
			continue
		}
		if !ev.nominal && o.trigEnd <= ev.trigStart && ev.trigStart > 0 && d.lower[ev.trigStart-1] == "," && strings.HasSuffix(d.lower[ev.trigStart], "ing") {
			return true // "troops raided Jenin today, arresting eight": the participle clause's act is the same day's
		}
		if p.inEventDay(d, ev, o) {
			return true // "have detained 68 suspects in raids" (event_dates_innoun.go)
		}
		if ev.purposeOf >= o.trigEnd && ev.purposeOf-o.trigEnd < 12 && !o.nominal {
			return true // "telephoned Talabani on Friday to urge that ...": what a call was made for is said in it
		}
		lo, hi := o.trigEnd, ev.trigStart
		if ev.trigStart < o.trigStart {
			lo, hi = ev.trigEnd, o.trigStart
		}
		for k := lo; k < hi; k++ {
			switch d.lower[k] {
			case "when", "after", "while":
				return true
			case "as":
				if p.asClause(d, k, hi) {
					return true // "delivered Wednesday, as troops deployed" (event_dates_asclause.go)
				}
			case "during":
				// what was done during a dated event: "killed two militants
				// and arrested another 11 during a raid Saturday"
				if lo == ev.trigEnd && o.nominal && hi-k <= 4 {
					return true
				}
			case "where":
				// the place of a dated event is where what is told next took
				// place: "received a formal welcome Tuesday in New Delhi,
				// where he met ..." (not "after visiting the U.S., ... on his
				// way to Tokyo, where he is to arrive on Sunday")
				if lo == o.trigEnd {
					return true
				}
			case "and":
				// a second predicate of the same subject: "arrived in
				// Islamabad early Friday for a day-long trip and held
				// talks with ...", "met late Wednesday and agreed to
				// continue" (not "was arrested in May and will be tried":
				// a past verb must follow, the trigger's own or another)
				if lo == o.trigEnd && k+1 <= hi && hi-(k+1) <= 3 && d.mentionAt[k+1] < 0 && p.cls(d, k+1)&wPast != 0 && p.cls(d, k+1)&(wNoun|wAdj) == 0 {
					return true
				}
				if p.firstOfPair(d, ev, o, k) {
					return true // "took Puth Lim into custody and charged him Friday" (event_dates_pair.go)
				}
			}
		}
	}
	return false
}

// visitingPremodifier: ev is told by "visiting" before the visitor's name
// or title ("visiting Syrian President Bashar al-Assad", "visiting envoys"),
// not by a verb ("is visiting Moscow").
func (p *Pipeline) visitingPremodifier(d *doc, ev *event) bool {
	k := ev.trigStart
	if d.lower[k] != "visiting" || ev.trigEnd >= len(d.lower) || d.sentOf[ev.trigEnd] != d.sentOf[k] {
		return false
	}
	if k > 0 {
		switch d.lower[k-1] {
		case "is", "are", "was", "were", "be", "been", "'s", "while", "after", "before", "when", "of", "by":
			return false
		}
	}
	return d.mentionAt[ev.trigEnd] >= 0 || p.cls(d, ev.trigEnd)&(wAdj|wProper|wNoun) != 0 && p.cls(d, ev.trigEnd)&(wDet|wVerb) == 0
}

// openingPhrase: first words of a sentence-opening adverbial ("In a statement
// Tuesday, ...", "On Monday, ...") whose date belongs to the main clause after it.
var openingPhrase = map[string]bool{"in": true, "on": true, "at": true, "during": true, "also": true, "earlier": true, "later": true, "elsewhere": true}

// perfect: the verb at t is in a perfect tense ("has captured"), which opens
// news of its own rather than going on with the story's last day.
// presentPerfect: "has" or "have" among the three words before the verb at t.
func presentPerfect(d *doc, ss, t int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		switch d.lower[k] {
		case "has", "have", "'ve":
			return true
		}
	}
	return false
}

// olderThanRecent: an event told in the present perfect and dated by no
// expression of its own is recent news; a report dated a past month or year
// ("Last month, police arrested 11 people") or days more than a week before
// publication is another event.
func (d *doc) olderThanRecent(a, b *event) bool {
	if !a.recent || a.date != "" || b.date == "" || len(d.src.Published) < 10 {
		return false
	}
	pub := d.src.Published
	switch {
	case len(b.date) == 4:
		return b.date < pub[:4]
	case len(b.date) == 7:
		return b.date < pub[:7]
	case len(b.date) == 10:
		t, err1 := time.Parse("2006-01-02", b.date)
		p, err2 := time.Parse("2006-01-02", pub)
		return err1 == nil && err2 == nil && p.Sub(t) > 8*24*time.Hour
	}
	return false
}

func perfect(d *doc, ss, t int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		switch d.lower[k] {
		case "has", "have", "had", "'s", "'ve":
			return true
		}
	}
	return false
}

// announcedTypes are events that happen by being announced: the day of "the
// announcement" is theirs.
var announcedTypes = map[string]bool{
	"APPOINTMENT": true, "RESIGNATION": true, "SANCTION": true, "AGREEMENT": true,
	"APPEAL": true, "DEMAND": true, "THREATEN": true, "MILITARY_POSTURE": true,
}

// announced dates an undated event told earlier in the story with the day of
// a later "made the announcement Friday" / "announced it Friday": "Obama has
// named Gene Sperling ... Mr. Obama made the announcement Friday."
func announced(d *doc) {
	for si, s := range d.sents {
		k := -1
		for i := s.Start; i < s.End; i++ {
			if d.lower[i] == "announcement" || d.lower[i] == "announced" {
				k = i
				break
			}
		}
		if k < 0 || d.src.Published == "" {
			continue
		}
		day := ""
		for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, timex.Options{}) {
			if at := s.Start + tx.Start; tx.Precision == timex.Day && !tx.Follows && at > k && at <= k+3 {
				day = tx.Value
				break
			}
		}
		if day == "" {
			continue
		}
		var best *event
		for _, ev := range d.events {
			first := ev.sentences[0]
			if ev.dropped || !viable(ev) || len(ev.parts) == 0 || first >= si || !announcedTypes[ev.typ] || itemBreak(d, first, si) {
				continue
			}
			if best == nil || first < best.sentences[0] {
				best = ev
			}
		}
		if best != nil && best.date == "" {
			best.date, best.precision = day, timex.Day
		}
	}
}

// namedDay returns the story's day after sentence si, which tells no event,
// and whether si names a day (perhaps the one already told):
// the last day it names, unless that day only bounds a span ("Peters, who
// until January 29 was a director of J. Walter Thompson": the next
// sentence's "JWT said it asked the court" is not of January 29).
func namedDay(d *doc, si int, ref string) (string, bool) {
	s := d.sents[si]
	named := false
	if d.src.Published == "" || !mayName(d.lower[s.Start:s.End]) {
		return ref, false
	}
	for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, timex.Options{Ref: ref}) {
		if tx.Precision == timex.Day && !tx.Follows && !dateBound(d, s.Start, s.Start+tx.Start, s.Start+tx.End, nil) {
			ref = tx.Value
			named = named || tx.Start == 0 || d.lower[s.Start+tx.Start-1] != "since"
		}
	}
	return ref, named
}

// superlatives say that an event is the first or the most of its kind since
// a date, which is then no day of it ("Bolivia's agreement with the IMF, its
// first since 1980", "the biggest rally since 1982").
var superlatives = map[string]bool{"first": true, "highest": true, "lowest": true, "biggest": true, "largest": true,
	"smallest": true, "worst": true, "best": true, "strongest": true, "weakest": true, "sharpest": true, "deepest": true, "heaviest": true}

// superlativeSince: a superlative stands among the three words before the
// "since" at k.
func superlativeSince(d *doc, ss, k int) bool {
	for j := k - 1; j >= ss && j >= k-3; j-- {
		if superlatives[d.lower[j]] {
			return true
		}
	}
	return false
}

// dayWords are words a day-precise date expression cannot do without.
var dayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"today": true, "tonight": true, "yesterday": true, "tomorrow": true, "day": true, "days": true, "night": true,
	"morning": true, "evening": true, "afternoon": true, "overnight": true,
}

// mayName: the sentence may name a day, worth the date finder's time when no
// event is told in it (the day only moves the story's reference day).
func mayName(lower []string) bool {
	for _, w := range lower {
		if dayWords[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), ".")] || strings.ContainsAny(w, "0123456789") {
			return true
		}
		if len(w) >= 3 && (strings.HasPrefix(w, "mon") || strings.HasPrefix(w, "tue") || strings.HasPrefix(w, "wed") || strings.HasPrefix(w, "thu") ||
			strings.HasPrefix(w, "fri") || strings.HasPrefix(w, "sat") || strings.HasPrefix(w, "sun")) {
			return true
		}
	}
	return false
}

func anyDated(evs []*event) bool {
	for _, ev := range evs {
		if ev.date != "" {
			return true
		}
	}
	return false
}

// pastSentence: the sentence tells of what already happened (a verb in the
// past tense, no future marker), so a date without a year lies before publication.
func (p *Pipeline) pastSentence(d *doc, ss, se int) bool {
	past := false
	for k := ss; k < se; k++ {
		switch d.lower[k] {
		case "will", "'ll", "shall", "upcoming", "next":
			return false
		}
		if d.mentionAt[k] < 0 {
			if c := p.cls(d, k); c&wPast != 0 && c&(wVerb|wNoun|wAdj) == 0 {
				past = true
			}
		}
	}
	return past
}

// doneHarm: ev is a harm told as done, not one feared, planned or asked
// for: an attack, death, injury or arrest.
func doneHarm(ev *event) bool {
	if ev.unreal {
		return false
	}
	switch ev.typ {
	case "ATTACK", "DEATH", "INJURY", "ARREST":
		return true
	}
	return false
}

// pastYear moves tx, a day or month told without its year, to the year
// before when it lies after published: a harm already done is of the past,
// though a past sentence's date may otherwise lie a few weeks ahead (a term:
// "was appointed effective April 15"). "The civilians were killed on August
// 16", "accused of planting bombs on trains July 31", written in June, are
// last year's.
func pastYear(tx timex.Timex, published string) timex.Timex {
	if len(published) < 10 || tx.Precision != timex.Day && tx.Precision != timex.Month || tx.Value <= published[:len(tx.Value)] {
		return tx
	}
	for _, w := range strings.Fields(tx.Text) {
		if len(w) >= 4 && allDigits(w[:4]) {
			return tx // the year is written: "August 16, 2007"
		}
	}
	y, err := strconv.Atoi(tx.Value[:4])
	if err != nil {
		return tx
	}
	v := fmt.Sprintf("%04d%s", y-1, tx.Value[4:])
	if tx.Precision == timex.Day {
		if _, err := time.Parse("2006-01-02", v); err != nil {
			return tx // February 29
		}
	}
	tx.Value = v
	return tx
}

// sameYear reports two dates (YYYY...) in one year; an unknown one is.
func sameYear(a, b string) bool {
	return len(a) < 4 || len(b) < 4 || a[:4] == b[:4]
}

// datedHarmNouns are the nouns of attacks a date names by standing right
// before them ("the September 11 attacks", "the July 7 bombings").
var datedHarmNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "blast": true, "blasts": true,
	"killings": true, "massacre": true, "assassination": true, "explosion": true, "explosions": true,
}

// harmNamedByDate: the date [at, end) names a killing, death, injury or
// arrest told by its noun right after it ("the February assassination of
// Rafik Hariri"): a harm so named has happened, whatever the clause around
// it says is still to come ("Annan will release the findings into ...").
func harmNamedByDate(evs []*event, at, end int) bool {
	for _, ev := range evs {
		if ev.nominal && ev.trigStart == end {
			switch ev.typ {
			case "ATTACK", "DEATH", "INJURY", "ARREST":
				return true
			}
		}
	}
	return false
}

// futureAt: the words before a date expression say it is still to come
// ("will meet Sunday", "is to hold talks Wednesday", "arrives Sunday").
func (p *Pipeline) futureAt(d *doc, ss, at int) bool {
	for k := at - 1; k >= ss && k >= at-4; k-- {
		if d.mentionAt[k] < 0 && p.cls(d, k)&wPast != 0 && p.cls(d, k)&(wVerb|wNoun|wAdj) == 0 {
			break // a past verb nearer the date tells its tense: "his U.S. visit, which began Sunday"
		}
		if newsPresent(d, ss, k) {
			// the news present tells what is coming: "goes on trial Monday",
			// "the union, which struck last week, meets on Monday"
			return true
		}
		if k-1 >= ss && (d.lower[k-1] == "is" || d.lower[k-1] == "are") && arrangedVerbs[d.lower[k]] {
			// and so does the progressive of a verb of arranged events:
			// "Ministers are meeting Friday in Pekanbara" (not "the
			// prosecution is presenting experts Monday", told on that day)
			return true
		}
	}
	if at-1 > ss && (d.lower[at-1] == "for" || d.lower[at-1] == "until" || d.lower[at-1] == "to") {
		// a new date an event is set for or put off to is still to come:
		// "postponed the elections, this time setting the poll for January
		// 8", "delayed the vote until March 3"
		for k := at - 2; k >= ss && k >= at-8; k-- {
			if w := d.lower[k]; w == "setting" || w == "sets" || w == "rescheduled" || w == "postponed" || w == "delayed" || w == "postponing" || w == "delaying" || w == "moved" || w == "pushed" {
				return true
			}
			if d.lower[k] == "," && k < at-4 {
				break
			}
		}
	}
	for k := at - 1; k >= ss && k >= at-12; k-- {
		if d.mentionAt[k] < 0 && k > ss {
			// the nearest verb before the date tells its tense: "would repeat
			// the action they took on February 20", "who will serve ...,
			// replaced Fox, who resigned January 12" (a passive's participle
			// leaves it to the auxiliary: "elections to be held May 25")
			if c := p.cls(d, k); c&(wPast|wPart) != 0 && c&(wVerb|wNoun|wProper) == 0 && !futureWords[d.lower[k]] && !p.premodParticiple(d, ss, k) { // (event_dates_premod.go)
				switch {
				case d.lower[k] == "set" && k+1 < at && (d.lower[k+1] == "to" || d.lower[k+1] == "for"):
					return true // "a contract set to begin July 1", "a meeting set for December 31"
				case d.lower[k-1] == "be" || d.lower[k-1] == "been" || d.lower[k-1] == "being" || d.lower[k-1] == "is" || d.lower[k-1] == "are":
				default:
					return false
				}
			}
		}
		if newsPresent(d, ss, k) && d.mentionAt[k-1] < 0 && p.cls(d, k-1)&(wNoun|wPron|wProper) != 0 {
			// ... also further from the date, right after its subject:
			// "The negotiations resume in New York on Friday"
			return true
		}
		if votingPresent(d, ss, k) {
			return true // "Palestinians choose a new president on January 9" (event_dates_premod.go)
		}
		if newsPresent(d, ss, k) && namedSubjectPresent(d, ss, k) {
			return true // "Mr. Yushchenko meets President Bush at the White House Monday" (event_dates_present.go)
		}
		if p.planNoun(d, ss, k, at) {
			continue // "announced his plans Wednesday": a noun, no future (event_dates_venue.go)
		}
		if p.arrangedAhead(d, ss, k, at) {
			return true // "is meeting in the Bulgarian capital Sofia Monday" (event_dates_arranged.go)
		}
		switch d.lower[k] {
		case "will", "'ll", "shall", "scheduled", "due", "upcoming", "plan", "plans", "planned", "expected", "next", "ahead",
			"intend", "intends", "intended":
			return true
		case "planning":
			if k+1 < at && d.lower[k+1] == "to" {
				return true // "voters planning to reject the constitution in a referendum on May 29" (not "Planning Minister")
			}
		case "set":
			if k-1 >= ss && (d.lower[k-1] == "is" || d.lower[k-1] == "are") && k+1 < at && (d.lower[k+1] == "for" || d.lower[k+1] == "to") {
				return true // "Iraq's elections are set for January 30" ("set" may be read as a noun)
			}
		case "would":
			// the future of a past report: "said he would meet Aquino on
			// Monday", "asked if Reagan would see Volcker before leaving on Wednesday"
			return true
		case "to":
			if k-1 >= ss && (d.lower[k-1] == "is" || d.lower[k-1] == "are") {
				return true
			}
			if k+2 < at && d.lower[k+1] == "be" && d.mentionAt[k+2] < 0 && p.cls(d, k+2)&(wPart|wPast) != 0 {
				// "elections to be held May 25" (not "is believed to be
				// behind Saturday's bombings": no passive of what is to come)
				return true
			}
		case "said", "says", "say", "was", "were", "had", "did", "ago", "last":
			return false
		}
	}
	return false
}

// futureAfter: a date that opens the sentence, before any verb ("On Monday,
// President Bush will visit ...", "On Sunday and Monday the president is
// scheduled to visit ..."), takes its tense from the verb after it.
func (p *Pipeline) futureAfter(d *doc, ss, at, end, se int) bool {
	if at-ss > 2 {
		return false // (not "An agreement ... in early February is expected to link": the subject's date)
	}
	for k := ss; k < at; k++ {
		if d.mentionAt[k] >= 0 || clauseVerb(p.cls(d, k), d.lower[k]) {
			return false
		}
	}
	for k := end; k < se && k < end+10; k++ {
		switch d.lower[k] {
		case "will", "'ll", "shall", "scheduled", "due", "plans", "expected", "set":
			return true
		case "to":
			if k-1 >= ss && (d.lower[k-1] == "is" || d.lower[k-1] == "are") {
				return true // "is to visit"
			}
		}
		if d.mentionAt[k] < 0 && d.lower[k] != "is" && d.lower[k] != "are" && d.lower[k] != "'s" && clauseVerb(p.cls(d, k), d.lower[k]) {
			return newsPresent(d, ss, k) // "On Monday, the president visits ...": the news present of what is to come
		}
	}
	return false
}

// newsPresent: the word at k is a verb of arranged events in the present
// tense ("meets", "resume"), not a noun or adjective after an article ("in an
// open area near Kandahar Saturday").
func newsPresent(d *doc, ss, k int) bool {
	switch d.lower[k] {
	case "arrives", "begins", "starts", "opens", "goes", "leaves", "travels", "meets", "visits", "heads", "holds", "pays",
		"resumes", "arrive", "begin", "start", "open", "go", "leave", "travel", "meet", "visit", "head", "hold", "resume":
		return !(k-1 >= ss && (d.lower[k-1] == "a" || d.lower[k-1] == "an" || d.lower[k-1] == "the")) &&
			!premodifiedBare(d, ss, k) // "made a brief visit to Cuba on Tuesday" (event_trig_premod.go)
	}
	return false
}

// arrangedVerbs: progressives of the verbs of the news present above,
// which tell of an arrangement for a coming day ("are meeting Friday").
var arrangedVerbs = map[string]bool{"arriving": true, "beginning": true, "starting": true, "opening": true, "going": true,
	"leaving": true, "traveling": true, "travelling": true, "meeting": true, "visiting": true, "heading": true,
	"holding": true, "resuming": true}

// retold gives the day of ev, an event of sentence si with no named side,
// to the latest undated event of its type told in the two sentences before,
// or, when ev is told in the passive, to the undated event of the sentence
// just before whatever its type, and says whether it found one.
func retold(d *doc, ev *event, si int, tx timex.Timex) bool {
	passive := false
	if k := ev.trigStart - 1; k >= d.sents[si].Start && !ev.nominal {
		switch d.lower[k] {
		case "was", "were", "been", "be":
			passive = true // "the missiles were launched Thursday" retells what was done
		}
	}
	var best *event
	for _, o := range d.events {
		first := o.sentences[0]
		if o.dropped || !(o.typ == ev.typ || passive && first == si-1) || o.date != "" || len(o.parts) == 0 || first >= si || first < si-2 {
			continue
		}
		if best == nil || first > best.sentences[0] {
			best = o
		}
	}
	if best != nil {
		best.date, best.precision = tx.Value, tx.Precision
	}
	return best != nil
}

// lateDates gives an undated event the day named in one of the next two
// sentences when no event there took it: "Gunmen kidnapped two Germans. ...
// the gunmen stopped the boat Wednesday."
func (p *Pipeline) lateDates(d *doc, free []*timex.Timex) {
	for si, day := range free {
		if day == nil {
			continue
		}
		if !relativeDay(day.Text) {
			// a calendar date told later ("is payable June 30", "runs until
			// September 1, 1987") is a term or a deadline far more often than
			// the day of an undated event told before: the late day is a
			// relative one ("the gunmen stopped the boat Wednesday")
			continue
		}
		if d.src.Published != "" && day.Value > d.src.Published {
			// a coming day told later is of what is still to come, not of
			// the news told before it ("Talks between the United States and
			// Japan ... have failed to head off U.S. tariffs. ... his plan to
			// issue a proclamation on Friday")
			continue
		}
		var best *event
		for _, ev := range d.events {
			first := ev.sentences[0]
			if ev.dropped || !viable(ev) || len(ev.parts) == 0 || first >= si || first < si-2 {
				// (not one about to be dropped: "his supporters call it a political trial" is no phone call)
				continue
			}
			if best == nil || first > best.sentences[0] {
				best = ev
			}
		}
		if best != nil && best.nominal && !p.verbTold(d, best) {
			// an event told by a verb is the news a later sentence gives the
			// day of ("have been killed in a crash ... . The aircraft crashed
			// near Kandahar Saturday"); one named by a noun ("the talks",
			// "the takeover offer") is as often background to another day
			best = nil
		}
		if best != nil && best.date == "" {
			best.date, best.precision = day.Value, day.Precision
		}
	}
}

// verbTold: a noun trigger that is the object of a past light verb just before it
// ("Russia and Iran have signed a landmark agreement", "held talks") tells
// the news as a verb does, so a later sentence's day ("The signing ceremony
// Sunday") is its day too.
func (p *Pipeline) verbTold(d *doc, ev *event) bool {
	ss := d.sents[ev.sentence].Start
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-3; k-- {
		if d.mentionAt[k] >= 0 {
			return false
		}
		c := p.cls(d, k)
		if c&(wPast|wPart) != 0 && c&wNoun == 0 {
			// only a verb that performs the noun's act: "rejected a
			// request", told later of the rejection, is not the request's day
			return lightVerbs[d.lower[k]] && !respondingVerbs[d.lower[k]]
		}
		if c&(wDet|wAdj|wNoun) == 0 {
			return false
		}
	}
	return false
}

// respondingVerbs act on another's act ("rejected a request", "accepted
// an offer"): light verbs for the noun's participants, but the day they tell
// is the response's, not the act's.
var respondingVerbs = map[string]bool{
	"refused": true, "rejected": true, "accepted": true, "received": true, "denied": true, "ignored": true,
}

// leadDates gives a day that only an event with no named side took (one
// about to be dropped) to the undated event told in the present perfect in
// the sentence just before: a lead tells the news in the present perfect
// and the next sentence gives its day ("Pakistani officials say security
// forces have arrested at least three al-Qaida suspects. They say police
// opened fire Monday on a car carrying the suspects"). Any other event
// told before is left undated: such a day is as often another event's.
func leadDates(d *doc, sideless []*timex.Timex) {
	for _, ev := range d.events {
		// "An Ethiopian court has convicted former President Mengistu ...
		// The 12-year trial of Colonel Mengistu ended Tuesday": the next
		// sentence's event of the same type, with a day, retells the lead
		if ev.dropped || !ev.recent || ev.date != "" || len(ev.parts) == 0 {
			continue
		}
		for _, o := range d.events {
			if o != ev && !o.dropped && o.typ == ev.typ && o.sentences[0] == ev.sentences[0]+1 && o.precision == timex.Day {
				ev.date, ev.precision = o.date, o.precision
				break
			}
		}
	}
	for si, day := range sideless {
		if day == nil || si == 0 || !relativeDay(day.Text) {
			continue // (a calendar date is a term as often: see lateDates)
		}
		for _, ev := range d.events {
			if ev.dropped || !viable(ev) || len(ev.parts) == 0 || ev.sentences[0] != si-1 || !ev.recent || ev.date != "" {
				continue
			}
			ev.date, ev.precision = day.Value, day.Precision
			break
		}
	}
}

// dateCompatible: one date may be the other told more or less precisely
// ("this week" and "Thursday", "June" and "June 12").
func dateCompatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if strings.Contains(a, "W") {
		t, err := time.Parse("2006-01-02", b)
		if err != nil {
			return false
		}
		y, w := t.ISOWeek()
		return a == fmt.Sprintf("%04d-W%02d", y, w)
	}
	return strings.HasPrefix(b, a)
}

// finerDate keeps the more precise of two compatible dates.
func finerDate(a, ap, b, bp string) (string, string) {
	if a == "" || dateCompatible(a, b) && len(b) > len(a) && !strings.Contains(b, "W") {
		if b != "" {
			return b, bp
		}
	}
	return a, ap
}

// recentEvent: an event was told in one of the two sentences before si, so a
// day named in si may be its date (lateDates).
func recentEvent(d *doc, si int) bool {
	for i := len(d.events) - 1; i >= 0; i-- {
		ev := d.events[i]
		if ev.sentences[0] >= si-2 && len(ev.parts) > 0 {
			return true
		}
		if ev.sentence < si-2 {
			break
		}
	}
	return false
}

// relativeDay: the day expression text is told relative to the story's day
// ("Wednesday", "yesterday", "last night"), not a calendar date ("June 30").
func relativeDay(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if dayWords[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), ".")] {
			return true
		}
	}
	return false
}

// dateBound: the date at words [at,end) is a bound on a span ("by April 22",
// "before mid-May", "after April 1", "through 1990", "until March 10", "by
// the end of 1988"), not the day of an event: a deadline, an expiry or a
// term. Dating the event of the clause with it would be wrong, and so would
// taking it as the story's day. A date modifying an event noun ("after
// Monday's meeting") dates that noun, and "postponed until March 10 its
// meeting" moves the meeting to that day: neither is a bound.
func dateBound(d *doc, ss, at, end int, evs []*event) bool {
	k := at - 1
	// "by the end of 1988", "by the close of business on March 30": the
	// bound word may stand a few words before the date
	for j := k; j >= ss && j >= at-6; j-- {
		if !boundFiller[d.lower[j]] {
			k = j
			break
		}
	}
	if k < ss {
		return false
	}
	switch d.lower[k] {
	case "by", "before", "after", "until", "till", "through", "thru":
	case "as":
		if d.lower[k+1] != "of" {
			return false
		}
		// "As of October 31, the company said it had a working capital
		// deficit": the day a figure stands at, no event's
	default:
		return false
	}
	for _, ev := range evs {
		if (ev.nominal || datedHarmNouns[d.lower[ev.trigStart]]) && ev.trigStart >= end && ev.trigStart <= end+2 {
			return false // "after Monday's meeting", "before the May 19 vote", "by the September 11, 2001 terrorist attacks"
		}
	}
	for j := k - 1; j >= ss && j >= k-3; j-- {
		switch w := d.lower[j]; {
		case strings.HasPrefix(w, "postpone"), strings.HasPrefix(w, "delay"), strings.HasPrefix(w, "adjourn"), strings.HasPrefix(w, "defer"), strings.HasPrefix(w, "reschedul"), w == "put" || w == "off" || w == "moved" || w == "pushed":
			return false
		}
	}
	return true
}

// boundFiller: words between a bound word and its date ("by the end of
// 1988", "before the close of business on March 30").
var boundFiller = map[string]bool{"the": true, "end": true, "close": true, "of": true, "business": true, "on": true,
	"beginning": true, "start": true, "middle": true, "first": true, "second": true, "half": true}

// futureWords are the participles futureAt reads as telling of what is to come.
var futureWords = map[string]bool{"scheduled": true, "planned": true, "expected": true, "intended": true}

// premodifier: the date stands between a determiner and the event noun it
// names ("in the light of the February agreement"). Named by its month, it
// is a known event, read at the nearest occurrence whatever the clause
// around it says is to come; a scheduled one is named by its day ("plan to
// vote in the June first referendum").
func premodifier(d *doc, ss, at, end int, evs []*event) bool {
	if at-1 < ss {
		return false
	}
	switch d.lower[at-1] {
	case "the", "its", "their", "his", "her", "this", "that":
	default:
		return false
	}
	for _, ev := range evs {
		if ev.nominal && ev.trigStart == end {
			return true
		}
	}
	return false
}

// commaBetween: a comma stands among words [a, b).
func commaBetween(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if d.lower[k] == "," {
			return true
		}
	}
	return false
}

// otherClause: the date at b belongs to a clause of its own, opened after
// the trigger ending at a: the verb nearest before the date comes after a
// clause opener that comes after the trigger ("its first discussions with
// creditors since it suspended payments last month", "Darman, who achieved
// agreements ..., will leave the Treasury on April 13", "an increase in the
// minimum wage, which has not been raised since 1981").
func (p *Pipeline) otherClause(d *doc, a, b int) bool {
	// "Talks between management and unions, aimed at ending the strike,
	// will resume this afternoon": a parenthesis right after the event noun,
	// closed before the date, leaves the date in the event's own clause
	// (the event noun's own words may come first: "talks between X and Y, aimed ...")
	for {
		c1 := -1
		for k := a; k < b && k < a+12; k++ {
			if d.lower[k] == "," {
				c1 = k
				break
			}
			if d.mentionAt[k] < 0 && d.lower[k] != "'s" && clauseVerb(p.cls(d, k), d.lower[k]) {
				break // (a possessive's "'s" is no verb: "Cargill U.K. Ltd's management")
			}
		}
		if c1 < 0 || c1+1 >= b || d.mentionAt[c1+1] >= 0 || p.cls(d, c1+1)&wPart == 0 && !parenthesisOpens(d, c1) {
			break // a parenthesis opens with a participle: ", aimed at ..."
		}
		c2 := -1
		for k := c1 + 1; k < b; k++ {
			if d.lower[k] == "," {
				c2 = k
				break
			}
		}
		if c2 < 0 {
			break
		}
		a = c2 + 1
	}
	v := -1
	for k := b - 1; k >= a; k-- {
		if d.mentionAt[k] >= 0 {
			continue
		}
		if c := p.cls(d, k); clauseVerb(c, d.lower[k]) {
			if k-1 >= a && d.lower[k-1] == "," && c&wPart != 0 && (commaBetween(d, k+1, b) || k-1 == a || futureWords[d.lower[k]]) {
				// a participle after a comma modifies what stands before
				// it: a parenthesis closed before the date ("the new
				// offensive, codenamed Karbala-7, on Tuesday night"), the
				// event noun itself ("the agreement, signed March 11",
				// "talks, scheduled for Thursday"); but "sentenced a
				// citizen, released last year from Guantanamo" dates the release
				continue
			}
			v = k
			break
		}
	}
	for k := a; k < v; k++ {
		switch d.lower[k] {
		case "since", "which", "who", "that", "because", "following", "after", "before", "while", ",", ";", "--":
			return true

		}
	}
	return false
}

// objectOfClause: between a date ending at a and an event noun at b, a
// clause opener is followed by a verb of its own ("Thursday as investors
// cheered the agreement", "Monday, which ended the talks").
func (p *Pipeline) objectOfClause(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		switch d.lower[k] {
		case "as", "while", "because", "although", "though", "whereas", "which", "who":
			verb := false
			for j := k + 1; j < b; j++ {
				if d.lower[j] == "," {
					return false // a parenthesis closed before the noun: "Wedge Group, which has a stake, said it held discussions"
				}
				if d.mentionAt[j] < 0 && d.lower[j] != "'s" && d.lower[j] != "’s" && clauseVerb(p.cls(d, j), d.lower[j]) {
					verb = true // (a possessive is no verb: "as part of Cannon's acquisition")
				}
			}
			return verb
		}
	}
	return false
}

// clauseVerb: a word of class c is the verb of a clause: a finite verb, a
// past form, an auxiliary or a participle not also a noun ("adding", "took",
// "was", "has"), not an adjective-only form or a noun.
func clauseVerb(c wclass, w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "'s":
		return true
	}
	if gapWords[w] {
		return false
	}
	switch {
	case c&(wNoun|wProper|wDet|wPrep|wNum) != 0:
		return false
	case c&(wPast|wPart) != 0:
		return true
	case c&wVerb != 0 && c&wAdj == 0:
		return true
	case c&wGerund != 0 && c&wAdj == 0:
		return true
	}
	return false
}

// saidWords: a date right after one is the day of a report ("said
// Monday that ...").
var saidWords = map[string]bool{"said": true, "says": true, "told": true, "announced": true, "reported": true}

// reportDay: the date at [at, end) is the day of a report: right before a
// verb of saying ("officials late Thursday said", "Costa Tuesday told"), or
// right after a statement noun ("A statement Sunday says", "in a statement
// issued Tuesday"). What the report tells of may be of any day before it.
func reportDay(d *doc, ss, at, end int) bool {
	se := d.sents[d.sentOf[at]].End
	if end < se && saidWords[d.lower[end]] {
		return true
	}
	if k := at - 1; k >= ss && d.lower[k] == "on" {
		k--
		if k >= ss && saidWords[d.lower[k]] {
			return true // "Kyodo News Agency said on Saturday the Air Force had decided to cancel"
		}
	} else if k >= ss && saidWords[d.lower[k]] && d.lower[at] == "on" {
		return true // (the expression may begin with its "on")
	}
	k := at - 1
	if k >= ss && (d.lower[k] == "late" || d.lower[k] == "early" || d.lower[k] == "on") {
		k-- // "late Thursday", "on Tuesday"
	}
	issued := false
	if k >= ss && (d.lower[k] == "issued" || d.lower[k] == "released" || d.lower[k] == "published") {
		k--
		issued = true
	}
	// (a report is one when it was issued that day: "In a report issued
	// Thursday, Human Rights Watch says ... the execution of hundreds ...
	// in 1999"; "In a report Wednesday, envoy Tomas Ojea Quintana said"
	// may still date the appeal told before it)
	return k >= ss && (statementNouns[d.lower[k]] || issued && d.lower[k] == "report")
}

// mediumEvent: the date at follows a message an announced event was made
// in ("issued the threat in a videotaped message that was broadcast
// Monday", "called for talks in a statement released Tuesday"): the
// message's day is the event's. It returns that event, else nil.
func mediumEvent(d *doc, ss, at int, evs []*event) *event {
	k := at - 1
	if k < ss || !releaseVerbs[d.lower[k]] {
		return nil
	}
	k--
	if k >= ss && (d.lower[k] == "was" || d.lower[k] == "were") {
		k--
	}
	if k >= ss && (d.lower[k] == "that" || d.lower[k] == "which") {
		k--
	}
	if k < ss || !mediumNouns[d.lower[k]] {
		return nil
	}
	for j := 0; j < 3 && k-1 >= ss; j++ {
		k--
		if w := d.lower[k]; w == "in" || w == "on" || w == "via" {
			for _, ev := range evs {
				if announcedTypes[ev.typ] && !ev.unreal && ev.trigEnd <= k && k-ev.trigEnd <= 4 {
					return ev
				}
			}
			return nil
		}
	}
	return nil
}

// releaseVerbs: how a message comes out on its day.
var releaseVerbs = map[string]bool{"broadcast": true, "aired": true, "released": true, "issued": true, "published": true, "posted": true, "televised": true}

// mediumNouns: messages an announced event is made in.
var mediumNouns = map[string]bool{"message": true, "statement": true, "video": true, "videotape": true, "tape": true, "audiotape": true,
	"recording": true, "letter": true, "communique": true, "broadcast": true, "speech": true, "address": true}

// statementNouns: things a report is made in, whose day is the report's.
var statementNouns = map[string]bool{"statement": true, "communique": true, "interview": true}

// nounModifier: the date at [at, end) stands between a determiner and a
// noun that tells no event ("the July 1 deadline", "a June 30 vote", "its
// 1987 budget"), whose date it is.
func (p *Pipeline) nounModifier(d *doc, ss, at, end int, evs []*event) bool {
	if at-1 < ss || end >= d.sents[d.sentOf[at]].End {
		return false
	}
	for k := at - 1; k > ss && k >= at-2 && d.mentionAt[k] < 0 && p.cls(d, k)&wAdj != 0 && p.cls(d, k)&(wDet|wVerb) == 0; k-- {
		at = k // "the original July 1 deadline"
	}
	switch d.lower[at-1] {
	case "the", "a", "an", "its", "their", "his", "her":
	default:
		return false
	}
	if (d.lower[at-1] == "a" || d.lower[at-1] == "an") && at-2 >= ss && (d.lower[at-2] == "in" || d.lower[at-2] == "at") {
		return false // "resigned in a March 10 letter": the event is done in it
	}
	for _, ev := range evs {
		if ev.trigStart >= end && ev.trigStart <= end+2 {
			return false // "the October 1 Bali bombings"
		}
	}
	if d.mentionAt[end] >= 0 {
		return false
	}
	c := p.cls(d, end)
	return c&wNoun != 0 && c&(wVerb|wPast|wPart|wPrep|wDet|wPunct) == 0
}

// yearPhrase dates the event told before a time phrase naming a year by
// its modified noun ("land captured by Israel in the 1967 war", "killed
// during the 1991 uprising"): what the phrase places in time happened in
// that year. (The year with no cue before it is no date to the date
// finder; a year before an event noun dates that noun: "the 2003 invasion".)
func (p *Pipeline) yearPhrase(d *doc, ss, se int, evs []*event) {
	for k := ss + 2; k+1 < se; k++ {
		w := d.lower[k]
		if len(w) != 4 || !(w[:2] == "19" || w[:2] == "20") || !allDigits(w) || d.lower[k-1] != "the" ||
			d.lower[k-2] != "in" && d.lower[k-2] != "during" {
			continue
		}
		if d.mentionAt[k+1] >= 0 || p.cls(d, k+1)&wNoun == 0 || p.cls(d, k+1)&(wVerb|wPast|wPrep|wDet) != 0 {
			continue
		}
		var near *event
		for _, ev := range evs {
			if ev.trigStart == k+1 {
				near = nil // "in the 2003 invasion": the noun's own date
				break
			}
			if !ev.unreal && ev.trigEnd <= k-2 && (near == nil || ev.trigEnd > near.trigEnd) {
				near = ev
			}
		}
		if near != nil && near.date == "" && !near.nominal && !p.otherClause(d, near.trigEnd, k-2) {
			near.date, near.precision = w, timex.Year
		}
	}
}

// sidelessDated appends to out the events of evs dated to the day that name
// no side ("six major powers will meet on Tuesday").
func sidelessDated(evs, out []*event) []*event {
	for _, ev := range evs {
		if len(ev.parts) == 0 && !ev.unreal && ev.precision == timex.Day {
			out = append(out, ev)
		}
	}
	return out
}

// retellSideless gives the day of an event with no named side told in the
// sentence before si to the undated event of its type in si that names its
// sides: the lead told the day, the next sentence who takes part ("France
// has announced that six major powers will meet on Tuesday ... senior
// diplomats from the five permanent members plus Germany will meet in Paris").
func retellSideless(d *doc, prev, evs []*event, si int) {
	if len(prev) == 0 || itemBreak(d, si-1, si) {
		return
	}
	for _, ev := range evs {
		if ev.date != "" || ev.unreal || len(ev.parts) == 0 || ev.another {
			continue
		}
		for _, o := range prev {
			if o.typ == ev.typ && o.sentence == si-1 {
				ev.date, ev.precision = o.date, o.precision
				break
			}
		}
	}
}

// tiedLate dates an undated event told as done after or during an event
// noun of its sentence ("have arrested three al-Qaida suspects after a
// gunfight near the Afghan border") with the day that noun's event took from
// a later report ("police opened fire Monday on a car carrying the
// suspects"): what followed a fight at once, or was done during it, is of
// its day.
func tiedLate(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.date != "" || ev.unreal || ev.nominal || len(ev.parts) == 0 {
			continue
		}
		for _, o := range d.events {
			if o == ev || o.dropped || !o.nominal || o.sentence != ev.sentence || o.precision != timex.Day || o.trigStart <= ev.trigEnd || o.trigStart-ev.trigEnd > 10 {
				continue
			}
			k := o.trigStart - 1
			for k > ev.trigEnd && k >= o.trigStart-3 && d.lower[k] != "after" && d.lower[k] != "during" {
				k--
			}
			if d.lower[k] == "after" || d.lower[k] == "during" {
				ev.date, ev.precision = o.date, o.precision
				break
			}
		}
	}
}

// duringNoun: the event noun ev is the occasion a past act of its sentence
// was done at ("confirmed the pledge during a meeting", "said at a news
// conference"): "during" or "at" and an article right before it, and no
// verb of saying before (whose occasion is the report's).
func duringNoun(d *doc, ss int, ev *event) bool {
	k := ev.trigStart - 2
	if k-1 < ss || d.lower[k] != "during" && d.lower[k] != "at" || d.lower[k+1] != "a" && d.lower[k+1] != "the" {
		return false
	}
	for j := k - 1; j >= ss; j-- {
		if saidWords[d.lower[j]] {
			return false // "said during a visit": the report's occasion
		}
	}
	return true
}

// atTheTime dates the undated events of a sentence opening with "At the
// time," or "At that time," by the last date the sentence before names:
// the phrase points back to it ("Following his earlier hospitalization in
// February, ... At the time, Russian President Vladimir Putin visited the
// hospital").
func atTheTime(d *doc) {
	if d.src.Published == "" {
		return
	}
	for si := 1; si < len(d.sents); si++ {
		s := d.sents[si]
		if s.End-s.Start < 5 || d.lower[s.Start] != "at" || d.lower[s.Start+1] != "the" && d.lower[s.Start+1] != "that" || d.lower[s.Start+2] != "time" || d.lower[s.Start+3] != "," {
			continue
		}
		p := d.sents[si-1]
		txs := timex.FindLower(d.words[p.Start:p.End], d.lower[p.Start:p.End], d.src.Published, timex.Options{Past: true})
		if len(txs) == 0 {
			continue
		}
		tx := txs[len(txs)-1]
		for _, ev := range d.events {
			if ev.sentences[0] == si && ev.date == "" && !ev.dropped && !ev.unreal {
				ev.date, ev.precision = tx.Value, tx.Precision
			}
		}
	}
}

// afterTie: the words [a, b) open with "after" and hold no other clause
// opener or comma.
func afterTie(d *doc, a, b int) bool {
	if a >= b || d.lower[a] != "after" {
		return false
	}
	for k := a + 1; k < b; k++ {
		switch d.lower[k] {
		case "since", "which", "who", "that", "because", "following", "after", "before", "while", "when", ",", ";", "--":
			return false
		}
	}
	return true
}

// ownDate: another date expression of the sentence stands right after the
// event's trigger ("set free by Iraqi militants last week after he was
// kidnapped in October"): the event is dated by it, not by a date before it.
// An expression that dates what follows it is not the event's ("Friday, ...
// Kravchenko committed suicide hours before he was to be questioned").
func ownDate(ss int, ev *event, txs []timex.Timex) bool {
	for _, tx := range txs {
		if at := ss + tx.Start; at >= ev.trigEnd && at <= ev.trigEnd+1 && !tx.Follows {
			return true
		}
	}
	return false
}

// leadNextDay dates the news a story's lead tells in the present perfect
// with no day of its own by the first day relative to publication named in
// the next two sentences: a lead says what has happened, and the sentences
// after it say when ("The European Union has decided to tighten sanctions on
// Burma. EU foreign ministers meeting in Luxembourg Monday voted to widen a
// visa blacklist", "Abbas has accepted the resignation of his security
// chief. Ismail Jaber submitted his resignation Friday"), whatever event
// the later sentence is read to tell; so does a lead in the present
// progressive ("Likud is urging a referendum. Likud's Central Committee voted
// Thursday to call for one"). Only the event of the perfect's own
// clause takes it ("has called on", "has claimed the assassination"), not
// one of a clause after it; a day a report was made on ("said Tuesday") is
// not the news's, nor is a day still to come. It runs before lateDates: the
// next sentence's day is the lead's before a day two sentences on that no
// event took ("Kenyan police have arrested several journalists ... . the
// police broke up Friday's protest ... . The media bill was passed Wednesday").
func (p *Pipeline) leadNextDay(d *doc) {
	if len(d.sents) < 2 || len(d.src.Published) < 10 {
		return
	}
	p.newsNextDay(d, 0, 2)
	p.laterNewsNextDay(d)
}

// newsNextDay dates the news sentence si0 tells in the present perfect or
// progressive by the first day told in the span sentences after it
// (leadNextDay).
func (p *Pipeline) newsNextDay(d *doc, si0, span int) {
	s0 := d.sents[si0]
	pp := -1
	for k := s0.Start; k+1 < s0.End; k++ {
		w := d.lower[k]
		if (w == "has" || w == "have") && p.perfectAfterAdverb(d, k, s0.End) {
			pp = k
			break
		}
		if (w == "has" || w == "have") && d.mentionAt[k+1] < 0 && (d.lower[k+1] == "been" || p.cls(d, k+1)&wPart != 0) ||
			(w == "is" || w == "are") && d.mentionAt[k+1] < 0 && strings.HasSuffix(d.lower[k+1], "ing") && p.cls(d, k+1)&wGerund != 0 {
			pp = k
			break
		}
	}
	if pp < 0 {
		return
	}
	var lead []*event
	for _, ev := range d.events {
		if ev.dropped || ev.unreal || ev.date != "" || len(ev.parts) == 0 || !viable(ev) || ev.sentence != si0 ||
			ev.trigStart <= pp && !p.perfectSubject(d, s0.Start, ev, pp) || tiedBetween(d, pp, ev.trigStart) && (ev.trigStart > pp+6 || commaBetween(d, pp, ev.trigStart)) && !leadOccasion(d, s0.Start, ev) {
			// (any event after the perfect, "injuring at least 18
			// soldiers", "opened fire on a protest rally", but not one of a
			// clause tied to another time: "months after Havana broke ties
			// ... for pardoning four men convicted ... in an assassination
			// attempt")
			continue
		}
		lead = append(lead, ev)
	}
	if len(lead) == 0 {
		return
	}
	reported := ""
	for si := si0 + 1; si <= si0+span && si < len(d.sents); si++ {
		s := d.sents[si]
		if !namesSide(d, s.Start, s.End, lead) && !tellsOn(d, si0, si) {
			// a sentence naming none of the news's sides and going on
			// with none of its words tells of something else ("The stock
			// closed at 5.50 dlrs bid on Friday")
			continue
		}
		for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, timex.Options{Past: true}) {
			at, end := s.Start+tx.Start, s.Start+tx.End
			if tx.Precision != timex.Day || tx.Follows || !relativeDay(tx.Text) || tx.Value > d.src.Published ||
				dateBound(d, s.Start, at, end, nil) || p.futureAt(d, s.Start, at) {
				// (nor a bound or a day still to come: "will remain in
				// Madagascar until Tuesday")
				continue
			}
			if relativeClauseDay(d, s.Start, at) {
				continue // "the stoppage, which began last Friday": another event's day
			}
			if reportDay(d, s.Start, at, end) || at-1 >= s.Start && saidWords[d.lower[at-1]] {
				if reported == "" {
					reported = tx.Value
				}
				continue
			}
			for _, ev := range lead {
				ev.date, ev.precision = tx.Value, tx.Precision
			}
			return
		}
	}
	if reported != "" {
		for _, ev := range lead {
			ev.date, ev.precision = reported, timex.Day
		}
	}
}

// namesSide: a name of a side of one of evs stands among words [ss, se).
func namesSide(d *doc, ss, se int, evs []*event) bool {
	for k := ss; k < se; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].ent < 0 {
			continue
		}
		for _, ev := range evs {
			for _, pt := range ev.parts {
				if pt.ent == d.mentions[mi].ent {
					return true
				}
			}
		}
	}
	return false
}

// retoldDay dates an undated event by a later event of its type, told in
// one of the next three sentences with a day and one of its sides: the
// later sentence retells the news with its day ("Clinton was speaking in
// Pakistan, where he was visiting survivors of last year's earthquake. ...
// Clinton arrived in Islamabad early Friday"). Only of acts a side does
// once in a story's few days (a visit, a charge or trial, a resignation, an
// appointment): attacks and appeals by the same side are as often others
// ("bombed targets for the second time in four days ... a similar raid on
// Friday").
func retoldDay(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.unreal || ev.date != "" || len(ev.parts) == 0 || !onceTypes[ev.typ] {
			continue
		}
		for _, o := range d.events {
			if o == ev || o.dropped || o.unreal || o.typ != ev.typ || o.precision != timex.Day || o.date > d.src.Published ||
				o.sentences[0] <= ev.sentences[0] || o.sentences[0] > ev.sentences[0]+3 || !shareSide(ev, o) {
				continue
			}
			ev.date, ev.precision = o.date, o.precision
			break
		}
	}
}

// onceTypes: events a side does once in a story's few days (retoldDay).
var onceTypes = map[string]bool{"VISIT": true, "TRIAL": true, "SENTENCE": true, "RESIGNATION": true, "APPOINTMENT": true}

// shareSide: a and b have a participant in common.
func shareSide(a, b *event) bool {
	for _, x := range a.parts {
		for _, y := range b.parts {
			if x.ent == y.ent {
				return true
			}
		}
	}
	return false
}
