package pipeline

// Warnings that advise (fifteenth session). THREATEN is a threat: the warner
// tells of a harm it will do unless the other side acts ("warned Syria to
// cooperate fully or face consequences", "warned that it would attack any
// planes", and by the decided readings "warned X not to"). News uses the same
// verb for advice about a danger the warner does not cause: "the mayor
// warned residents to remain indoors until roads were cleared", "Microsoft
// has warned PC users to update their systems", "he warned investors to bear
// in mind the political risk", "warned of the possibility of a social
// conflict". Read on TUNE (dev26's snow-storm advice, dev20's minister on
// preparedness) and on BBC and Reuters (software makers, bankers, generals
// to their own troops), these are no THREATEN: the advice sense is "warned
// OBJECT to VERB" with no alternative ("or face", "or be killed") anywhere
// after it in the sentence, and "warned of" a danger named as such.

const guardAdviceWarning = "sense:advice-warning" // "warned residents to remain indoors"

// warnVerbs are the verb forms of warning.
var warnVerbs = map[string]bool{
	"warned": true, "warns": true, "warn": true, "warning": true,
	"cautioned": true, "cautions": true, "caution": true, "cautioning": true,
}

// dangerNouns name a danger one warns of, not an act of the warner
// ("warned of the possibility of", "warned of the negative effects");
// "consequences" and "steps" stay threats.
var dangerNouns = map[string]bool{
	"possibility": true, "danger": true, "dangers": true, "risk": true, "risks": true,
	"effects": true, "effect": true, "impact": true, "perils": true, "threat": true,
	"shortages": true, "shortage": true, "hazards": true, "hazard": true,
}

// adviceWarning: a THREATEN read from a verb of warning that advises
// ("warned residents to remain indoors") or warns of a danger.
func adviceWarning(d *doc, ev *event, se int) bool {
	if ev.typ != "THREATEN" || ev.nominal || !warnVerbs[d.lower[ev.trigStart]] || ev.trigEnd != ev.trigStart+1 {
		return false
	}
	t := ev.trigStart + 1
	if of := warnedOf(d, t, se); of >= 0 {
		for k := of + 1; k < se && k <= of+4; k++ {
			if dangerNouns[d.lower[k]] {
				return true
			}
		}
		return false
	}
	// "warned OBJECT to VERB": an object of one to six words, then "to"
	// and a verb that is not negated ("not to" is a threat).
	to := -1
	for k := t + 1; k < se && k <= t+6; k++ {
		w := d.lower[k]
		if w == "to" {
			to = k
			break
		}
		if w == "," || w == "that" || w == "of" || w == "not" || w == ";" || w == "if" || w == "unless" {
			return false
		}
	}
	if to < 0 || to+1 >= se || d.lower[to+1] == "not" || d.lower[to+1] == "stop" {
		return false
	}
	for k := to + 1; k < se; k++ {
		switch d.lower[k] {
		case "or", "unless", "otherwise", "else":
			return false // "to leave or be killed": an ultimatum
		}
	}
	return true
}

// warnedOf: the "of" of "warned of", "warned yesterday of", "warned on
// Monday of" within three words of t, or -1.
func warnedOf(d *doc, t, se int) int {
	for k := t; k < se && k <= t+3; k++ {
		switch d.lower[k] {
		case "of":
			return k
		case "that", "to", ",", "the", "a", "his", "her", "its", "their":
			return -1
		}
	}
	return -1
}
