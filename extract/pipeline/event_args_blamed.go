package pipeline

import (
	"slices"
	"strings"
)

// The doer of an attack told by a later claim or blame.
//
// News tells an attack first and who did it after: "A roadside bomb killed
// two officers ... No one has claimed responsibility, but officials blame
// Taliban forces."; "Authorities have blamed the National Liberation Front
// for the attack."; "Police suspect the Jemaah Islamiyah group was
// responsible."; "The group claimed responsibility for that blast." The
// Guideline makes the one claimed or blamed the AGENT when the text names
// no other (the `blind3` blame reading); parties blaming each other, a
// denial or a condemnation name no doer. The in-sentence readers give the
// claim's own noun its doer ("claimed responsibility for the attack") but
// the attack told before stays without one, and a claim with no attack
// noun ("blame Taliban forces", "was responsible") gives no event at all.
// Measured in the fourteenth session: about 17 TUNE ATTACK misses (16
// stories) name their AGENT only by a claim, a blame or a suspicion.
//
// blamedAgents gives the one claimed or blamed as AGENT to the attacks told
// before it in the same item that have none: to all of them when the claim
// names its attacks as several ("either attack", "the bombings") or names
// none, to the one just told for "that attack", else to the first (the
// story's attack). The claim's own noun, an anaphor of that attack
// ("the attack", "that blast"), is folded into it.

// blameNouns are the nouns a claim or blame names an attack by.
var blameNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "blast": true, "blasts": true,
	"explosion": true, "explosions": true, "ambush": true, "killing": true, "killings": true,
	"assassination": true, "abduction": true, "kidnapping": true, "shooting": true, "massacre": true,
	"raid": true, "strike": true, "strikes": true, "bomb": true, "bombs": true, "assault": true,
}

// blameAnaphorDets open a noun phrase that points back to an attack told.
var blameAnaphorDets = map[string]bool{
	"the": true, "that": true, "this": true, "these": true, "those": true, "either": true, "both": true,
}

// maxBlameGap: how many sentences back a claim reaches for its attack.
const maxBlameGap = 6

// blameClaim is a sentence's claim or blame: who is named, the anaphoric
// attack noun (-1 when none), and whether it covers every attack told.
type blameClaim struct {
	ents []int
	noun int
	all  bool
	at   int // the claim's word
}

// blamedAgents: see the file comment.
func (p *Pipeline) blamedAgents(d *doc) {
	for si, s := range d.sents {
		c, ok := p.readBlame(d, s.Start, s.Start, s.End)
		if !ok {
			continue
		}
		if c2, ok2 := p.readBlame(d, c.at+1, s.Start, s.End); ok2 && !slices.Equal(c.ents, c2.ents) {
			continue // ("diplomats say Iran was responsible but Tehran has blamed Iraq": contested)
		}
		var own *event // the claim's own noun, read as an event
		var targets []*event
		resolved := false
		for _, ev := range blameCandidates(d) {
			if ev.dropped || ev.typ != "ATTACK" {
				continue
			}
			if ev.sentence == si && c.noun >= 0 && ev.trigStart <= c.noun && c.noun < ev.trigEnd {
				own = ev
				continue
			}
			if slices.Contains(ev.sentences, si) && hasRole(ev, agent) && !onlyAgents(ev, c.ents) && sharesEnt(ev, c.ents) {
				resolved = true // "Taleban insurgents claimed responsibility for that attack", already joined to it
			}
			if len(ev.parts) == 0 && !ev.nominal && deathVerb(d.lower[ev.trigStart]) {
				continue // ("policemen died in bomb attacks": no doer to name)
			}
			first, last := ev.sentences[0], ev.sentences[len(ev.sentences)-1]
			if first >= si || si-last > maxBlameGap || itemBreak(d, last, si) || hasRole(ev, agent) || ev.unreal {
				continue
			}
			if len(ev.parts) == 0 && !ev.nominal && len(targets) > 0 && slices.Contains(targets[len(targets)-1].sentences, ev.sentence) {
				continue // ("bombed ..., killing 19": one attack)
			}
			targets = append(targets, ev)
		}
		if resolved {
			continue
		}
		if len(targets) == 0 {
			if own != nil && !hasRole(own, agent) {
				for _, e := range c.ents {
					own.addPart(e, agent) // "al-Qaida was behind Wednesday's attacks": no attack told before
				}
			}
			continue
		}
		if !c.all && c.noun >= 1 && (d.lower[c.noun-1] == "that" || d.lower[c.noun-1] == "this") {
			targets = targets[len(targets)-1:] // "that attack": the one just told
		} else if !c.all {
			targets = targets[:1] // "the attack": the story's attack, told first
		}
		for _, t := range targets {
			if len(t.parts) == 0 && !t.nominal {
				d.events = append(d.events, t) // "militants bombed 11 churches": its doer named now
			}
			for _, e := range c.ents {
				if !hasPart(t, e) {
					t.addPart(e, agent)
				}
			}
			t.sentences = appendUnique(t.sentences, si)
		}
		if own != nil && len(targets) == 1 && onlyAgents(own, c.ents) {
			d.guarded(guardMergeBlamed, own)
			own.dropped = true
		}
	}
}

// blameCandidates: the story's attacks, with the attack verbs told with no
// one named, in the order told.
func blameCandidates(d *doc) []*event {
	if len(d.partlessAttacks) == 0 {
		return d.events
	}
	var out []*event
	rest := d.partlessAttacks
	for _, ev := range d.events {
		for len(rest) > 0 && rest[0].sentence < ev.sentences[0] {
			out = append(out, rest[0])
			rest = rest[1:]
		}
		out = append(out, ev)
	}
	return append(out, rest...)
}

// guardMergeBlamed names blamedAgents's folds in the guard audit.
const guardMergeBlamed = "merge:blamed"

// onlyAgents: ev's participants are all among ents, as AGENTs.
func onlyAgents(ev *event, ents []int) bool {
	for _, pt := range ev.parts {
		if pt.role != agent || !containsInt(ents, pt.ent) {
			return false
		}
	}
	return true
}

// blameClauseEnd: the word ends a clause ("Iran was responsible but ...").
func blameClauseEnd(w string) bool {
	switch w {
	case "but", ",", ";", "and", "while", "although":
		return true
	}
	return false
}

// sharesEnt: one of ents takes part in ev.
func sharesEnt(ev *event, ents []int) bool {
	for _, pt := range ev.parts {
		if containsInt(ents, pt.ent) {
			return true
		}
	}
	return false
}

func deathVerb(w string) bool {
	switch w {
	case "died", "dies", "die", "dead", "perished":
		return true
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// readBlame reads the first claim or blame from token from in the sentence [ss, se): "X claimed
// (took) responsibility for the attack", "blamed X for the bombing",
// "officials blame X." (no attack named), "the attack was blamed on X",
// "police suspect X was responsible", "X was behind the attack".
func (p *Pipeline) readBlame(d *doc, from, ss, se int) (blameClaim, bool) {
	end := se
	for end > ss && (d.lower[end-1] == "." || d.lower[end-1] == "\"") {
		end--
	}
	for k := from; k < end; k++ {
		w := d.lower[k]
		switch {
		case w == "responsibility" && k+1 < end && d.lower[k+1] == "for" && k-1 > ss:
			switch d.lower[k-1] {
			case "claimed", "claims", "claim", "claiming", "took", "taken", "accepted", "admitted":
			default:
				continue
			}
			n, all, ok := p.blameObject(d, k+2, end)
			if !ok {
				continue
			}
			subj, passive, unreal := p.subject(d, k-1, ss)
			if len(subj) == 0 && !passive && !unreal {
				if e := p.claimant(d, k-1, ss); e >= 0 {
					subj = []int{e} // "a Taleban spokesman phoned claiming" (event_args_claimant.go)
				}
			}
			if passive || unreal || len(subj) == 0 {
				continue
			}
			return blameClaim{ents: subj, noun: n, all: all, at: k}, true
		case (w == "blamed" || w == "blame" || w == "blames" || w == "blaming") && !afterCopula(d, k, ss):
			if k+1 < end && (d.lower[k+1] == "each" || d.lower[k+1] == "one") {
				continue // "blamed each other": no doer named
			}
			ph := p.npRight(d, k+1, end)
			j := dashEnd(d, ph.end, end) // "blamed the X Front - which is fighting for a homeland - for the attack"
			if len(ph.ents) == 0 || j < end && d.lower[j] != "for" {
				continue
			}
			if j == end {
				return blameClaim{ents: ph.ents, noun: -1, all: true, at: k}, true // "officials blame Taliban forces."
			}
			n, all, ok := p.blameObject(d, j+1, end)
			if !ok {
				continue
			}
			return blameClaim{ents: ph.ents, noun: n, all: all, at: k}, true
		case w == "on" && k-1 > ss && d.lower[k-1] == "blamed" && afterCopula(d, k-1, ss):
			ph := p.npRight(d, k+1, end)
			if ph.end != end || len(ph.ents) == 0 {
				continue
			}
			// "The officer's abduction is being blamed on the Jenin Martyrs Brigades"
			n := -1
			for j := k - 2; j >= ss && j >= k-5; j-- {
				if blameNouns[d.lower[j]] {
					n = j
					break
				}
			}
			if n < 0 || !blameAnaphorDets[d.lower[n-1]] {
				continue // (not "the officer's abduction": a possessor names which one)
			}
			return blameClaim{ents: ph.ents, noun: n, all: strings.HasSuffix(d.lower[n], "s") && d.lower[n] != "kidnapping", at: k}, true
		case w == "responsible" || w == "behind":
			if k-1 <= ss || !copula(d.lower[k-1]) && d.lower[k-1] != "be" {
				continue
			}
			n, all := -1, true
			if w == "behind" || k+1 < end && !blameClauseEnd(d.lower[k+1]) {
				j := k + 1
				if w == "responsible" {
					if d.lower[j] != "for" {
						continue
					}
					j++
				}
				var ok bool
				if n, all, ok = p.blameObject(d, j, end); !ok {
					continue
				}
			}
			ents := p.blamedSubject(d, k-1, ss)
			if len(ents) == 0 {
				continue
			}
			return blameClaim{ents: ents, noun: n, all: all, at: k}, true
		}
	}
	return blameClaim{}, false
}

// blamedSubject: the one said to be responsible or behind, the noun phrase
// right before the copula at v ("police suspect the radical X group was
// responsible", "X is believed to be behind"), when a suspicion or the
// story's voice, not a denial, tells it.
func (p *Pipeline) blamedSubject(d *doc, v, ss int) []int {
	if d.lower[v] == "be" {
		// "is believed to be behind", "is thought to be"
		if v-3 < ss || d.lower[v-1] != "to" || !copula(d.lower[v-3]) {
			return nil
		}
		switch d.lower[v-2] {
		case "believed", "thought", "suspected", "said":
		default:
			return nil
		}
		v -= 3
	}
	for k := ss; k < v; k++ {
		switch d.lower[k] {
		case "denied", "denies", "deny", "not", "no", "never", "if", "whether", "rejected", "dismissed":
			return nil
		}
	}
	m := participantEndingAt(d, v-1)
	if m == nil && v-2 > ss && (d.lower[v-1] == "group" || armedMarkers[d.lower[v-1]]) {
		m = participantEndingAt(d, v-2) // "the radical Jemaah Islamiyah group was responsible"
	}
	if m != nil && m.start-1 > ss && (d.lower[m.start-1] == "in" || d.lower[m.start-1] == "of" || d.lower[m.start-1] == "from") {
		// "al-Qaida in Iraq was behind": the group, not its place
		m = participantEndingAt(d, m.start-2)
		if m != nil && m.label != "ORG" {
			m = nil
		}
	}
	if m == nil || m.ent < 0 || !participantOK(d, m) {
		return nil
	}
	return []int{m.ent}
}

// blameObject reads the attack a claim names at k: "the attack", "that
// blast", "either attack", "Wednesday's bombings", "the latest attack". It
// returns the noun, whether it names several, and whether it is one.
func (p *Pipeline) blameObject(d *doc, k, end int) (int, bool, bool) {
	if k >= end {
		return -1, false, false
	}
	det := d.lower[k]
	if !blameAnaphorDets[det] && !strings.HasSuffix(det, "'s") {
		return -1, false, false
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		if blameNouns[d.lower[j]] {
			if j+1 < end && (blameNouns[d.lower[j+1]] || d.lower[j+1] == "attack") {
				j++ // "the car bomb attack"
			}
			all := det == "either" || det == "both" || det == "these" || det == "those" ||
				strings.HasSuffix(d.lower[j], "s") && d.lower[j] != "kidnapping"
			return j, all, true
		}
		if d.mentionAt[j] >= 0 || d.lower[j] == "," {
			return -1, false, false
		}
	}
	return -1, false, false
}

// afterCopula: the word at k follows "is", "was", "been", "being".
func afterCopula(d *doc, k, ss int) bool {
	return k-1 >= ss && (copula(d.lower[k-1]) || d.lower[k-1] == "been" || d.lower[k-1] == "being")
}

func copula(w string) bool {
	switch w {
	case "is", "was", "are", "were":
		return true
	}
	return false
}

// dashApposition: a dash right after the phrase opens an aside.
func dashApposition(d *doc, k, end int) bool {
	return k < end && (d.lower[k] == "-" || d.lower[k] == "--")
}

// dashEnd: the token after the aside a dash at k opens ("X - which is
// fighting for a homeland - for the attack"), or k when none.
func dashEnd(d *doc, k, end int) int {
	if !dashApposition(d, k, end) {
		return k
	}
	for j := k + 1; j < end; j++ {
		if d.lower[j] == "-" || d.lower[j] == "--" {
			return j + 1
		}
	}
	return k
}
