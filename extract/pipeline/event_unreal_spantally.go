package pipeline

// Counted victims summed over a span (twentieth session, helper fp21).
//
// News keeps a running count of the dead, the wounded and the arrested with
// a perfect verb, a number and a span counted from a time: "25 American
// troops have been killed since Monday", "Ten Canadian soldiers and a
// diplomat have died there since early 2002", "More than 50 Lebanese have
// been arrested since last year", "At least nine people have been killed in
// the crisis in recent weeks", "an insurgency that has killed more than 100
// Iraqis over the past week", "13 suicide bombings have struck Afghanistan
// in the last several months". Each sums many acts into one number; the
// Guideline's decided `dev4` summary reading leaves such counts out
// ("hundreds of ... suspects have been detained since 2001"). genericEvent
// (event_guard_generic.go) reads long spans of years with no count; this
// reads the short spans (days, weeks, months) too, but only where all
// three marks stand together: the perfect makes a sum up to now, the number
// counts its victims or acts, and the span says over how long. One attack
// told with its day ("Five soldiers were killed Monday") has no perfect and
// no span, and "has killed five soldiers since it began Monday" is not
// read (a clause after "since" is an event's own start, not a span).
//
// Read on dev46..dev49 (voa-2091, 2092, 2117, 2171) and the older TUNE sets
// (voa-1373, 1833, 1847), checked on BBC and Reuters.

const guardUnrealSpanTally = "unreal:span-tally" // "25 troops have been killed since Monday"

// tallyTypes: the types whose victims news counts over a span.
var tallyTypes = map[string]bool{
	"ATTACK": true, "DEATH": true, "ARREST": true, "INJURY": true,
}

// spanUnits: the units a short or long span is counted in.
var spanUnits = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "decade": true, "decades": true,
}

// spanTally: the verb trigger at ev is a perfect whose victims or acts are
// counted by a number and summed over a span told in its sentence.
func spanTally(d *doc, ev *event, ss, se int) bool {
	if ev.nominal || !tallyTypes[ev.typ] || !perfectBefore(d, ev.trigStart, ss) {
		return false
	}
	if conflictTally(d, ev, ss, se) {
		return true // "Fighting ... has killed thousands of Somalis" (event_unreal_conflicttally.go)
	}
	return tallyNumber(d, ev, ss, se) && (spanAfter(d, ev.trigEnd, se) || runningPeriod(d, ss, se))
}

// perfectBefore: "have/has" (not "had", which tells an earlier time within
// a story's past) stands before the verb at t, with at most "been" and an
// adverb between ("have now died", "have been killed", "has also killed").
func perfectBefore(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		switch w := d.lower[k]; w {
		case "have", "has":
			return true
		case "been", "now", "already", "also", "reportedly", "so", "far":
		default:
			return false
		}
	}
	return false
}

// tallyNumber: a count stands in the verb's subject, in the stretch of the
// sentence before it with no clause boundary ("At least 13 suicide
// bombings have struck"), or right after it in its object ("has killed
// more than 100 Iraqis").
func tallyNumber(d *doc, ev *event, ss, se int) bool {
	for k := ev.trigStart - 1; k >= ss; k-- {
		w := d.lower[k]
		if w == ";" || w == ":" || w == "said" || w == "says" {
			break
		}
		if tallyCount(w) {
			return true
		}
	}
	for k := ev.trigEnd; k < se && k < ev.trigEnd+4; k++ {
		if tallyCount(d.lower[k]) {
			return true
		}
	}
	return false
}

// tallyCount: a cardinal of people or acts, not a year ("since 2001") nor
// the article "a".
func tallyCount(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return !yearWord(w)
	}
	return w != "a" && countWords[w] || w == "scores"
}

// spanAfter: after the trigger, the sentence counts a span from a time:
// "since Monday", "since early 2002", "since last year", "in recent weeks",
// "in the last several months", "over the past week". "since" followed by
// a subject and a verb is a clause, read as a span too: "have died from bird
// flu since it was first detected".
func spanAfter(d *doc, from, se int) bool {
	for k := from; k+1 < se; k++ {
		switch d.lower[k] {
		case ";", "but", "while", "said", "says":
			return false
		case "since":
			return true
		case "in", "over", "during":
			j := k + 1
			if d.lower[j] == "recent" {
				return j+1 < se && spanUnits[d.lower[j+1]]
			}
			if d.lower[j] != "the" || j+1 >= se {
				continue
			}
			j++
			if d.lower[j] != "past" && d.lower[j] != "last" {
				continue
			}
			j++
			if j < se {
				if _, ok := countWord(d.lower[j]); ok || d.lower[j] == "few" || d.lower[j] == "several" {
					j++
				}
			}
			if j < se && spanUnits[d.lower[j]] {
				return true
			}
		}
	}
	return false
}
