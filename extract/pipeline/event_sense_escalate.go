package pipeline

import "strings"

// Two senses of the THREATEN words that make no threat (twentieth session,
// helper fp21).
//
//   - "step up" is to intensify: "Taliban militants have stepped up attacks
//     on Afghan and foreign troops in recent months", "has stepped up his
//     feud with Sir Alex Ferguson", "has been stepping up the rhetoric
//     against Taiwan". What is stepped up is a trend of acts or words, not
//     a threat one side makes the other; the acts have their own triggers.
//     "Stepped up its threats against" keeps the threat.
//   - a thing that "threatens to" bring something about is a risk, not a
//     threat: "the U.S. credit crisis was threatening to cause a global
//     recession", "The legal action threatens to trigger cross-defaults".
//     The Guideline's THREATEN is an actor's threat of force or sanction;
//     a crisis, a storm or a dispute is no actor.
//
// Read on dev46..dev49 (voa-2061, 2108, 2143) and checked on BBC and
// Reuters (a feud and rhetoric stepped up, a legal action's risk).

const (
	guardSteppedUp  = "sense:stepped-up"  // "have stepped up attacks on Afghan troops"
	guardRiskThreat = "sense:risk-threat" // "the credit crisis was threatening to cause a recession"
)

// threatNouns keep a stepped-up threat: "stepped up its threats against".
var threatNouns = map[string]bool{
	"threat": true, "threats": true, "warning": true, "warnings": true, "ultimatum": true, "ultimatums": true,
}

// riskSubjects are things, not actors, that "threaten to" bring about.
var riskSubjects = map[string]bool{
	"crisis": true, "action": true, "dispute": true, "row": true, "violence": true, "fighting": true,
	"storm": true, "hurricane": true, "inflation": true, "deficit": true, "situation": true, "conflict": true,
	"move": true, "decision": true, "policy": true, "case": true, "scandal": true, "shortage": true,
	"slump": true, "drought": true, "flooding": true, "floods": true, "epidemic": true, "outbreak": true,
	"problem": true, "problems": true, "unrest": true, "rise": true, "fall": true, "strike": true,
	"debt": true, "recession": true, "weather": true, "disease": true, "virus": true, "war": true,
}

// steppedUpActs: a plural attack noun is the object of "step up",
// "intensify" or "escalate", after at most two words ("their", "rocket"):
// "Insurgents have stepped up their attacks in recent weeks" tells a trend
// of many acts, none of them one the story reports.
func steppedUpActs(d *doc, ev *event, ss int) bool {
	if !strings.HasSuffix(d.lower[ev.trigEnd-1], "s") { // a verb reading ("stepped up attacks") too
		return false
	}
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-3; k-- {
		w := d.lower[k]
		if w == "up" && k > ss && strings.HasPrefix(d.lower[k-1], "step") || strings.HasPrefix(w, "intensif") || strings.HasPrefix(w, "escalat") {
			return true
		}
		if d.mentionAt[k] >= 0 || w == "," || w == "and" || w == "of" {
			return false
		}
	}
	return false
}

// escalateSense returns the guard that drops a THREATEN told with "step
// up" or with a thing as its subject, or "".
func escalateSense(d *doc, ev *event, ss, se int) string {
	if ev.typ == "ATTACK" && steppedUpActs(d, ev, ss) {
		return guardSteppedUp
	}
	if ev.typ != "THREATEN" || ev.nominal {
		return ""
	}
	t := ev.trigStart
	w := d.lower[t]
	if strings.HasPrefix(w, "step") {
		for k := t + 1; k < se && k <= ev.trigEnd+4; k++ {
			if threatNouns[d.lower[k]] {
				return ""
			}
		}
		return guardSteppedUp
	}
	if !strings.HasPrefix(w, "threaten") || t+1 >= se || d.lower[t+1] != "to" {
		return ""
	}
	k := t - 1
	for k > ss && (verbGapWords[d.lower[k]] || d.lower[k] == "now") { // event_coref.go
		k--
	}
	if k >= ss && d.mentionAt[k] < 0 && riskSubjects[d.lower[k]] {
		return guardRiskThreat
	}
	return ""
}
