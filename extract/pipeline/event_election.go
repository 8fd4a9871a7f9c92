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

// electionVoters gives a noun election its voters when nothing else named
// them. News tells an election by what its participants do ("X voted in",
// "X won") or by where the polls opened ("polls opened in Nigeria for
// presidential elections"); the noun itself has neither possessor nor "of".
func (p *Pipeline) electionVoters(d *doc, ev *event, ss, se int, add func([]int, string)) {
	t0 := ev.trigStart
	for k := t0 - 1; k > ss && k >= t0-12; k-- {
		w := d.lower[k]
		if w == "," || w == ";" || w == ":" || w == "that" || w == "which" || w == "who" {
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
