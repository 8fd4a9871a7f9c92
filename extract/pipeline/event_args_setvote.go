package pipeline

// Elections told as one set vote, though the date reader gave them no day.
//
// storyElections gives a story's one country only to a dated election: a
// bare "elections" may be a kind ("free and fair elections") rather than
// one vote. But the date reader leaves some votes the text fixes all the
// same: "parliamentary elections scheduled for May", "early elections
// scheduled for March", "a national referendum on the constitution to be
// held October 15" (the date is the scheduling verb's, not the noun's),
// and "the country's presidential runoff" names the vote by its owner.
// Seventeenth session (helper civic18), measured over the 50 TUNE ELECTION
// misses "no participant read": 24 have a country as their only required
// participant; storyElections left 5 of them for want of a date alone
// (Israel's, Lebanon's, Iraq's twice, Haiti's).

// setVote: the election noun of ev is followed by a scheduling participle
// and its time ("scheduled for May", "set for October 30", "due in
// March", "planned for next year") or by "to be held", or stands after
// "the country's" or "the nation's": one vote, though undated.
func setVote(d *doc, ev *event) bool {
	s := d.sents[ev.sentence]
	// (a short "on the constitution" may stand between: "a national
	// referendum on the constitution to be held October 15")
	for k := ev.trigEnd; k+1 < s.End && k <= ev.trigEnd+4 && !clauseStop[d.lower[k]]; k++ {
		switch d.lower[k] {
		case "scheduled", "set", "planned", "slated", "due":
			switch d.lower[k+1] {
			case "for", "on", "in", "to":
				return true
			}
		case "to":
			if k+2 < s.End && d.lower[k+1] == "be" && d.lower[k+2] == "held" {
				return true
			}
		}
	}
	if theVote(d, ev.trigStart, s.Start) {
		return true
	}
	// "the country's presidential runoff": up to two modifiers between
	for j := ev.trigStart - 1; j >= s.Start+2 && j >= ev.trigStart-3; j-- {
		if d.lower[j] == "'s" || d.lower[j] == "’s" {
			if w := d.lower[j-1]; (w == "country" || w == "nation") && d.lower[j-2] == "the" {
				return true
			}
			return false
		}
	}
	return false
}

// voteKind: w modifies an election noun by the office or body it fills
// (electionAdjective) or its place in time ("the upcoming elections", "the
// runoff election").
func voteKind(w string) bool {
	return electionAdjective[w] || voteTimeWords[w]
}

// voteTimeWords place a vote in time or in its rounds.
var voteTimeWords = map[string]bool{"upcoming": true, "coming": true, "runoff": true, "run-off": true}

// theVote: the election noun at t is definite ("the elections", "the
// upcoming parliamentary elections"): the one vote the story told before.
func theVote(d *doc, t, ss int) bool {
	j := t - 1
	for j >= ss && j >= t-3 && voteKind(d.lower[j]) {
		j--
	}
	return j >= ss && d.lower[j] == "the"
}

// clauseStop ends the phrase of a noun: what follows tells of another thing.
var clauseStop = map[string]bool{
	",": true, "which": true, "that": true, "and": true, "but": true, "or": true, "after": true, "before": true, "while": true,
}
