package pipeline

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/timex"
)

// Event coreference: whether a report of an event is told as another event
// than the ones of its type told before.

// toldAsAnother: the event is introduced as another one of its kind: its
// noun, or the subject of its verb, is modified by "other", "another",
// "separate", "similar" ("Other attacks killed at least 12", "criticized
// other recent attacks", "another bombing", "a separate raid"), so it is not
// the event of that type the story told before. "The other" names the rest
// of a set already told ("the other suspects"), not a new event.
func (p *Pipeline) toldAsAnother(d *doc, ev *event) bool {
	ss := d.sents[ev.sentence].Start
	if oneSeparateAfter(d, ev, d.sents[ev.sentence].End) {
		return true // "were killed in a separate incident" (event_coref_separate.go)
	}
	k := ev.trigStart - 1
	if !ev.nominal {
		// the verb's auxiliaries and adverbs, then its subject: "Other
		// attacks have also killed", "another bomb exploded"
		for k >= ss && (verbGapWords[d.lower[k]] || d.mentionAt[k] < 0 && p.cls(d, k) == wAdv) {
			k--
		}
	}
	for n := 0; k >= ss && n < 4; k, n = k-1, n+1 {
		switch d.lower[k] {
		case "another", "separate", "similar":
			return true
		case "other":
			return !(k-1 >= ss && (d.lower[k-1] == "the" || d.lower[k-1] == "each"))
		}
		if d.mentionAt[k] >= 0 {
			continue // "other Iraqi attacks"
		}
		// (a noun may also be read as a verb: "attacks")
		if c := p.cls(d, k); c&(wNoun|wAdj|wNum) == 0 || c&(wPrep|wDet|wConj|wPunct) != 0 || c&(wVerb|wPast) != 0 && c&wNoun == 0 {
			return false
		}
	}
	return false
}

// verbGapWords stand between a subject and its verb (auxiliaries, modals,
// "also"); wider than auxWords, which only precede a participle.
var verbGapWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"been": true, "be": true, "will": true, "would": true, "also": true}

// namedLater: a news story's lead tells an act with its doer and whom it
// befell only described ("Police in Lebanon have arrested a man", "Gunmen
// attacked a convoy"), and a sentence or two later tells the same act again
// with only whom it befell, now named ("Mahmoud Abdel-Al was detained early
// Saturday"). The two halves do not share a participant, so sameEvent does
// not join them; they are one event when the earlier report has a doer and
// no one named it befell, the later one names only who it befell (no doer
// of its own), the two are at most two sentences apart (a bulletin's next
// item is not told as the lead's detail), nothing of the type is told
// between them, and the later is not told as another one ("again",
// "another", "other", "separately", a different day). It returns the earlier report, or nil.
func (d *doc) namedLater(ev *event, again bool) *event {
	if again || ev.another || len(ev.parts) == 0 {
		return nil
	}
	for _, pt := range ev.parts {
		if pt.role != patient {
			return nil
		}
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		c := d.events[i]
		last := c.sentences[len(c.sentences)-1]
		if c.sentence >= ev.sentence || c.typ != ev.typ {
			if ev.sentence-last > 2 {
				return nil
			}
			continue
		}
		// the nearest earlier report of the type decides
		if ev.sentence-last > 2 || ev.sentence-c.sentence > 2 || c.dropped || !hasRole(c, agent) || d.namedPatient(c, ev) || hasRole(c, participant) ||
			!dateCompatible(c.date, ev.date) || itemBreak(d, last, ev.sentence) || d.olderThanRecent(c, ev) || d.olderThanRecent(ev, c) {
			return nil
		}
		if c.date == "" && (len(ev.date) == len("2006") || len(d.src.Published) >= 4 && len(ev.date) >= 4 && ev.date[:4] < d.src.Published[:4]) {
			return nil // "Den's death came 16 years after he was supposedly shot in 1989": a year of its own is background, not the lead's news
		}
		for _, pt := range ev.parts {
			if hasPart(c, pt.ent) || d.nameShared(c, pt.ent) {
				return nil // ("Rapper Snoop Dogg sued ... Snoop Dogg has been sued": one person read twice, not doer and done-to)
			}
		}
		// the nationality stood for the person now named: one participant
		c.parts = slices.DeleteFunc(c.parts, func(pt part) bool { return pt.role == patient })
		return c
	}
	return nil
}

// namedPatient: the earlier report c names whom its act befell, other than
// by the nationality of a person the later report ev names ("police have
// arrested an Iraqi man ... identified only as Ibrahim R.").
func (d *doc) namedPatient(c, ev *event) bool {
	for _, pt := range c.parts {
		if pt.role == patient && d.ents[pt.ent].subtype != extract.Country {
			return true
		}
	}
	if !hasRole(c, patient) {
		return false
	}
	for _, pt := range ev.parts {
		if d.ents[pt.ent].typ != extract.Person {
			return true
		}
	}
	return false
}

// nameShared: entity e shares a word of its name with a doer of c (the
// same person read as two entities).
func (d *doc) nameShared(c *event, e int) bool {
	words := strings.Fields(d.ents[e].name)
	for _, pt := range c.parts {
		if pt.role != agent {
			continue
		}
		for _, w := range strings.Fields(d.ents[pt.ent].name) {
			if len(w) > 2 && capitalised(w) && slices.Contains(words, w) {
				return true
			}
		}
	}
	return false
}

// toldAtOtherTime: the sentence of ev opens on a time of its own that sets
// it apart from c, an event of its type told in other sentences: a month or
// a year before the story's month that c's date does not contain ("concerned
// by the kidnapping ... Last April seven Chinese workers were kidnapped in
// Fallujah", "the businessman was abducted ... And, in September,
// Afghanistan's top diplomat was kidnapped"), or a span counted on from the
// time told before ("occupied by Japan beginning in 1905 ... Five years
// later, Japan annexed the peninsula"). A time set before the clause sets a
// new scene: background, not c again. (A time told after the verb or within
// a noun phrase often only dates c: "his conviction ... was convicted in
// May", "the killing of three Chinese engineers ... the February killings";
// a day is no such sign either: "the assassination of Rafik Hariri ... Mr.
// Hariri was killed February 14".) It returns the month or year named, if
// any, as the date of ev.
func (d *doc) toldAtOtherTime(c, ev *event) (apart bool, date, precision string) {
	if slices.Contains(c.sentences, ev.sentence) {
		return false, "", ""
	}
	s := d.sents[ev.sentence]
	k := s.Start
	for k < s.End && (d.lower[k] == "and" || d.lower[k] == "but" || d.lower[k] == ",") {
		k++
	}
	if k+2 < s.End && d.lower[k+2] == "later" {
		switch d.lower[k+1] {
		case "years", "year":
			// counted from c's year: "in 1905 ... Five years later" is 1910
			if n, ok := countWord(d.lower[k]); ok && len(c.date) >= 4 {
				if y, err := strconv.Atoi(c.date[:4]); err == nil {
					return true, strconv.Itoa(y + n), timex.Year
				}
			}
			return true, "", ""
		case "months", "month", "decades", "decade":
			return true, "", ""
		}
	}
	pub := d.src.Published
	if len(pub) < 7 {
		return false, "", ""
	}
	if k < s.End && (d.lower[k] == "in" || d.lower[k] == "by") {
		k++
	}
	for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], pub, timex.Options{Past: true}) {
		if s.Start+tx.Start > k || tx.Follows || tx.Precision != timex.Month && tx.Precision != timex.Year {
			continue
		}
		if c.date != "" && dateCompatible(c.date, tx.Value) || tx.Value >= pub[:len(tx.Value)] {
			return false, "", ""
		}
		return true, tx.Value, tx.Precision
	}
	return d.timeAtTrigger(c, ev) // "the prince's 1985 visit" (event_merge_attachedtime.go)
}

// countWord reads a small count written as digits or as a word ("five",
// "10", "a" as in "a year later").
func countWord(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 1000 {
		return n, true
	}
	for i, x := range [...]string{"a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
		if w == x {
			return i + 1, true
		}
	}
	if w == "one" {
		return 1, true
	}
	for i, x := range [...]string{"twenty", "thirty", "forty", "fifty"} {
		if w == x {
			return 20 + 10*i, true
		}
	}
	return 0, false
}
