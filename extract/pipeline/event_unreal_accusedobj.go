package pipeline

import "strings"

// Acts named as what an accuser charges someone with (twenty-second session).
//
// chargedAct reads "are accused of kidnapping", with the accused right
// before "of". The active accusation with its object between, "Congo
// accused Uganda of massacring civilians", "has accused the ambassador,
// William Brownfield, of meeting with the group", "accused the army of
// physically abusing and illegally detaining civilians", tells a claim, not
// an act the text asserts: over the TUNE stories the gold counts none of
// some 90 such gerunds but the ones the accuser places or dates ("accused
// Sudanese helicopters of bombing rebel sites in the village of Labado",
// "of opening fire on detainees at the Adi Abeto prison"), which
// placedOrDated keeps. The event noun the gerund takes is read the same way
// ("accused the group of threatening a coup"): without it, the coup a
// THREATEN on "threatening" used to fold in comes out as an ATTACK.
//
// Measured: TUNE tp/fp/fn 2657/1104/2717 -> 2657/1101/2717 (voa-0365,
// voa-1333, voa-1515 in three sets), CHECK unchanged, BBC none, Reuters
// 3 removed ("accused Japan of reneging on", all right).

// accuseForms are the forms of "accuse" that take the accused as object.
var accuseForms = map[string]bool{"accuse": true, "accuses": true, "accused": true, "accusing": true}

// accusedGerund: the trigger is a gerund heading (or coordinated into) the
// "of" complement of an accusation with its object before "of", or the
// object noun of such a gerund ("accused the group of threatening a coup",
// "of organizing attacks"), and the complement names no place or time.
func accusedGerund(d *doc, ev *event, ss, se int) bool {
	if ev.trigStart <= ss || ev.trigStart >= len(d.lower) {
		return false
	}
	if strings.HasSuffix(d.lower[ev.trigStart], "ing") && accusedAt(d, ev.trigStart, ss, se) {
		return !placedOrDated(d, ev.trigEnd, se)
	}
	if !ev.nominal {
		return false
	}
	// the noun's gerund: "of threatening a coup", "of planning bomb attacks"
	for g := ev.trigStart - 1; g > ss && g >= ev.trigStart-4; g-- {
		w := d.lower[g]
		if strings.HasSuffix(w, "ing") {
			return accusedAt(d, g, ss, se) && !placedOrDated(d, ev.trigEnd, se)
		}
		if w == "of" || w == "," || w == "and" || w == "or" || w == "to" {
			return false
		}
	}
	return false
}

// accusedAt: the gerund at g heads, or is coordinated into, the "of"
// complement of a form of "accuse" with its object before "of".
func accusedAt(d *doc, g, ss, se int) bool {
	of := gerundOf(d, g, ss)
	if of < 0 {
		return false
	}
	// "and illegally detaining": the first gerund of the chain sits after "of"
	if d.lower[of] != "of" {
		k := of - 1
		for ; k >= ss && k >= of-8; k-- {
			if d.lower[k] == "of" && strings.HasSuffix(d.lower[skipAdverb(d, k+1, se)], "ing") {
				break
			}
			if d.lower[k] == ";" || d.lower[k] == "," {
				return false
			}
		}
		if k < ss || k < of-8 {
			return false
		}
		of = k
	}
	return accuserBefore(d, of, ss)
}

// gerundOf: the token before the trigger past one "-ly" adverb, when it is
// "of" or a coordinating "and"/"or"; else -1.
func gerundOf(d *doc, t, ss int) int {
	k := t - 1
	if k > ss && strings.HasSuffix(d.lower[k], "ly") {
		k--
	}
	if k <= ss {
		return -1
	}
	switch d.lower[k] {
	case "of", "and", "or":
		return k
	}
	return -1
}

// skipAdverb: k, or the token after it when k is a "-ly" adverb.
func skipAdverb(d *doc, k, se int) int {
	if k+1 < se && k+1 < len(d.lower) && strings.HasSuffix(d.lower[k], "ly") {
		return k + 1
	}
	return k
}

// accuserBefore: a form of "accuse" stands before "of" with at least one
// token (its object) between, within ten tokens and no clause break.
func accuserBefore(d *doc, of, ss int) bool {
	for k := of - 2; k >= ss && k >= of-10; k-- {
		w := d.lower[k]
		if accuseForms[w] {
			return true
		}
		switch w {
		case ";", "that", "said", "says", "who", "which":
			return false
		}
	}
	return false
}

// placedOrDated: the clause from k on names a day, a year, or a named place
// after "in" or "at".
func placedOrDated(d *doc, k, se int) bool {
	if datedAct(d, k, se) {
		return true
	}
	for ; k+1 < se && k+1 < len(d.words); k++ {
		w := d.lower[k]
		if w == "," || w == ";" || w == ":" {
			return false
		}
		if w != "in" && w != "at" {
			continue
		}
		// "in the South Darfur village", "in the town of Mandera"
		for j := k + 1; j < se && j < len(d.words) && j <= k+4; j++ {
			if n := d.words[j]; n != "" && n[0] >= 'A' && n[0] <= 'Z' {
				return true
			}
			if d.lower[j] == "," {
				break
			}
		}
	}
	return false
}
