package pipeline

import "strings"

// A fight whose sides follow the verb that tells it happened (twenty-third
// session, helper atknopart24): "Clashes also broke out between gunmen and
// Iraqi security forces", "new fighting has been reported between
// Congolese troops and dissident soldiers", "the fighting broke out
// Tuesday between forces aligned with the Wa and Shan groups". readPPs
// stops at the first verb after a noun trigger (the phrases after another
// verb belong to it), so the "between" phrase that names both sides was
// never read and the event, with no participant, was dropped: the largest
// miss class of ATTACK ("trigger found, dropped: no participant read").
// An intransitive verb of occurring takes no phrase of its own that says
// who; its "between" phrase can only name the fight's sides.

// occurVerbs tell that a fight happened and take no object.
var occurVerbs = map[string]bool{
	"broke": true, "breaks": true, "broken": true, "erupted": true, "erupts": true, "flared": true,
	"flares": true, "occurred": true, "occurs": true, "raged": true, "rages": true, "reported": true,
	"continued": true, "continues": true, "resumed": true, "intensified": true,
}

// occurredBetween returns the index of the "between" that follows an
// occurring verb at k after a fight noun trigger ("clashes broke out
// Tuesday between"), or -1. Only auxiliaries, the particles "out" and
// "up", and time words ("on Friday") may stand between the verb and
// "between".
func occurredBetween(d *doc, ev *event, k, se int) int {
	if ev.typ != "ATTACK" || k <= ev.trigEnd || ev.trigEnd-1 < 0 || ev.trigEnd > len(d.lower) {
		return -1
	}
	if h := d.lower[ev.trigEnd-1]; strings.HasSuffix(h, "ed") || !fightWord(h) && h != "violence" && h != "hostilities" {
		return -1
	}
	occurred := false
	for j := k; j < se && j < k+6; j++ {
		w := d.lower[j]
		switch {
		case w == "between":
			if occurred {
				return j
			}
			return -1
		case occurVerbs[w]:
			occurred = true
		case w == "on" && j+1 < se && weekdayName(d.lower[j+1]): // "broke out on Friday between"
		case w == "has" || w == "have" || w == "had" || isBe(w) || w == "out" || w == "up" || w == "again" || timeWord(w) || weekdayName(w) || w == "overnight" || w == "late" || w == "early":
		default:
			return -1
		}
	}
	return -1
}
