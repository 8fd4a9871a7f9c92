package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Leaving office told by removal from it (fifteenth session, trig2_16):
// "Fox removed Mr. Aguilar Zinser from the UN post", "since he was forced
// from power last February", "Chirac announced his retirement", "the
// parliament voted out the prime minister's government". The Guideline
// makes a dismissal or an ouster a RESIGNATION with the one removed as
// PATIENT (the dev5 dismissal and dev6 ouster readings), and leaving office
// by retiring one too. CAMEO files "remove" and "force" under coercion
// with no office, has no "retirement", and reads "voted" as an election.
// The office noun after "from" or "out of" is what makes a removal one
// from a post ("removed the tax from the bill", "forced from their homes"
// stay out); a retirement must be announced by its subject ("his
// retirement"), and "voted out" needs an office or an office holder
// ("voted out of the Big Brother house" stays out).

// removalVerbs take a person from an office named after "from" or "out of".
var removalVerbs = map[string]bool{
	"remove": true, "removes": true, "removed": true, "removing": true,
	"force": true, "forces": true, "forced": true, "forcing": true,
	"drive": true, "drives": true, "drove": true, "driven": true, "driving": true,
	"push": true, "pushes": true, "pushed": true, "pushing": true,
} // ("oust" is dismissalTrigger's, event_trig_dismiss.go)

// coupWords tell a removal by force, which the Guideline reads as an ATTACK
// on the one removed ("removed from office in a coup", "driven from power
// by a U.S.-led offensive"), not a RESIGNATION.
var coupWords = map[string]bool{"coup": true, "coups": true, "putsch": true, "overthrow": true, "uprising": true, "invasion": true}

// removalOffices are the offices one is removed from.
var removalOffices = map[string]bool{
	"power": true, "office": true, "post": true, "job": true, "position": true, "presidency": true,
	"premiership": true, "throne": true, "cabinet": true, "government": true, "leadership": true, "seat": true,
	"chairmanship": true, "helm": true,
}

// powerThings follow "power" or "office" when they name a thing ("the power
// grid", "office buildings"), not rule.
var powerThings = map[string]bool{
	"plant": true, "plants": true, "station": true, "stations": true, "grid": true, "supply": true, "supplies": true,
	"lines": true, "line": true, "building": true, "buildings": true, "space": true, "equipment": true,
	"cuts": true, "outage": true, "outages": true, "sharing": true,
}

// retireAnnouncers tell a retirement as news of its subject.
var retireAnnouncers = map[string]bool{
	"announce": true, "announces": true, "announced": true, "announcing": true,
	"confirm": true, "confirms": true, "confirmed": true, "confirming": true,
}

// leftStarts are the words officeLeft can fire on (scanWords).
func leftStarts() []string {
	return append(append(wordsOf(removalVerbs), wordsOf(retireAnnouncers)...), "voted", "votes", "vote")
}

// officeLeft reads the verb at i as a removal from office, a retirement
// announced or a government voted out.
func (p *Pipeline) officeLeft(d *doc, i, ss, se int) (cameo.Match, bool) {
	w := d.lower[i]
	switch {
	case removalVerbs[w]:
		if i > ss && p.cls(d, i-1)&wPrep != 0 && d.mentionAt[i-1] < 0 {
			return cameo.Match{}, false // "strategies for removing him from power": a purpose, not a removal told
		}
		if anyWord(d, coupWords, ss, se) || anyWord(d, violentWords, ss, se) || anyWord(d, forceWords, ss, se) {
			return cameo.Match{}, false // a removal by force: an ATTACK (the Guideline's ouster readings)
		}
		return p.removedFromOffice(d, i, se)
	case retireAnnouncers[w]:
		// "announced his retirement", "announced her retirement from politics"
		if i+2 < se && (d.lower[i+1] == "his" || d.lower[i+1] == "her") && d.lower[i+2] == "retirement" {
			return cameo.Match{Code: cameo.CodeResign, Lemma: "retire", Start: i, End: i + 3, Reverse: true}, true
		}
	case w == "voted" || w == "votes" || w == "vote":
		return p.votedOut(d, i, se)
	}
	return cameo.Match{}, false
}

// removedFromOffice: "from" or "out of" within six words after the verb,
// then up to three words and an office noun. The match spans the verb, so
// its object (or, passive, its subject) is the PATIENT.
func (p *Pipeline) removedFromOffice(d *doc, i, se int) (cameo.Match, bool) {
	for k := i + 1; k < se && k <= i+6; k++ {
		lw := d.lower[k]
		from := lw == "from" || lw == "out" && k+1 < se && d.lower[k+1] == "of"
		if !from {
			if p.cls(d, k)&(wVerb|wPunct) != 0 && d.mentionAt[k] < 0 && lw != "out" {
				return cameo.Match{}, false // "forced to flee from", "removed, from": another clause
			}
			continue
		}
		if lw == "out" {
			k++
		}
		for j := k + 1; j < se && j <= k+4; j++ {
			if removalOffices[d.lower[j]] && d.mentionAt[j] < 0 {
				if j+1 < se && powerThings[d.lower[j+1]] {
					return cameo.Match{}, false // "removed from the power grid"
				}
				m := cameo.Match{Code: cameo.CodeResign, Lemma: "remove from office", Start: i, End: i + 1}
				if k == i+1 || lw == "out" && k == i+2 {
					// no object: a passive ("was forced from power") or a
					// participle after a noun ("Robert Empie, ordered removed
					// from office"); the one before the verb was removed
					m.Reverse = i > 0 && !isBe(d.lower[i-1]) && d.lower[i-1] != "been"
				}
				return m, true
			}
			if d.mentionAt[j] < 0 && p.cls(d, j)&(wVerb|wPunct|wPrep) != 0 {
				break
			}
		}
		return cameo.Match{}, false
	}
	return cameo.Match{}, false
}

// votedOut: "voted out of office|power", or "voted out" with an office
// holder or a government as its object ("voted out Prime Minister Hama
// Amadou's government").
func (p *Pipeline) votedOut(d *doc, i, se int) (cameo.Match, bool) {
	if i+1 >= se || d.lower[i+1] != "out" {
		return cameo.Match{}, false
	}
	m := cameo.Match{Code: cameo.CodeResign, Lemma: "vote out", Start: i, End: i + 2}
	if i+3 < se && d.lower[i+2] == "of" {
		if (d.lower[i+3] == "office" || d.lower[i+3] == "power") && (i+4 >= se || !powerThings[d.lower[i+4]]) {
			return m, true
		}
		return cameo.Match{}, false
	}
	head, mm, ok := p.objectHead(d, i+2, se)
	if !ok {
		return cameo.Match{}, false
	}
	if mm != nil {
		return m, mm.ent >= 0 && d.ents[mm.ent].typ == extract.Person
	}
	return m, dismissedNouns[d.lower[head]] || dismissedNouns[trimPlural(d.lower[head])]
}
