package pipeline

// Days told as following an earlier one (seventeenth session).
//
// "Syarhei Antonchyk was sentenced Friday - one day after several other
// opposition figures were given similar sentences": the story turns back from
// Friday to the day before it, and a bare weekday it goes on with ("Thursday,
// a Minsk court sentenced ...") lies before that Friday, as after a report's
// day (event_dates_report.go): the Thursday of the week before when the
// story is published on a Thursday.

// dayBeforeTold: the date ending at end is followed by "(a|one|two|...)
// day(s) after", set off by a dash or comma or not.
func dayBeforeTold(d *doc, end, se int) bool {
	k := end
	if k < se && (d.lower[k] == "-" || d.lower[k] == "--" || d.lower[k] == "—" || d.lower[k] == "–" || d.lower[k] == ",") {
		k++
	}
	if k+2 >= se {
		return false
	}
	switch d.lower[k] {
	case "a", "one", "two", "three", "just":
	default:
		return false
	}
	if d.lower[k] == "just" {
		k++
		if k+2 >= se || d.lower[k] != "a" && d.lower[k] != "one" {
			return false
		}
	}
	return (d.lower[k+1] == "day" || d.lower[k+1] == "days") && d.lower[k+2] == "after"
}
