package pipeline

import "strings"

// "Marched" that is no protest (twentieth session, helper elect21). The
// lexicon reads the verb "march" as CAMEO 141 (demonstrate), and most news
// marches are protests ("Thousands of demonstrators have marched through
// London to protest the war"). Two other senses recur:
//
//   - a parade at a feast: "Palestinian scouts marched through Manger
//     Square, kicking off Christmas Eve celebrations", "They marched past
//     the Church of the Nativity, playing drums and bagpipes" (TUNE
//     voa-2187, read as two PROTESTs no one labelled);
//   - troops on the move: "Scores of Syrian troops marched into the
//     battered Shatila refugee camp" (Reuters-21578): a force's movement,
//     no demonstration.
//
// A march for a cause stays: the sentence tells what it is for or against
// ("to protest", "demanding", "against", "chanting"), whatever else it
// names; a crowd marching "on the sixth day of protests" protests.

const guardMarchSense = "sense:march-parade" // "scouts marched ... kicking off Christmas Eve celebrations"

// feastWords tell a celebration or a parade.
var feastWords = map[string]bool{
	"celebration": true, "celebrations": true, "celebrating": true, "celebrate": true,
	"celebrated": true, "festival": true, "festivities": true, "parade": true, "carnival": true,
	"bagpipes": true, "drums": true, "pageant": true, "band": true,
}

// marchingForces are the heads of a force that marches on duty.
var marchingForces = map[string]bool{
	"troops": true, "soldiers": true, "forces": true, "army": true, "battalion": true,
	"battalions": true, "regiment": true, "columns": true, "units": true, "guardsmen": true,
}

// causeWords tell what a march is for or against.
var causeWords = map[string]bool{
	"protest": true, "protests": true, "protesting": true, "protesters": true, "against": true,
	"demand": true, "demanding": true, "demands": true, "denounce": true, "denouncing": true,
	"chanting": true, "chanted": true, "slogans": true, "condemn": true, "condemning": true,
	"demonstrators": true, "demonstration": true, "rally": true, "urging": true, "calling": true,
}

// marchSense: ev is a PROTEST told by the verb "march" in a sentence of
// a feast or of troops on the move, with no cause told.
func marchSense(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "PROTEST" || ev.trigEnd-ev.trigStart != 1 {
		return false
	}
	k := ev.trigStart
	switch d.lower[k] {
	case "marched", "marching", "marches", "march":
	default:
		return false
	}
	feast, force := false, false
	for j := ss; j < se; j++ {
		w := d.lower[j]
		if causeWords[w] || strings.HasPrefix(w, "anti-") {
			return false
		}
		feast = feast || feastWords[w]
		force = force || j < k && j >= k-3 && marchingForces[w]
	}
	return feast || force
}
