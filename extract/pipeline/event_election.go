package pipeline

import "github.com/newsgraph/newsgraph/extract"

// voteVerbs tell that their subject voted in, ran in or won an election the
// clause names as a noun: "Turks voted on Sunday in a general election",
// "Hamas won the parliamentary elections", "the opposition boycotted the poll".
var voteVerbs = map[string]bool{
	"voted": true, "vote": true, "votes": true, "won": true, "wins": true, "lost": true,
	"contested": true, "boycotted": true, "swept": true, "dominated": true, "cast": true, "casting": true,
	"run": true, "ran": true, "winning": true, // ("running in elections as independents" is a habit)
}

// voterNouns are the people an election is held among.
var voterNouns = map[string]bool{"voters": true, "electorate": true, "electors": true}

// electionVoters gives a noun election its voters when nothing else named
// them. News tells an election by what its participants do ("X voted in",
// "X won") or by where the polls opened ("polls opened in Nigeria for
// presidential elections"); the noun itself has neither possessor nor "of".
func (p *Pipeline) electionVoters(d *doc, ev *event, ss, se int, add func([]int, string)) {
	t0 := ev.trigStart
	// (the clause, not a count of words, bounds the verb: "after winning an
	// overwhelming victory in its Gaza Strip strongholds in January's
	// municipal elections")
	for k := t0 - 1; k > ss && k >= t0-16; k-- {
		w := d.lower[k]
		if w == "," || w == ";" || w == ":" || w == "that" || w == "which" || w == "who" || w == "where" || w == "when" || w == "while" || w == "because" || w == "if" {
			break // another clause: its verb is not this election's
		}
		if !voteVerbs[w] || d.mentionAt[k] >= 0 {
			continue
		}
		if k-1 > ss && (p.cls(d, k-1)&(wDet|wAdj) != 0 || d.lower[k-1] == "\"" || d.lower[k-1] == "no") {
			continue // a noun: "a \"no\" vote in next week's referendum" says nothing of who votes
		}
		subj, _, _ := p.subject(d, k, ss)
		if len(subj) == 0 {
			subj = p.mainSubject(d, ss, k)
		}
		if len(subj) == 0 {
			break
		}
		add(subj, participant)
		// "to run against President Yoweri Museveni in next month's election"
		if k+2 < t0 && d.lower[k+1] == "against" {
			if ph := p.npRight(d, k+2, t0); len(ph.ents) > 0 {
				add(ph.ents, participant)
			}
		}
		return
	}
	// "opinion polls have shown French voters planning to reject the
	// constitution in a referendum", "Iraqi voters": the voters' country is
	// the one voting.
	for k := ss; k+1 < se; k++ {
		if !voterNouns[d.lower[k+1]] {
			continue
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			if m := d.mentions[mi]; m.end == k+1 && m.ent >= 0 && d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country {
				add([]int{m.ent}, participant)
				return
			}
		}
	}
	// "Polls opened in Nigeria on Saturday for presidential elections": the
	// country where the polls are is the one voting.
	for k := ss; k+2 < t0; k++ {
		if d.lower[k] != "polls" || (d.lower[k+1] != "opened" && d.lower[k+1] != "closed" && d.lower[k+1] != "open" && d.lower[k+1] != "close") {
			continue
		}
		for j := k + 2; j < t0 && j < k+5; j++ {
			if d.lower[j] != "in" || j+1 >= se {
				continue
			}
			if mi := d.mentionAt[j+1]; mi >= 0 {
				if m := d.mentions[mi]; m.ent >= 0 && d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country {
					add([]int{m.ent}, participant)
					return
				}
			}
		}
	}
}

// sharedVote returns the election a share of the vote belongs to: "With
// ballots from about one percent of the polling stations counted, Ellen
// Johnson-Sirleaf has 24 percent of the vote" reports a result of the
// election the story told just before (within three sentences), whoever
// that one named; nil when ev is no vote share or no election came before.
func (d *doc) sharedVote(ev *event) *event {
	if ev.typ != "ELECTION" || !voteShare(d, ev.trigStart, d.sents[ev.sentence].Start) {
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		if o.sentence < ev.sentence-3 {
			break
		}
		if o.typ == "ELECTION" && !o.dropped && len(o.parts) > 0 { // ("his choice of election constituency" names no election held)
			return o
		}
	}
	return nil
}
