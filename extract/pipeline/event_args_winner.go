package pipeline

import "github.com/newsgraph/newsgraph/extract"

// Election winners named by the construction that tells the win.
//
// Of the ELECTION misses in TUNE at the start of the thirteenth session
// whose participants all stand in the trigger's sentence, the recurring
// shape across stories is the winner told around the election noun rather
// than as the subject of a vote verb, which electionVoters reads:
//
//	"X's apparent victory in Palestinian parliamentary elections"
//	"congratulate X on his victory in the Ukrainian presidential election"
//	"Hamas, which won Palestinian elections in January"
//	"the Kadima Party, which won 29 seats ... in legislative elections"
//	"X went on to win a court-ordered re-vote"
//
// The labels give such an election its winner, and the country an
// adjective or possessive inside the election's own phrase names
// ("Palestinian", "Burma's"). Only these shapes are read: a victory with
// no possessor ("claimed an overwhelming victory in") names no winner the
// labels give. Tried and left out: "X was declared (the) winner of the
// election" (TUNE +1, CHECK -1: news tells so an election the story has
// already reported, so the event is a repeat more often than a new one).

// winNouns are the nouns of a won election: "X's victory in the vote".
var winNouns = map[string]bool{"victory": true, "win": true, "triumph": true, "victories": true}

// winVerbs are the verbs whose subject won the election they govern.
var winVerbs = map[string]bool{"won": true, "win": true, "wins": true, "winning": true,
	"swept": true, "sweeping": true, // "Hamas, which swept to power in parliamentary elections"
}

// electionWinner adds the winner (and the country of the election's own
// phrase) to a nominal ELECTION event when one of the constructions above
// names it; it reports whether it did.
func (p *Pipeline) electionWinner(d *doc, ev *event, ss int, add func([]int, string)) bool {
	if ev.typ != "ELECTION" || !ev.nominal {
		return false
	}
	t0 := ev.trigStart
	// the election's phrase: determiners, adjectives, numbers, possessives
	// and names before the noun ("a flawed November", "Burma's widely
	// criticized first", "the Ukrainian presidential")
	h := t0 - 1
	var country []int
	for ; h > ss && h >= t0-7; h-- {
		if mi := d.mentionAt[h]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent >= 0 && (m.label == "NORP" || d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country) {
				country = append(country, m.ent)
			}
			h = m.start
			continue
		}
		w := d.lower[h]
		if w == "'s" || w == "’s" || w == "'" || w == "-" {
			continue
		}
		if winNouns[w] || winVerbs[w] || w == "in" {
			break
		}
		if p.cls(d, h)&(wDet|wAdj|wNum|wNoun|wProper) == 0 || p.cls(d, h)&(wPrep|wPunct|wConj) != 0 {
			return false
		}
	}
	if h <= ss {
		return false
	}
	winner := p.winnerAt(d, h, ss)
	if len(winner) == 0 {
		return false
	}
	add(winner, participant)
	if len(country) == 1 {
		add(country, participant)
	}
	return true
}

// winnerAt reads the winner of an election phrase that starts after token
// h ("in" or a win verb); nil when the construction names none.
func (p *Pipeline) winnerAt(d *doc, h, ss int) []int {
	w := d.lower[h]
	switch {
	case w == "in" && h-1 > ss && winNouns[d.lower[h-1]]:
		// "X's (apparent|landslide) victory in": the possessor
		for k := h - 2; k >= ss && k >= h-4; k-- {
			switch d.lower[k] {
			case "his", "her", "its", "their":
				return p.pronoun(d, k, ss)
			case "'s", "’s", "'":
				if k-1 >= ss {
					if mi := d.mentionAt[k-1]; mi >= 0 && d.mentions[mi].ent >= 0 {
						return []int{d.mentions[mi].ent}
					}
				}
				return nil
			}
			if d.mentionAt[k] >= 0 || p.cls(d, k)&wAdj == 0 {
				return nil
			}
		}
	case w == "in":
		// "which won 29 seats in the 120-member parliament in legislative
		// elections": the win verb a few words back in the same clause
		for k := h - 1; k > ss && k >= h-10; k-- {
			if winVerbs[d.lower[k]] {
				return p.winVerbSubject(d, k, ss)
			}
			if x := d.lower[k]; x == "," || x == ";" || x == "and" || x == "but" || x == "that" || p.cls(d, k)&wVerb != 0 && d.mentionAt[k] < 0 && p.cls(d, k)&(wNoun|wAdj) == 0 {
				return nil
			}
		}
	case winVerbs[w]:
		return p.winVerbSubject(d, h, ss)
	}
	return nil
}

// winVerbSubject is the subject of a win verb that is not read by subject():
// the antecedent of "X, which|who won", and the subject of "went on to win".
func (p *Pipeline) winVerbSubject(d *doc, k, ss int) []int {
	if k-2 > ss && (d.lower[k-1] == "which" || d.lower[k-1] == "who") && d.lower[k-2] == "," {
		return p.npLeft(d, k-2, ss).ents
	}
	if k-3 > ss && d.lower[k-1] == "to" && d.lower[k-2] == "on" && (d.lower[k-3] == "went" || d.lower[k-3] == "go" || d.lower[k-3] == "goes") {
		subj, _, _ := p.subject(d, k-3, ss)
		return subj
	}
	return nil
}
