package pipeline

// Appeals against a ruling, and appeals to an umpire.
//
// The APPEAL of the Guideline asks a party to act ("appealed to the United
// Nations for help", "an appeal to China to hold talks"). "Appeal" has two
// other senses in news that ask no party to act:
//   - the legal appeal, a step in a case that a court decides (the
//     Guideline's decided readings: "a court's appeal is a trial", "a judge
//     rejecting an appeal" is a TRIAL): "lodged an appeal against her
//     doping ban", "continues to appeal the merits of the lawsuit", "a
//     judge granted their petition to appeal to the Supreme Court",
//     "Justice Janet Smith rejected Boudhiba's appeal", "the court denied a
//     Northrop appeal";
//   - a player's claim to an umpire or referee: "officials rejected
//     Kumble's appeal for Symonds to be out lbw", "had a late penal appeal
//     waved away" (the "penalty appeal" of event_trig_appealsense.go).
// An appeal that a court, a judge or an umpire decides, or one aimed at a
// ruling, a verdict or a ban, is read as one of these; an appeal a
// government or a rebel group rejects ("rejected the president's appeal
// for calm") stays an APPEAL. (Twentieth session, helper appeal21: TUNE
// voa-0563, 1986, 2096, all false with no gold event of the type; BBC
// sport 2 and Reuters 4 removed, all legal or sporting appeals.)

import "github.com/newsgraph/newsgraph/extract/cameo"

// rulingNouns are what a legal appeal is aimed at: "appealed the verdict",
// "an appeal against his conviction".
var rulingNouns = map[string]bool{
	"ruling": true, "rulings": true, "verdict": true, "verdicts": true, "decision": true, "judgment": true,
	"judgement": true, "sentence": true, "conviction": true, "convictions": true, "acquittal": true,
	"merits": true, "ban": true, "suspension": true, "fine": true, "lawsuit": true, "order": true,
	"extradition": true, "deportation": true, "disqualification": true, "dismissal": true,
}

// (deciders: event_courtnouns.go)

// umpireCalls are what a player appeals for: "appeal for lbw".
var umpireCalls = map[string]bool{
	"lbw": true, "leg-before": true, "stumped": true, "handball": true, "offside": true, "penalty": true,
}

// appealPleaNouns take "to appeal" as their complement in a case: "a
// petition to appeal", "the right to appeal", "leave to appeal".
var appealPleaNouns = map[string]bool{
	"petition": true, "right": true, "leave": true, "permission": true, "motion": true, "bid": true,
}

// legalAppeal: the APPEAL trigger m, in the sentence [ss, se), is a legal
// appeal or an appeal to an umpire, no request to a party.
func legalAppeal(d *doc, m *cameo.Match, ss, se int) bool {
	a := -1
	for k := m.Start; k < se && k < m.End+4; k++ {
		switch d.lower[k] {
		case "appeal", "appeals", "appealed", "appealing":
			a = k
		}
		if a >= 0 {
			break
		}
	}
	if a < 0 || a == m.Start && courtWithin(d, ss, se) {
		return false // (a court told beside the appeal word makes it a TRIAL: event_triggers.go)
	}
	if a-1 >= ss && d.lower[a-1] == "penal" {
		return true // "a late penal appeal waved away" (a penalty appeal misspelt)
	}
	if a-2 >= ss && d.lower[a-1] == "to" && appealPleaNouns[d.lower[a-2]] {
		return true // "granted their petition to appeal"
	}
	after := func(set map[string]bool, n int) bool {
		for k := a + 1; k < se && k <= a+n; k++ {
			if set[d.lower[k]] {
				return true
			}
			if d.lower[k] == ";" {
				return false
			}
		}
		return false
	}
	next := ""
	if a+1 < se {
		next = d.lower[a+1]
	}
	if (next == "against" || determinerOrPossessive(next)) && after(rulingNouns, 5) {
		return true // "an appeal against her doping ban", "appealed the verdict"
	}
	if next == "to" && after(deciders, 5) {
		return true // "appealed to the Supreme Court"
	}
	if after(umpireCalls, 8) {
		return true // "Kumble's appeal for Symonds to be out lbw"
	}
	// a decider as the subject of the verb that decides the appeal: "the
	// court denied a Northrop appeal", "Justice Janet Smith rejected
	// Boudhiba's appeal" (not "after the court ruling, the family appealed
	// to the president")
	for k := a - 1; k >= ss && k >= a-6; k-- {
		if !decidingVerbs[d.lower[k]] {
			continue
		}
		for j := k - 1; j >= ss && j >= k-6; j-- {
			if deciders[d.lower[j]] && !(d.lower[j] == "justice" && j+1 < se && justiceOffices[d.lower[j+1]]) {
				return true
			}
		}
		break
	}
	return false
}

// decidingVerbs decide an appeal or a plea.
var decidingVerbs = map[string]bool{
	"rejected": true, "rejects": true, "dismissed": true, "dismisses": true, "denied": true, "denies": true,
	"upheld": true, "upholds": true, "granted": true, "grants": true, "heard": true, "hears": true,
	"overturned": true, "allowed": true, "refused": true, "turned": true, "threw": true,
}

// justiceOffices follow "justice" in an office that decides no appeal: "Justice Minister".
var justiceOffices = map[string]bool{
	"minister": true, "ministry": true, "ministers": true, "department": true, "secretary": true, "ministry's": true,
}

// determinerOrPossessive: the word opens a noun phrase as its determiner.
func determinerOrPossessive(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "its", "their", "this", "that", "our":
		return true
	}
	return false
}
