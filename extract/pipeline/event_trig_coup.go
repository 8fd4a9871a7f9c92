package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Coups (sixteenth session, helper atkfp17).
//
// The Guideline's ouster readings (testdata/events/README.md, the dev6,
// dev7 and dev10 readings) make a coup an ATTACK: on the leader it ousts
// ("was deposed in a military coup led by General Francois Bozize",
// "removed Prime Minister Thaksin Shinawatra from office in a peaceful
// coup", "a 2002 coup against Venezuelan President Hugo Chavez") and by
// the one it brings to power ("came to power in a coup in 1969"). The
// lexicon has no "coup", and reads "ousted" as a dismissal (a RESIGNATION)
// unless arms are told; "deposed" and "toppled" it does not read at all.
// Measured on TUNE at the start (main 165c4a8): 24 gold coups and ousters,
// 15 of them missed with no trigger, 6 of these in dev26..dev33.
//
// The noun is a coup when its sentence tells power taken or lost, or its
// own words say so ("military coup", "coup attempt"); "a major coup for
// the company", "a publicity coup" and "coup de grace" stay out. A noun
// that only tells how a verb of ousting was done ("ousted by a coup",
// "deposed in a coup") is that verb's, which becomes the ATTACK.

// coupLemma and overthrowLemma mark the matches coupArgs and overthrowArgs
// read the sides of.
const (
	coupLemma      = "coup"
	overthrowLemma = "overthrow by force"
)

// coupNouns name a coup.
var coupNouns = map[string]bool{"coup": true, "coups": true, "putsch": true, "coup-attempt": true}

// coupPolitics are words of the sentence that make "coup" one against a
// government, not a success ("a coup for the company").
var coupPolitics = map[string]bool{
	"military": true, "army": true, "bloodless": true, "failed": true, "attempted": true, "abortive": true,
	"botched": true, "foiled": true, "power": true, "president": true, "government": true, "regime": true,
	"junta": true, "general": true, "colonel": true, "officers": true, "soldiers": true, "plotters": true,
	"plotting": true, "plotted": true, "staged": true, "attempt": true, "d'etat": true, "dictator": true,
	"ousted": true, "deposed": true, "toppled": true, "overthrew": true, "overthrown": true, "against": true,
	"leader": true, "king": true, "minister": true, "palace": true, "martial": true, "civilian": true,
}

// coupSuccess premodify "coup" in its sense of a success.
var coupSuccess = map[string]bool{
	"major": true, "real": true, "big": true, "great": true, "huge": true, "publicity": true, "marketing": true,
	"diplomatic": true, "transfer": true, "signing": true, "media": true, "propaganda": true, "boardroom": true,
	"commercial": true, "public": true, "relations": true, "intelligence": true, "considerable": true, "minor": true,
}

// coupStarts are the words coupTold can fire on (scanFamilies).
func coupStarts() []string {
	return append(append(wordsOf(coupNouns), wordsOf(ousterVerbs)...), wordsOf(removalVerbs)...)
}

// ousterVerbs bring a ruler down; with a coup or arms told they are an attack.
var ousterVerbs = map[string]bool{
	"depose": true, "deposes": true, "deposed": true, "deposing": true,
	"topple": true, "topples": true, "toppled": true, "toppling": true,
	"overthrow": true, "overthrows": true, "overthrew": true, "overthrown": true, "overthrowing": true,
}

// coupForces are armed actors whose ousting of a ruler is done by force.
var coupForces = map[string]bool{
	"forces": true, "troops": true, "army": true, "military": true, "rebels": true, "soldiers": true,
	"coalition": true, "invasion": true, "insurgents": true, "guerrillas": true, "junta": true, "officers": true,
}

// rulerNouns head the objects a coup brings down.
var rulerNouns = map[string]bool{
	"government": true, "regime": true, "president": true, "leader": true, "king": true, "dictator": true,
	"junta": true, "premier": true, "minister": true, "ruler": true, "emir": true, "monarch": true, "administration": true,
}

// coupTold reads the word at i as a coup: a coup noun in its political
// sense, or a verb of deposing, toppling or overthrowing a ruler in a
// sentence that tells a coup or arms.
func (p *Pipeline) coupTold(d *doc, i, ss, se int) (cameo.Match, bool) {
	if d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	w := d.lower[i]
	switch {
	case coupNouns[w]:
		return p.coupNounTold(d, i, ss, se)
	case ousterVerbs[w]:
		return p.ousterTold(d, i, ss, se)
	case removalVerbs[w] && anyWord(d, coupNouns, ss, se):
		// "removed Prime Minister Thaksin Shinawatra from office in a
		// peaceful coup" (officeLeft leaves it, event_trig_removed.go)
		if i > ss && p.cls(d, i-1)&wPrep != 0 && d.mentionAt[i-1] < 0 {
			return cameo.Match{}, false
		}
		m, ok := p.removedFromOffice(d, i, se)
		if !ok {
			return cameo.Match{}, false
		}
		m.Code, m.Lemma, m.Reverse = "190", overthrowLemma, false
		return m, true
	}
	return cameo.Match{}, false
}

// coupNounTold reads the coup noun at i in its political sense; the match
// takes in "attempt" or "d'etat" after it.
func (p *Pipeline) coupNounTold(d *doc, i, ss, se int) (cameo.Match, bool) {
	if i+1 < se && (d.lower[i+1] == "for" || d.lower[i+1] == "de") {
		return cameo.Match{}, false // "a coup for Chelsea", "coup de grace"
	}
	if coupScored(d, i, ss) {
		return cameo.Match{}, false // "a major coup", "scored the biggest coup of the U.S. firms"
	}
	if !anyWord(d, coupPolitics, ss, se) && !yearBefore(d, i, ss) {
		return cameo.Match{}, false
	}
	if coupMeans(d, i, ss) {
		return cameo.Match{}, false // "ousted by a coup": the verb's (ousterTold)
	}
	end := i + 1
	if end < se && (d.lower[end] == "attempt" || d.lower[end] == "attempts" || d.lower[end] == "d'etat") {
		end++
	}
	if (d.lower[end-1] == "coups" || d.lower[end-1] == "attempts") && i > ss && (p.cls(d, i-1)&wNum != 0 || allDigits(d.lower[i-1]) || d.lower[i-1] == "several") {
		return cameo.Match{}, false // "the three coup attempts faced by": a tally, not one coup
	}
	return cameo.Match{Code: "190", Lemma: coupLemma, Start: i, End: end, Nominal: true}, true
}

// ousterTold reads the verb of ousting at i as a coup when the sentence
// tells a coup, a force or violence and its object is a ruler.
func (p *Pipeline) ousterTold(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !anyWord(d, coupNouns, ss, se) && !anyWord(d, coupForces, ss, se) && !anyWord(d, violentWords, ss, se) {
		return cameo.Match{}, false
	}
	if i > ss {
		switch d.lower[i-1] {
		case "the", "a", "an", "his", "her", "its", "their", "'s", "’s", "to", "recently", "newly":
			return cameo.Match{}, false // "the deposed president", "plotting to overthrow": no ouster told
		}
		if p.cls(d, i-1)&wPrep != 0 && d.mentionAt[i-1] < 0 {
			return cameo.Match{}, false // "accused of toppling": a purpose or a charge
		}
	}
	if !p.rulerOusted(d, i, ss, se) {
		return cameo.Match{}, false // "toppled the champions", "toppled a statue"
	}
	return cameo.Match{Code: "190", Lemma: overthrowLemma, Start: i, End: i + 1}, true
}

// ousterForced: the ouster matched by m is told with arms or a coup
// ("was ousted by a guerrilla campaign", "ousted by a coup in 1985").
func (p *Pipeline) ousterForced(d *doc, m *cameo.Match, si int) bool {
	s := d.sents[si]
	return p.forceNear(d, m, si) || anyWord(d, coupNouns, s.Start, s.End)
}

// coupScored: the coup at i is a success, by its modifier ("a major coup",
// "a publicity coup", "the biggest coup") or its verb ("scored a coup",
// "pulled off a coup").
func coupScored(d *doc, i, ss int) bool {
	if i > ss {
		w := d.lower[i-1]
		if coupSuccess[w] || len(w) > 4 && strings.HasSuffix(w, "est") {
			return true
		}
	}
	for k := i - 1; k >= ss && k >= i-4; k-- {
		switch d.lower[k] {
		case "scored", "scores", "score", "scoring", "landed", "lands", "landing", "off", "achieved":
			return true
		}
	}
	return false
}

// yearBefore: a year premodifies the noun at i ("a 1987 military coup").
func yearBefore(d *doc, i, ss int) bool {
	for k := i - 1; k >= ss && k >= i-3; k-- {
		if yearWord(d.lower[k]) {
			return true
		}
	}
	return false
}

// coupMeans: the coup noun at i tells how an ouster verb just before was
// done ("was ousted by a coup", "deposed in a military coup", "removed ...
// from office in a peaceful coup").
func coupMeans(d *doc, i, ss int) bool {
	for k := i - 1; k >= ss && k >= i-4; k-- {
		switch d.lower[k] {
		case "in", "by", "through", "during":
			for j := k - 1; j >= ss && j >= k-7; j-- {
				if ousterVerbs[d.lower[j]] || oustVerbs[d.lower[j]] || removalVerbs[d.lower[j]] && j+4 >= k {
					return true // ("removed Prime Minister Thaksin Shinawatra from office in a coup": the verb's)
				}
				if removalVerbs[d.lower[j]] && wordWithin(d, j+1, k, "from", 6) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// rulerOusted: the one brought down is a person, a group or a body, or a
// ruler's post: the object of the active verb, or the subject of the
// passive ("he was deposed", "the Taleban regime was toppled").
func (p *Pipeline) rulerOusted(d *doc, i, ss, se int) bool {
	if i-1 >= ss && (isBe(d.lower[i-1]) || d.lower[i-1] == "been") {
		for k := i - 2; k >= ss && k >= i-6; k-- {
			switch d.lower[k] {
			case "he", "she", "they":
				return true
			}
			if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent >= 0 {
				t := d.ents[d.mentions[mi].ent].typ
				return t == extract.Person || t == extract.Organization
			}
			if rulerNouns[d.lower[k]] {
				return true
			}
		}
		return false
	}
	head, mm, ok := p.objectHead(d, i+1, se)
	if !ok {
		return false
	}
	if mm != nil {
		if mm.ent < 0 {
			return false
		}
		t := d.ents[mm.ent].typ
		return t == extract.Person || t == extract.Organization
	}
	return rulerNouns[d.lower[head]] || rulerNouns[trimPlural(d.lower[head])]
}

// overthrowArgs gives a verb of ousting read as a coup (coupTold) the one
// it brought down when the general reading found none: the subject of the
// passive ("In March 2003 President Ange-Felix Patasse was deposed"), or
// the object ("removed Prime Minister Thaksin Shinawatra from office"); and
// the coup's leader ("deposed in a military coup led by General Francois
// Bozize").
func (p *Pipeline) overthrowArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	if !hasRole(ev, patient) {
		if m.Start-1 >= ss && (isBe(d.lower[m.Start-1]) || d.lower[m.Start-1] == "been") {
			for k := m.Start - 2; k >= ss && k >= m.Start-6; k-- {
				if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent >= 0 {
					if e := d.mentions[mi].ent; d.ents[e].typ == extract.Person || d.ents[e].typ == extract.Organization {
						ev.addPart(e, patient)
					}
					break
				}
			}
		} else {
			for _, e := range p.oustedOnes(d, m.End, se) {
				if !hasPart(ev, e) {
					ev.addPart(e, patient)
				}
			}
		}
	}
	if !hasRole(ev, agent) {
		for k := m.End; k < se && k <= m.End+6; k++ {
			if coupNouns[d.lower[k]] {
				if e := p.coupLeader(d, k, ss, se); e >= 0 && !hasPart(ev, e) {
					ev.addPart(e, agent)
				}
				break
			}
		}
	}
}

// coupArgs reads a coup noun's sides: the one it is "against" (PATIENT),
// the one who "led" it or "staged" it, or came to or seized power in it
// (AGENT). Found sides replace what the general reading gave the noun.
func (p *Pipeline) coupArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	var parts []part
	for k := m.End; k < se && k <= m.End+3; k++ {
		if d.lower[k] == "against" && k+1 < se {
			for _, e := range p.oustedOnes(d, k+1, se) {
				parts = append(parts, part{e, patient})
			}
			break
		}
		if (d.lower[k] == "faced" || d.lower[k] == "survived" || d.lower[k] == "suffered") && k+2 < se && d.lower[k+1] == "by" {
			if e := sideAt(d, k+2, se); e >= 0 {
				parts = append(parts, part{e, patient}) // "coup attempts faced by President Corazon Aquino"
			}
			break
		}
		if d.lower[k] == "by" && k == m.End && k+1 < se {
			// (only right after the noun: "coup attempts faced by President
			// Corazon Aquino" names the one it was against)
			if e := sideAt(d, k+1, se); e >= 0 {
				parts = append(parts, part{e, agent})
			}
			break
		}
	}
	if e := p.coupLeader(d, m.Start, ss, se); e >= 0 {
		parts = append(parts, part{e, agent})
	}
	if len(parts) > 0 {
		ev.parts = parts
		ev.fallback = false
	}
}

// coupLeader finds who came to power in, led or staged the coup at t:
// "led by General Francois Bozize", "Blaise Compaore, who came to power in
// a 1987 military coup", "Pinochet seized power in a 1973 coup".
func (p *Pipeline) coupLeader(d *doc, t, ss, se int) int {
	for k := t + 1; k+1 < se && k <= t+4; k++ {
		if d.lower[k] == "led" && d.lower[k+1] == "by" {
			return sideAt(d, k+2, se)
		}
	}
	for k := t - 1; k >= ss && k >= t-7; k-- {
		_, took := p.powerTaken(d, k, se)
		if !took && d.lower[k] != "staged" && d.lower[k] != "led" {
			continue
		}
		for j := k - 1; j >= ss && j >= k-4; j-- {
			switch d.lower[j] {
			case "who", ",", "has", "had", "have", "first", "himself":
				continue
			}
			if mi := d.mentionAt[j]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Person {
				return d.mentions[mi].ent
			}
			break
		}
		return -1
	}
	return -1
}

// sideAt is the person or group named at k, after a title ("General
// Francois Bozize"), or -1.
func sideAt(d *doc, k, se int) int {
	for j := k; j < se && j <= k+3; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			if e := d.mentions[mi].ent; e >= 0 && (d.ents[e].typ == extract.Person || d.ents[e].typ == extract.Organization) {
				return e
			}
			return -1
		}
	}
	return -1
}
