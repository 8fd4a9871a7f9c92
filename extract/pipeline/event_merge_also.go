package pipeline

// "Also" before a scheduled verb.
//
// A verb told with "also" right before it is another act than the one told
// before ("Nambiar also met Saturday with Burma's foreign minister"), so it
// joins no earlier report. The same holds when "also" opens the verb group
// of a scheduled act ("Mr. Bush is also expected to meet privately with
// Argentina's president", "is also due to meet", "is also to visit"):
// merge:same-event folded such meetings into the summit told before.
// (Fifteenth session.)

// scheduleWords stand between "also" and the "to" of a scheduled act.
var scheduleWords = map[string]bool{"expected": true, "due": true, "scheduled": true, "set": true}

// alsoScheduled: the verb trigger of ev follows "also [expected|due|
// scheduled|set] to".
func alsoScheduled(d *doc, ev *event) bool {
	t := ev.trigStart
	ss := d.sents[ev.sentence].Start
	if ev.nominal || t-2 < ss || d.lower[t-1] != "to" {
		return false
	}
	if d.lower[t-2] == "also" {
		return true // "is also to meet"
	}
	return t-3 >= ss && scheduleWords[d.lower[t-2]] && d.lower[t-3] == "also"
}
