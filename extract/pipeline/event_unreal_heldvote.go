package pipeline

// Votes read as unreal because a wish word stood near them.
//
// Measured in the fifteenth session (helper civic16) over the 28 TUNE
// sets: 18 ELECTION and PROTEST misses were "read as unreal", 8 of them in
// dev26..dev29, the sets least tuned on. The ELECTION ones (7 stories) had
// a wish word within six words of the vote noun that wished something else:
//
//	the wish governs another noun or verb, the vote is in a phrase after
//	  it ("the opposition hopes for a victory in elections that are
//	  required to be held this year", "attacks will likely increase
//	  ahead of the elections", "a new proposed constitution in a national
//	  referendum on November 21")                                        3
//	the wish is to hinder a vote already set ("trying to stop the
//	  referendum", "attempts to ... prevent Iraq's first post-Saddam
//	  elections, scheduled to take place ... on January 30")             2
//	a vote with its own day in a purpose infinitive ("is sending a
//	  diplomat to Ivory Coast to help organize presidential elections
//	  in October")                                                        1
//	"is not scheduled to hold parliamentary elections until next
//	  November" (left: the negation is read with the participants)      1
//
// The first two are read here. The third was tried (a vote with its own
// day stays real in a purpose infinitive) and dropped: it gained no TUNE
// event (the Ivory Coast vote still has no participant read) and on
// Reuters made "pressure mounted on Thatcher to call a June election" an
// election.
// The Guideline counts scheduled events, and a vote is held on a day set
// in advance: hoping, trying or planning something about it leaves it
// scheduled. A vote not yet set stays unreal: "to avoid a runoff vote",
// "hope to hold elections", "called for early elections".

// wishBeyond: the wish word at k governs a word of its own before the noun
// trigger at t, which stands in a phrase after that word: "hopes for a
// victory in elections", "will likely increase ahead of the elections".
// The phrase's preposition is one of place or time (not "of", "for",
// "on" or "to", which make the noun the wish's own: "plans for a series of
// attacks", "proposed talks on elections").
func (p *Pipeline) wishBeyond(d *doc, k, t int) bool {
	if !voteNouns[d.lower[t]] && !(t+1 < len(d.lower) && voteNouns[d.lower[t+1]]) {
		return false
	}
	j := t - 1
	for j > k && (d.lower[j] == "the" || d.lower[j] == "a" || d.lower[j] == "an" || d.mentionAt[j] >= 0 ||
		p.cls(d, j)&(wAdj|wNoun) != 0 && p.cls(d, j)&(wPrep|wVerb) == 0 || monthName(d.lower[j]) || yearWord(d.lower[j])) {
		j-- // the vote's own phrase: "a national referendum", "Iraq's first post-Saddam"
	}
	if j <= k {
		return false
	}
	switch d.lower[j] {
	case "in", "at", "during", "before", "after", "following", "since", "throughout":
	case "of":
		if d.lower[j-1] != "ahead" {
			return false
		}
		j--
	default:
		return false
	}
	for h := k + 1; h < j; h++ {
		if d.mentionAt[h] < 0 && p.cls(d, h)&(wNoun|wVerb) != 0 && p.cls(d, h)&(wDet|wPrep) == 0 && !voteNouns[d.lower[h]] {
			return true // "victory", "increase": the wish's own word
		}
	}
	return false
}

// hinderVerbs act against something already set; their past forms stay
// out ("police prevented the rally": it was not held).
var hinderVerbs = map[string]bool{
	"stop": true, "prevent": true, "disrupt": true, "derail": true, "sabotage": true, "block": true, "undermine": true,
	"stopping": true, "preventing": true, "disrupting": true, "derailing": true, "sabotaging": true, "blocking": true,
}

// hinderedVote: the wish word at k is one of hindering ("prevent") or
// governs one ("trying to stop"), and the noun trigger at t a definite
// vote ("the referendum", "Iraq's first post-Saddam elections"): a vote
// someone works against is one already set.
func hinderedVote(d *doc, k, t int) bool {
	if !voteNouns[d.lower[t]] && !(t+1 < len(d.lower) && voteNouns[d.lower[t+1]]) {
		return false
	}
	h := k
	if !hinderVerbs[d.lower[h]] {
		if h+2 >= t || d.lower[h+1] != "to" || !hinderVerbs[d.lower[h+2]] {
			return false
		}
		h += 2
	}
	for j := h + 1; j < t; j++ {
		switch w := d.lower[j]; {
		case w == "the" || w == "'s" || w == "this" || w == "next" || w == "upcoming":
			return true
		case w == "a" || w == "an":
			return false // "to avoid a runoff vote": one that may never be held
		}
	}
	return false
}
