package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The candidates of an election.
//
// An election takes part among its candidates: the labels name them
// whenever the story does ("Final results from last month's presidential
// runoff election in Guinea-Bissau give the victory to former military
// ruler Joao Bernardo Vieira. ... Mr. Vieira received 52 percent of the
// vote, compared with 48 percent for his rival"). The trigger's own words
// rarely hold them: news tells a candidate by what the count gives him
// (a share of the vote, the victory, the lead) or by the word "candidate"
// in front of his name, in any of the sentences that report the election.
// The country that votes stays: the labels keep it beside its candidates.

// candidateNouns, right before a name, say it stands in an election
// ("presidential candidate George Weah", "his rival, interim leader Malam
// Bacai Sanha").
var candidateNouns = map[string]bool{
	"candidate": true, "candidates": true, "front-runner": true, "frontrunner": true,
	"challenger": true, "rival": true, "nominee": true, "runner-up": true,
}

// tallyVerbs, after a name, tell what the count gave it when a share, the
// victory or the lead follows ("received 52 percent", "has claimed
// victory", "leading Mr. Abdullah with about 47 percent").
var tallyVerbs = map[string]bool{
	"won": true, "wins": true, "win": true, "winning": true, "received": true, "receives": true,
	"garnered": true, "secured": true, "captured": true, "claimed": true, "claims": true,
	"leads": true, "leading": true, "led": true, "trails": true, "trailing": true, "took": true,
	"is": true, "was": true, // "is the winner of Sunday's presidential election"
}

// candDays may stand between a name and its verb.
var candDays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"yesterday": true, "today": true,
}

// tallyNouns are what a count gives.
var tallyNouns = map[string]bool{
	"percent": true, "%": true, "victory": true, "winner": true, "vote": true, "votes": true,
	"majority": true, "seats": true, "lead": true,
}

// candTitles may stand between a word and the name it governs, outside
// the name's span.
var candTitles = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true, "mrs": true, "ms": true}

// beatenVerbs, right before a name, tell the one the count put behind
// ("leading Mr. Abdullah", "defeated Mr. Nastase", "backed Mr. Yanukovych
// in last year's presidential election").
var beatenVerbs = map[string]bool{
	"leading": true, "defeated": true, "defeating": true, "beat": true, "beating": true,
	"backed": true, "edged": true, "unseated": true,
}

// electionCandidates adds to every kept election the people and parties
// its sentences tell as candidates.
func electionCandidates(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.unreal || ev.typ != "ELECTION" || len(ev.parts) == 0 {
			continue
		}
		for _, si := range ev.sentences {
			s := d.sents[si]
			for _, m := range d.mentionsIn(s.Start, s.End) {
				if m.ent < 0 || m.nominal {
					continue
				}
				if t := d.ents[m.ent].typ; t != extract.Person && t != extract.Organization {
					continue
				}
				if candidateBefore(d, m, s.Start) || tallyAfter(d, m, s.End) {
					ev.addPart(m.ent, participant)
				}
			}
		}
	}
}

// candidateBefore: a candidate noun, a share "for" the name, the victory
// "to" it or a verb of beating stands right before the name, or a few
// title words after a candidate noun ("his rival, interim leader").
func candidateBefore(d *doc, m *mention, ss int) bool {
	k := m.start - 1
	if k > ss && candTitles[d.lower[k]] {
		k-- // "leading Mr. Abdullah" (the title outside the name's span)
	}
	if k < ss {
		return false
	}
	if beatenVerbs[d.lower[k]] {
		return true
	}
	if k-1 >= ss && (d.lower[k] == "for" && (d.lower[k-1] == "percent" || d.lower[k-1] == "%") ||
		d.lower[k] == "by" && (d.lower[k-1] == "won" || d.lower[k-1] == "swept") || // "was won by the Social Democrats"
		d.lower[k] == "to" && d.lower[k-1] == "victory") {
		return true // "to 41 percent for Mr. Weah", "give the victory to"
	}
	for j := k; j >= ss && j >= k-4; j-- {
		w := d.lower[j]
		if candidateNouns[w] {
			return true
		}
		if d.mentionAt[j] >= 0 || w == "and" || w == "or" || w == "of" || w == "said" || w == "says" ||
			w == "the" || w == "a" || w == "an" {
			return false // (not "its nearest rival, the Press Association news agency reported": a source)
		}
		if w == "," && (j-1 < ss || !candidateNouns[d.lower[j-1]]) {
			return false // a list before the name ("Frontrunner, eLections, President Forever"), not its apposition
		}
	}
	return false
}

// tallyAfter: the name is the subject of a tally verb whose object is a
// share, the victory or the lead, past an apposition set off by commas
// ("Mr. Vieira, also known as \"Nino,\" received 52 percent of the vote").
func tallyAfter(d *doc, m *mention, se int) bool {
	k := m.end
	if k < se && d.lower[k] == "," {
		j := k + 1
		for j < se && j <= k+10 && d.lower[j] != "," {
			j++
		}
		if j >= se || d.lower[j] != "," {
			return false
		}
		k = j + 1
	}
	for k < se && (d.lower[k] == "\"" || d.lower[k] == "'") {
		k++ // the apposition's closing quote: "also known as \"Nino,\" received"
	}
	for k < se {
		if w := d.lower[k]; gapWords[w] && !tallyVerbs[w] || candDays[w] {
			k++ // "Mr. Blair's Labor Party on Thursday won a third straight general election victory"
		} else if w == "on" && k+1 < se && candDays[d.lower[k+1]] {
			k += 2
		} else {
			break
		}
	}
	if k >= se || !tallyVerbs[d.lower[k]] {
		return false
	}
	for j := k + 1; j < se && j <= k+6; j++ {
		w := d.lower[j]
		if tallyNouns[w] {
			return true
		}
		if w == "," || w == ";" || w == "that" || w == "and" {
			return false
		}
	}
	return false
}
