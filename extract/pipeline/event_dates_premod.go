package pipeline

// A participle inside a noun phrase tells no tense (fifteenth session).
//
// futureAt reads the tense of a date from the nearest verb before it, and a
// past participle stops the search as a past ("the action they took on
// February 20"). But a participle standing between a determiner or an
// adjective and its noun is an adjective of that noun, not a verb of the
// clause: "Kenyans are to vote on a new proposed constitution in a national
// referendum on November 21", "will rule on the disputed ballots on March
// 3", "to elect a so-called transitional assembly on January 30". The
// clause's tense is the one before the noun phrase ("are to vote": the next
// November 21), so the search goes on past such a word.

// premodParticiple: the word at k (read as a past or participle) stands
// after a determiner, a possessive or an adjective and right before a noun
// of the same noun phrase ("a new proposed constitution", "the disputed
// vote").
func (p *Pipeline) premodParticiple(d *doc, ss, k int) bool {
	if k-1 < ss || k+1 >= len(d.lower) || d.mentionAt[k-1] >= 0 && d.lower[k-1] != "'s" {
		return false
	}
	before := p.cls(d, k-1)
	if before&(wDet|wAdj) == 0 || before&(wVerb|wPast|wPart) != 0 {
		if b := d.lower[k-1]; b != "'s" && b != "’s" {
			return false
		}
	}
	after := p.cls(d, k+1)
	return d.mentionAt[k+1] < 0 && after&wNoun != 0 && after&(wVerb|wPast|wPart|wPrep|wDet) == 0
}

// votingPresent: the word at k is a plain present verb of voting right
// after its named subject ("Palestinians choose a new president on January
// 9", "Kenyans vote in a referendum on November 21"): the news present of
// a vote still to come, as "meets" or "arrives" tell of a coming meeting
// or arrival (newsPresent). (A vote already held is told in the past:
// "Palestinians chose", "voted".)
func votingPresent(d *doc, ss, k int) bool {
	switch d.lower[k] {
	case "choose", "chooses", "elect", "elects", "vote", "votes":
		return k-1 >= ss && d.mentionAt[k-1] >= 0 && d.lower[k-1] != "'s" && d.lower[k-1] != "’s"
	}
	return false
}
