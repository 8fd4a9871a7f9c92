package pipeline

import "strings"

// A conflict's toll (twenty-first session, helper fp22).
//
// spanTally reads a running count told with a span ("25 troops have been
// killed since Monday"). News tells the same sum two more ways, with no
// "since": the conflict itself is the perfect's subject ("Fighting between
// government forces and insurgents has killed thousands of Somalis", "an
// insurgency that has killed more than 1,000 people", "the violence has
// left 300 dead"), or the span is the conflict or the current month or year
// ("300,000 people have died during the conflict", "This month, about 70
// U.S. soldiers have died in Iraq", "have been killed so far this year").
// Each sums many acts, none of them told; the Guideline's decided `dev4`
// summary reading leaves them out. One act a conflict noun names with its
// day ("Fighting in Mogadishu killed five people Monday") has no perfect and
// stays, and so does a perfect with a named victim ("the fighting has killed
// a senior commander": no count).
//
// Read on dev50..dev53 (voa-2336) and the older TUNE sets (voa-1596,
// voa-1749), checked on BBC and Reuters.

// conflictNouns: nouns that name a conflict as a whole, not one act.
var conflictNouns = map[string]bool{
	"fighting": true, "violence": true, "war": true, "conflict": true, "insurgency": true,
	"unrest": true, "bloodshed": true, "rebellion": true, "uprising": true, "clashes": true,
	"civil": true, "strife": true, "crisis": true, "epidemic": true, "outbreak": true, "disease": true,
}

// conflictTally: the verb trigger at ev is a perfect whose subject is a
// conflict noun (the head of the subject, or the antecedent of "that" or
// "which" before the perfect) and whose object is counted.
func conflictTally(d *doc, ev *event, ss, se int) bool {
	if !countAfter(d, ev.trigEnd, se) {
		return false
	}
	aux := ev.trigStart - 1
	for aux >= ss && d.lower[aux] != "has" && d.lower[aux] != "have" {
		aux--
	}
	if aux <= ss {
		return false
	}
	if w := d.lower[aux-1]; w == "that" || w == "which" {
		return aux-2 >= ss && conflictNouns[d.lower[aux-2]]
	}
	// the subject's first word after the clause start, past a determiner or
	// an adjective: "Fighting between government forces and insurgents",
	// "The violence in Darfur", "Sectarian violence"
	start := aux - 1
	for start > ss {
		w := d.lower[start-1]
		if w == "," || w == ";" || w == ":" || w == "said" || w == "says" || w == "say" || w == "that" {
			break
		}
		start--
	}
	for k := start; k < aux && k < start+3; k++ {
		if conflictNouns[d.lower[k]] {
			return true
		}
		if !(d.lower[k] == "the" || d.lower[k] == "this" || d.lower[k] == "that" || strings.HasSuffix(d.lower[k], "al") ||
			strings.HasSuffix(d.lower[k], "ic") || d.lower[k] == "ethnic" || d.lower[k] == "sectarian" || d.lower[k] == "political") {
			return false
		}
	}
	return false
}

// countAfter: a large count of victims stands right after the verb ("has
// killed more than 100", "have killed thousands of"). A small one tells of
// one attack the conflict noun stands for ("violence in Iraq has killed
// three American soldiers near Basra").
func countAfter(d *doc, from, se int) bool {
	for k := from; k < se && k < from+4; k++ {
		if largeCount(d.lower[k]) {
			return true
		}
	}
	return false
}

// largeCount: "thousands", "hundreds", "scores", "dozens", or a numeral of
// 100 or more ("1,000", "300,000", "150").
func largeCount(w string) bool {
	switch w {
	case "thousands", "hundreds", "millions", "scores", "dozens", "tens":
		return true
	}
	if w == "" || w[0] < '1' || w[0] > '9' || yearWord(w) {
		return false
	}
	digits := 0
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c != ',':
			return false
		}
	}
	return digits >= 3
}

// runningPeriod: the sentence counts up to now over the conflict, the
// current month or the current year: "during the conflict", "in the war",
// "this month", "so far this year".
func runningPeriod(d *doc, ss, se int) bool {
	for k := ss; k+1 < se; k++ {
		switch d.lower[k] {
		case "during", "throughout":
			if k+2 < se && d.lower[k+1] == "the" && conflictNouns[d.lower[k+2]] {
				return true
			}
		case "this":
			switch d.lower[k+1] {
			case "month", "year":
				return true
			}
		}
	}
	return false
}
