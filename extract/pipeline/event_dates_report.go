package pipeline

import "github.com/newsgraph/newsgraph/extract/timex"

// Report days across sentences (twelfth session).
//
// A story that names the day of a report ("The Kremlin Friday said Mr. Blair
// expressed regret", "Mr. Tsang told a news conference Saturday", "Speaking
// on CNN Sunday, Congressman Shays cited ...") has what it goes on to tell
// happen before that report: "Mr. Blair's Labor Party on Thursday won",
// told on a Thursday, is the Thursday before that Friday. The day of the
// last report named is kept (doc.reportDay); the date finder then reads a bare past weekday that
// would be the published day as the week before's (timex.Options.Report).
// The report bounds the story for a few sentences only (carryWindow): a
// bulletin goes on to other items, and a report named long before is no
// longer what the story tells of ("In a statement Friday, she asked ... .
// The United States on Thursday again called for", four sentences on, is
// the published Thursday). Only the published weekday moves: another weekday after a report's day
// is as often the story going on ("said Monday ... . On Tuesday, rebels").

// reportNamed keeps in d.reportDay the last day sentence si names as the
// day of a report before the published day; before is the story's day
// before si.
func (p *Pipeline) reportNamed(d *doc, si int, before string) {
	s := d.sents[si]
	for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, timex.Options{Ref: before}) {
		if tx.Precision == timex.Day && !tx.Follows && tx.Value < d.src.Published && p.reportedOn(d, s.Start, s.Start+tx.Start, s.Start+tx.End) {
			d.reportDay, d.reportAt = tx.Value, si
		}
	}
}

// reportedOn: the date [at, end) is the day of a report: reportDay's
// readings, or a verb of saying shortly before it with only its hearer or
// medium between ("told a news conference Saturday", "Speaking on CNN
// Sunday", "told reporters Friday").
func (p *Pipeline) reportedOn(d *doc, ss, at, end int) bool {
	if reportDay(d, ss, at, end) || dayBeforeTold(d, end, d.sents[d.sentOf[at]].End) {
		return true
	}
	for k := at - 1; k >= ss && k >= at-4; k-- {
		w := d.lower[k]
		if saidWords[w] || w == "speaking" || w == "spoke" {
			return true
		}
		if w == "," || w == "that" || p.cls(d, k)&(wVerb|wPast|wPart|wGerund) != 0 && d.mentionAt[k] < 0 {
			return false
		}
	}
	return false
}

// reportBound is the day of the report that bounds sentence si, or "".
func reportBound(d *doc, si int) string {
	if d.reportDay == "" || si-d.reportAt > carryWindow {
		return ""
	}
	return d.reportDay
}
