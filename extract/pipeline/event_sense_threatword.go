package pipeline

import "strings"

// A THREATEN read from a sentence that has no word of threat (twenty-second
// session, helper newsfp23).
//
// The CAMEO verb patterns give code 13x to many verbs whose phrase only
// sometimes carries a threat: "described ... as", "is beginning to debate",
// "pledged to continue", "has fueled takeover speculation", "is escalating
// its war with counterfeiters", "broke off merger discussions", "accused
// Japan of reneging", "called for measures to combat ageism", "rescinded
// an agreement". Read on BBC and Reuters news nobody tuned on, the
// THREATEN events whose sentence holds no word of threat, warning,
// deadline, retaliation or condition were nearly all wrong: the
// Guideline's THREATEN is an actor's stated threat ("threatened to",
// "warned", "an ultimatum", "will retaliate if", "or face").
//
// A sample of 120 BBC and Reuters events (seed 23) had 7 THREATEN events,
// 5 of them wrong; the ones kept here carry a threat word or a condition.

const guardNoThreatWord = "sense:no-threat-word" // "Arango described measures ... as a major change"

// threatStems open the words that tell a threat, a warning or a reprisal.
var threatStems = []string{
	"threat", "warn", "ultimat", "deadline", "retaliat", "repris", "vow", "menac",
	"endanger", "intimidat", "blackmail", "aveng", "reveng", "punish", "consequence",
}

// threatConditions make a threat of a promise: "will use missiles only if",
// "unless", "or face".
var threatConditions = map[string]bool{"if": true, "unless": true, "otherwise": true, "face": true}

// noThreatWord: ev is a THREATEN whose sentence [ss, se) has no threat word
// and no condition.
func noThreatWord(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "THREATEN" {
		return false
	}
	for k := ss; k < se && k < len(d.lower); k++ {
		w := d.lower[k]
		if threatConditions[w] {
			return false
		}
		for _, s := range threatStems {
			if strings.HasPrefix(w, s) {
				return false
			}
		}
	}
	return true
}
