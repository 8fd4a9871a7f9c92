package pipeline

import "github.com/newsgraph/newsgraph/extract/timex"

// A set event named by its possessive weekday in a clause of the present
// (twenty-first session, helper dates22).
//
// "Sunday's runoff", "Friday's poll", "Saturday's election": the possessive
// weekday names a set event that may be behind the story or ahead of it,
// and the noun alone does not say which (waitingWeekday reads a word of
// waiting before it: "ahead of Sunday's elections"). The tense of the
// clause it stands in does: "Bachelet remains the front-runner for
// Sunday's runoff election", "analysts expect Friday's poll to produce no
// outright winner", "At stake in Saturday's election is control of the
// legislature" tell of the coming Sunday, Friday, Saturday, as "the winner
// of Sunday's election was sworn in" and "Sunday's vote has ended" tell of
// the past one. presentWaited reads the coming day when the clause around
// the weekday (from the last comma, semicolon or "but" before it to the
// next comma or semicolon after its noun) holds a verb of the present or a
// modal and no verb of the past or perfect, and the noun is not the object
// of "of", "from", "after", "since" or "following" and is not followed by
// a noun of its outcome ("Sunday's election results show"). The reading
// holds on any wire: a present clause about a set event on a weekday that
// is not today speaks of the coming one.

// outcomeNouns, after the event noun, tell of a contest already held.
var outcomeNouns = map[string]bool{
	"results": true, "result": true, "outcome": true, "winner": true, "winners": true, "returns": true,
	"count": true, "tally": true, "aftermath": true, "turnout": true, "loser": true, "losers": true,
}

// presentWaited: the date words [at, end) of a sentence [ss, se) are a bare
// possessive weekday naming a set event in a clause of the present (see
// above).
func (p *Pipeline) presentWaited(d *doc, ss, at, end, se int, tx timex.Timex) bool {
	if tx.Precision != timex.Day || end-at != 1 || !weekdayName(d.lower[at]) || end >= se || d.lower[end] != "'s" && d.lower[end] != "’s" {
		return false
	}
	k := end + 1
	for n := 0; n < 3 && k < se && !waitedNouns[d.lower[k]] && (d.mentionAt[k] >= 0 || p.cls(d, k)&(wAdj|wNoun) != 0 && p.cls(d, k)&(wVerb|wPrep|wDet) == 0); n++ {
		k++ // "Sunday's Palestinian parliamentary elections"
	}
	if k >= se || !waitedNouns[d.lower[k]] {
		return false
	}
	for k+1 < se && waitedNouns[d.lower[k+1]] {
		k++ // "Sunday's runoff election"
	}
	if k+1 < se && outcomeNouns[d.lower[k+1]] {
		return false
	}
	if at-1 >= ss {
		switch d.lower[at-1] {
		case "of", "from", "after", "since", "following", "despite":
			return false // "the winner of Sunday's election", "results from Saturday's vote"
		}
	}
	lo := at
	for lo-1 >= ss && !waitClauseBreak(d.lower[lo-1]) {
		lo--
	}
	hi := k + 1
	for hi < se && !waitClauseBreak(d.lower[hi]) && d.lower[hi] != "but" {
		hi++
	}
	present := false
	for j := lo; j < hi; j++ {
		if j >= at && j <= k || d.mentionAt[j] >= 0 {
			continue
		}
		w := d.lower[j]
		switch w {
		case "was", "were", "had", "has", "have", "did", "ago", "last", "yesterday":
			return false // the past or the perfect: "Sunday's vote has ended"
		case "is", "are", "will", "remains", "remain":
			present = true
			continue
		}
		c := p.cls(d, j)
		prev := ""
		if j-1 >= lo {
			prev = d.lower[j-1]
		}
		if c&wPast != 0 && c&wNoun == 0 && !beForms[prev] && !isDet(prev) {
			return false // "observers praised Sunday's election", "voiced concern about Monday's referendum"
		}
		if c&wModal != 0 || c&wVerb != 0 && c&(wNoun|wProper) == 0 && !isDet(prev) && prev != "to" {
			present = true // (a finite verb: not the infinitive "to include")
		}
	}
	return present
}

// waitClauseBreak: punctuation that ends a clause.
func waitClauseBreak(w string) bool {
	switch w {
	case ",", ";", ":", "--", "—", "–":
		return true
	}
	return false
}

// beForms before a participle make it a passive or an adjective, not a
// verb of the past ("is expected to produce").
var beForms = map[string]bool{"is": true, "are": true, "be": true, "been": true, "being": true}

// weekdayName: w names a day of the week.
func weekdayName(w string) bool {
	return dayWords[w] && len(w) >= 6 && w != "today" && w != "yesterday" && w[len(w)-3:] == "day"
}
