package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// An embargo held against a country (twenty-first session, threat22).
// countryBanned reads "embargo" only as "a ban on <goods> to <country>",
// so "a 16-year European Union arms embargo against China", "Cuba has
// been under a U.S. trade embargo" and "Europe's embargo on weapons to
// China" gave nothing. Unlike "ban", the noun "embargo" is a sanction by
// itself (CAMEO 163), and the labels count a standing embargo in every
// sentence that names it with its target (12 of 14 TUNE sentences with
// the noun; the two others, a violated embargo, name no target or tell a
// violation). The target is what makes it an event of two sides here:
// the country after "on", "against", "to" or "with" within a few words,
// or the country that "is / has been under" the embargo. An embargo
// with no country aimed at ("violate the arms embargo") stays out; its
// owner (the country or body modifying the noun: "a U.S. trade embargo",
// "Europe's embargo") is the AGENT.

// embargoLemma marks the match for embargoArgs.
const embargoLemma = "embargo held"

// embargoNouns are the words embargoHeld reads (scanBan's words).
var embargoNouns = map[string]bool{"embargo": true, "embargoes": true}

// embargoHeld reads the noun at i as an embargo on a named country.
func (p *Pipeline) embargoHeld(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !embargoNouns[d.lower[i]] || (embargoTarget(d, i, se) < 0 && embargoUnder(d, i, ss) < 0) {
		return cameo.Match{}, false
	}
	if i > ss && (d.lower[i-1] == "to" || d.lower[i-1] == "will" || d.lower[i-1] == "would") {
		return cameo.Match{}, false // "to embargo": the verb
	}
	return cameo.Match{Code: "163", Lemma: embargoLemma, Start: i, End: i + 1, Nominal: true}, true
}

// embargoSide: the entity of the mention at k when it is a country (or a
// people's adjective for it), else -1; bodies count only when body is set.
func embargoSide(d *doc, k int, body bool) int {
	mi := d.mentionAt[k]
	if mi < 0 || d.mentions[mi].ent < 0 {
		return -1
	}
	e := d.ents[d.mentions[mi].ent]
	if e.typ == extract.Location && e.subtype == extract.Country || d.mentions[mi].label == "NORP" || body && e.typ == extract.Organization {
		return d.mentions[mi].ent
	}
	return -1
}

// embargoTarget is the country the embargo at i is aimed at, told after
// it ("on Cuba", "against China", "on weapons to China"), or -1.
func embargoTarget(d *doc, i, se int) int {
	for k := i + 1; k < se-1 && k <= i+6; k++ {
		w := d.lower[k]
		if w == "," || w == "." || w == ";" || w == "and" && k > i+2 {
			return -1
		}
		if w == "on" || banTargets[w] {
			if e := embargoSide(d, k+1, false); e >= 0 {
				return e
			}
			if k+2 < se && d.lower[k+1] == "the" {
				if e := embargoSide(d, k+2, false); e >= 0 {
					return e // "against the Sudan"
				}
			}
		}
	}
	return -1
}

// embargoUnder is the country that is under the embargo at i ("Cuba has
// been under a U.S. trade embargo", "Cuba remains under"), or -1.
func embargoUnder(d *doc, i, ss int) int {
	j := embargoOwnerStart(d, i, ss) - 1
	for j >= ss && (d.lower[j] == "a" || d.lower[j] == "an" || d.lower[j] == "the") {
		j--
	}
	if j < ss+1 || d.lower[j] != "under" {
		return -1
	}
	for k := j - 1; k >= ss && k >= j-4; k-- {
		if e := embargoSide(d, k, false); e >= 0 {
			return e
		}
		if w := d.lower[k]; !isBe(w) && w != "has" && w != "have" && w != "had" && w != "been" && w != "remains" && w != "remained" && w != "still" && w != "long" && w != "now" {
			return -1
		}
	}
	return -1
}

// embargoOwnerStart is the first token of the words modifying the noun at
// i ("a 16-year European Union arms embargo": the token after "a").
func embargoOwnerStart(d *doc, i, ss int) int {
	j := i
	for j-1 >= ss && j > i-6 {
		w := d.lower[j-1]
		if w == "a" || w == "an" || w == "the" || w == "," || w == "." || isBe(w) || w == "under" || w == "on" || w == "of" || w == "against" || w == "to" {
			break
		}
		j--
	}
	return j
}

// embargoOwner is the country or body modifying the noun at i ("a U.S.
// trade embargo", "Europe's embargo", "the European Union arms embargo"),
// or -1.
func embargoOwner(d *doc, i, ss int) int {
	for k := i - 1; k >= embargoOwnerStart(d, i, ss); k-- {
		if e := embargoSide(d, k, true); e >= 0 {
			return e
		}
	}
	return -1
}

// embargoArgs makes the owner the AGENT and the target the PATIENT,
// dropping what else the noun's readers took from the sentence.
func embargoArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	target := embargoTarget(d, m.Start, se)
	if target < 0 {
		target = embargoUnder(d, m.Start, ss)
	}
	owner := embargoOwner(d, m.Start, ss)
	if target < 0 || owner == target {
		return
	}
	if owner < 0 {
		owner = embargoHolder(d, m.Start, ss)
	}
	ev.parts = ev.parts[:0]
	if owner >= 0 {
		ev.addPart(owner, agent)
	}
	ev.addPart(target, patient)
}

// embargoKeepers are the verbs whose subject holds the embargo it takes
// as object ("the United States imposed a trade embargo on Cuba",
// "Washington has consistently defended the embargo"); a verb of
// criticism or of another's talk ("opposed", "discussed") names no owner.
var embargoKeepers = map[string]bool{
	"imposed": true, "imposes": true, "impose": true, "imposing": true, "defended": true, "defends": true,
	"maintained": true, "maintains": true, "tightened": true, "tightens": true, "extended": true, "extends": true,
	"renewed": true, "renews": true, "enforced": true, "enforces": true, "slapped": true, "kept": true, "keeps": true,
	"reimposed": true, "eased": true, "eases": true, "lifted": true, "lifts": true, "relaxed": true,
}

// embargoHolder is the country or body subject of a keeping verb whose
// object is the embargo at i, or -1: the nearest such name before the
// verb, past adverbs and auxiliaries only.
func embargoHolder(d *doc, i, ss int) int {
	j := embargoOwnerStart(d, i, ss) - 1
	if j >= ss && (d.lower[j] == "a" || d.lower[j] == "an" || d.lower[j] == "the" || d.lower[j] == "its" || d.lower[j] == "their") {
		j--
	}
	if j < ss || !embargoKeepers[d.lower[j]] {
		return -1
	}
	for k := j - 1; k >= ss && k >= j-4; k-- {
		if e := embargoSide(d, k, true); e >= 0 {
			return e
		}
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Location {
			return d.mentions[mi].ent // a capital keeping it stands for its state: "Washington has defended the embargo"
		}
		if d.mentionAt[k] >= 0 || d.lower[k] == "," {
			return -1
		}
	}
	return -1
}
