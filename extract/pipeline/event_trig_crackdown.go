package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Crackdowns on protest (eighteenth session, helper atk19).
//
// The labels read a state's crackdown on protesters as an ATTACK by that
// state ("the Chinese crackdown on pro-democracy demonstrators in
// Tiananmen Square in 1989", "Iran's deadly crackdown on opposition
// demonstrators", "the Uzbek government's violent crackdown on
// anti-government protesters"): CAMEO files the violent repression of
// protest under 18x-20x. The lexicon has no "crackdown". Measured on TUNE
// at the start (main 3c3201b): 8 gold crackdowns missed (voa-1007, 1036,
// 1039, 1132, 1686, 1721, 1733, 1752), 3 of them in dev38..dev39; none
// found.
//
// Crackdowns on other things are not attacks and the labels leave them
// out: "a crackdown on corruption", "a crackdown on free media", "a
// national crackdown against banned extremist organizations", "its
// crackdown on the banned Islamist political group" (arrests, told by
// their own verbs). So the noun is an attack only when what it is "on",
// "of" or "against" is protest ("on pro-democracy protests", "against
// protesters") or its own modifier says it was violent ("a bloody
// crackdown", "the military crackdown"). A crackdown that only tells how
// an arrest was made ("arrested more than 100 activists in a crackdown on
// recent protests") is the arrest's: the arrest verb is the event.

// crackdownLemma marks the matches crackdownArgs reads the side of.
const crackdownLemma = "crackdown"

// crackdownNouns name a crackdown.
var crackdownNouns = map[string]bool{"crackdown": true, "crackdowns": true}

// crackdownTargets are protest and its makers: what a violent crackdown
// is on.
var crackdownTargets = map[string]bool{
	"protest": true, "protests": true, "protesters": true, "protestors": true, "demonstration": true,
	"demonstrations": true, "demonstrators": true, "marchers": true, "uprising": true, "unrest": true,
	"dissent": true, "dissidents": true, "rally": true, "rallies": true, "riots": true, "rioters": true,
}

// crackdownViolent premodify a crackdown told as violent.
var crackdownViolent = map[string]bool{
	"bloody": true, "brutal": true, "deadly": true, "violent": true, "military": true, "armed": true,
	"lethal": true, "murderous": true, "savage": true,
}

// crackdownArrests are the verbs whose "in a crackdown" tells only how
// they were done.
var crackdownArrests = map[string]bool{
	"arrested": true, "detained": true, "rounded": true, "jailed": true, "held": true, "seized": true,
	"imprisoned": true, "picked": true,
}

// crackdownStarts are the words crackdownTold can fire on (scanFamilies).
func crackdownStarts() []string { return wordsOf(crackdownNouns) }

// crackdownTold reads the noun at i as a violent crackdown on protest.
func (p *Pipeline) crackdownTold(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !crackdownNouns[d.lower[i]] || d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	violent := false
	for k := i - 1; k >= ss && k >= i-3; k-- {
		if crackdownViolent[d.lower[k]] {
			violent = true
			break
		}
	}
	onProtest := false
	if i+1 < se {
		switch d.lower[i+1] {
		case "on", "of", "against":
			for k := i + 2; k < se && k <= i+6; k++ {
				if crackdownTargets[d.lower[k]] {
					onProtest = true
					break
				}
				if d.lower[k] == "," || d.lower[k] == "." || d.lower[k] == "that" || d.lower[k] == "which" {
					break
				}
			}
		}
	}
	if !violent && !onProtest {
		return cameo.Match{}, false // "a crackdown on corruption", "the security crackdown"
	}
	for k := i - 1; k >= ss && k >= i-8; k-- {
		if d.lower[k] == "in" || d.lower[k] == "during" {
			for j := k - 1; j >= ss && j >= k-8; j-- {
				if crackdownArrests[d.lower[j]] {
					return cameo.Match{}, false // "arrested 100 activists in a crackdown on protests": the arrest's
				}
			}
			break
		}
	}
	return cameo.Match{Code: "180", Lemma: crackdownLemma, Start: i, End: i + 1, Nominal: true}, true
}

// crackdownOrgans are a state's organs whose crackdown is the state's.
var crackdownOrgans = map[string]bool{
	"government": true, "regime": true, "authorities": true, "military": true, "army": true,
	"police": true, "junta": true, "forces": true, "leadership": true,
}

// crackdownArgs gives a crackdown with no AGENT the state whose organ owns
// it ("the Uzbek government's violent crackdown", "the Burmese junta's
// bloody crackdown"): the noun's own reading takes a possessor only when it
// is a name.
func crackdownArgs(d *doc, ev *event, m cameo.Match, ss int) {
	if hasRole(ev, agent) {
		return
	}
	k := m.Start - 1
	for k >= ss && k >= m.Start-4 && d.lower[k] != "'s" && d.lower[k] != "’s" && d.mentionAt[k] < 0 {
		k--
	}
	if k-2 < ss || d.lower[k] != "'s" && d.lower[k] != "’s" || !crackdownOrgans[d.lower[k-1]] {
		return
	}
	mi := d.mentionAt[k-2]
	if mi < 0 || d.mentions[mi].ent < 0 {
		return
	}
	mt := d.mentions[mi]
	if e := d.ents[mt.ent]; mt.label == "NORP" || e.typ == extract.Location && e.subtype == extract.Country {
		ev.addPart(mt.ent, agent)
		ev.fallback = false
	}
}
