package pipeline

import (
	"time"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// A visit dated by the arrival a later sentence tells (seventeenth session,
// dates18).
//
// News names a visit first without its day or by a period ("pop star
// Madonna has visited an orphanage in Malawi", "Minister Chung will visit
// China this week", "when President Bush visits the two countries later
// this week") and gives the day a sentence or three on by the visitor's
// arrival: "The singer arrived in the southern African country on
// Wednesday", "Mr. Chung ... will arrive in Beijing on Tuesday", "Mr. Bush
// is flying to the Latvian capital, Riga, Friday". The Guideline dates a
// visit by its first day, which is the day of arriving. The arrival is
// often no event of its own (its subject is a pronoun or a description, or
// it is still to come), so retoldDay, which needs a later VISIT event with a
// side, never saw it. arrivalDay reads the arrival verb itself: its subject
// must be the visitor (a name of the visit's agent, a pronoun or a short
// definite description right before the verb), and the day must follow the
// verb within its clause.

// arrivalWindow is how many sentences after the visit the arrival may be told.
const arrivalWindow = 3

// arrivalVerbs are the verbs of reaching a place; flyTo need "to" after them.
var arrivalVerbs = map[string]bool{"arrive": true, "arrives": true, "arrived": true, "arriving": true}
var flyVerbs = map[string]bool{"fly": true, "flies": true, "flew": true, "flying": true}

// arrivalDay dates an undated or period-dated VISIT by the day of its
// agent's arrival told in one of the next sentences of the same item.
func (p *Pipeline) arrivalDay(d *doc) {
	pub, err := time.Parse("2006-01-02", d.src.Published)
	if err != nil {
		return
	}
	for _, ev := range d.events {
		if ev.typ != "VISIT" || ev.dropped || ev.unreal || !hasRole(ev, agent) ||
			ev.date != "" && ev.precision != timex.Week || ev.sentence < 0 {
			continue
		}
		for si := ev.sentence + 1; si <= ev.sentence+arrivalWindow && si < len(d.sents); si++ {
			if itemBreak(d, ev.sentence, si) {
				break
			}
			day, ok := p.arrivalIn(d, si, ev)
			if !ok {
				continue
			}
			t, err := time.Parse("2006-01-02", day)
			if err != nil || t.Sub(pub) > 10*24*time.Hour || pub.Sub(t) > 10*24*time.Hour {
				break // a day far from the story's is another journey
			}
			if ev.date != "" && !dateCompatible(ev.date, day) && t.Before(pub) {
				break // a past day outside the week first told is another visit
			}
			ev.date, ev.precision = day, timex.Day
			break
		}
	}
}

// arrivalIn: sentence si tells the agent of ev arriving (or flying to a
// place) on a day; it returns that day.
func (p *Pipeline) arrivalIn(d *doc, si int, ev *event) (string, bool) {
	s := d.sents[si]
	for k := s.Start + 1; k < s.End; k++ {
		w := d.lower[k]
		if d.mentionAt[k] >= 0 || !arrivalVerbs[w] && !(flyVerbs[w] && k+1 < s.End && d.lower[k+1] == "to") {
			continue
		}
		if !p.visitorBefore(d, s.Start, k, ev) {
			return "", false
		}
		coming := comingVerb(d, s.Start, k)
		for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, timex.Options{Past: !coming, Future: coming}) {
			at := s.Start + tx.Start
			if at <= k || tx.Precision != timex.Day || !relativeDay(tx.Text) && tx.Follows {
				continue
			}
			if at-k > 12 || d.lower[at-1] == "until" || d.lower[at-1] == "by" {
				return "", false // far on, or a bound: not the arrival's day
			}
			return tx.Value, true
		}
		return "", false
	}
	return "", false
}

// visitorBefore: the subject of the arrival verb at k is the visit's agent:
// a name of it, a pronoun, or "the" and a noun, right before the verb (an
// auxiliary or "is to", "is expected to" may stand between).
func (p *Pipeline) visitorBefore(d *doc, ss, k int, ev *event) bool {
	j := k - 1
	for j > ss && auxBeforeArrival[d.lower[j]] {
		j--
	}
	j = relativeBefore(d, ss, j)
	if mi := d.mentionAt[j]; mi >= 0 {
		for _, pt := range ev.parts {
			if pt.role == agent && pt.ent == d.mentions[mi].ent {
				return true
			}
		}
		return false
	}
	switch d.lower[j] {
	case "he", "she", "they":
		return true
	}
	return j == ss+1 && d.lower[ss] == "the" && p.cls(d, j)&(wNoun|wProper) != 0
}

// auxBeforeArrival are the words of tense and mood between a subject and
// its verb of arrival ("will arrive", "is to arrive", "is expected to
// arrive", "is flying").
var auxBeforeArrival = map[string]bool{
	"will": true, "is": true, "are": true, "was": true, "to": true, "due": true,
	"expected": true, "scheduled": true, "set": true, "then": true, "also": true,
	"has": true, "had": true, "have": true, "be": true,
}

// comingVerb: the arrival at k is still to come ("will arrive", "is to
// arrive", "is flying", "is due to arrive").
func comingVerb(d *doc, ss, k int) bool {
	for j := k - 1; j >= ss && j >= k-3; j-- {
		switch d.lower[j] {
		case "will", "to":
			return true
		case "is", "are":
			return d.lower[k] == "flying" || d.lower[k] == "arriving"
		}
	}
	return false
}

// relativeBefore: when word j closes a relative clause set off by commas
// ("Mr. Chung, who is also chairman of the council, will arrive"), the word
// before the clause, the subject it describes; else j.
func relativeBefore(d *doc, ss, j int) int {
	if d.lower[j] != "," {
		return j
	}
	for c := j - 1; c > ss && j-c < 20; c-- {
		if d.lower[c] != "," {
			continue
		}
		if w := d.lower[c+1]; w == "who" || w == "which" {
			return c - 1
		}
		return j
	}
	return j
}
