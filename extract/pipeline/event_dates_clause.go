package pipeline

import "github.com/newsgraph/newsgraph/extract/timex"

// An opening date and a date of the event's own clause (twelfth session).
//
// A date opening the sentence ("Also Saturday, the U.S. military announced
// that an American soldier was killed by a bomb Friday") dates the main
// clause; an event told in a clause after it that names a day of its own a
// few words on takes that day, not the opening one: the opening day is the
// announcement's. ("Elsewhere in the capital Tuesday, a roadside bomb
// killed ..." opens a sentence as "In Baghdad Tuesday," does: openingPhrase.)

// clauseDate: a day-precise expression follows ev within eight words, with
// no comma and no other event between.
func (p *Pipeline) clauseDate(d *doc, ss int, ev *event, evs []*event, txs []timex.Timex) bool {
	for _, tx := range txs {
		at := ss + tx.Start
		if tx.Precision != timex.Day || tx.Follows || at < ev.trigEnd || at > ev.trigEnd+8 {
			continue
		}
		clear := true
		for k := ev.trigEnd; k < at; k++ {
			if d.lower[k] == "," || d.lower[k] == "when" || d.lower[k] == "after" || d.lower[k] == "before" {
				clear = false
			}
		}
		for _, o := range evs {
			if o != ev && o.trigStart >= ev.trigEnd && o.trigStart < at {
				clear = false
			}
		}
		if clear {
			return true
		}
	}
	return false
}

// relativeWhich: "in which", "during which" or "at which" opens a relative
// clause at k, right after the noun a date names with no comma between
// ("the July 22 incident in which officers mistakenly shot and killed a
// man"): what that clause tells happened on the noun's date.
func relativeWhich(d *doc, k int) bool {
	w := d.lower[k]
	return (w == "during" || w == "at" || w == "in") && k+1 < len(d.lower) && d.lower[k+1] == "which"
}
