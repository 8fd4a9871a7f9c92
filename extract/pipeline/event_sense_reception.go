package pipeline

import "strings"

// A passive "be met with" tells how something was received ("the set was met
// with general approval", "the plan has been met with protests"), not a
// meeting: a meeting's passive takes "by" ("was met by the minister at the
// airport"). Found on BBC output (twenty-first session, helper part22) once
// commaParticiple read the subject of such a clause.

const guardReception = "sense:met-with-reception" // "were met with general approval"

// metReception: the MEET trigger is "met with" after a form of "be",
// adverbs allowed between ("was quickly met with").
func metReception(d *doc, ev *event) bool {
	if d.lower[ev.trigStart] != "met" || ev.trigStart+1 >= len(d.lower) || d.lower[ev.trigStart+1] != "with" {
		return false
	}
	for k := ev.trigStart - 1; k >= 0 && k >= ev.trigStart-3; k-- {
		w := d.lower[k]
		if isBe(w) || w == "been" || w == "being" {
			return true
		}
		if !strings.HasSuffix(w, "ly") && w != "not" && w != "also" {
			return false
		}
	}
	return false
}
