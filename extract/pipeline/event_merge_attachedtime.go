package pipeline

import "github.com/newsgraph/newsgraph/extract/timex"

// A past month or year attached to the trigger itself.
//
// toldAtOtherTime keeps a report apart from the event it repeats when its
// sentence opens on an earlier month or year ("Last April seven Chinese
// workers were kidnapped"). The time as often stands on the trigger itself:
// before a noun ("the prince's 1985 visit with his first wife"), or right
// after a verb ("He was reelected in 1998", "when he visited in May"). Such
// a report dates its act to a month or year before the story's, so it is
// an earlier one than the event told before, not that event again.
// (Twentieth session, fold21: merge:same-event folded these into the
// current event and lost them.)
//
// A time elsewhere in the sentence is left alone: "visited Baghdad, which
// fell in 2003" dates another thing. So is a report of an event first told
// by an undated noun ("arrested a suspect in the killing of three Chinese
// engineers ... the February killings of the Chinese workers"): a noun
// names the act at no time of its own, so the later time dates that act.

// timeAtTrigger: the month or year attached to ev's trigger, when it is
// before the story's month and c's date does not take it in. It returns
// whether ev is apart from c and the time it tells.
func (d *doc) timeAtTrigger(c, ev *event) (apart bool, date, precision string) {
	pub := d.src.Published
	if len(pub) < 7 || c.nominal && c.date == "" || ev.trigStart < 0 || ev.trigEnd <= ev.trigStart {
		return false, "", ""
	}
	s := d.sents[ev.sentence]
	for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], pub, timex.Options{Past: true}) {
		if tx.Follows || tx.Precision != timex.Month && tx.Precision != timex.Year {
			continue
		}
		start, end := s.Start+tx.Start, s.Start+tx.End
		attached := ev.nominal && (end == ev.trigStart || end+1 == ev.trigStart && d.lower[end] == "'s")
		if !ev.nominal && start-1 >= ev.trigEnd && start-1 <= ev.trigEnd+1 {
			// "reelected in 1998", "visited Iraq in May" (one word between)
			attached = d.lower[start-1] == "in"
		}
		if !attached {
			continue
		}
		if c.date != "" && dateCompatible(c.date, tx.Value) || tx.Value >= pub[:len(tx.Value)] {
			return false, "", ""
		}
		return true, tx.Value, tx.Precision
	}
	return false, "", ""
}
