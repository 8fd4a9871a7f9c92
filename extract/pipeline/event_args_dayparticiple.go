package pipeline

// A participle clause after the day, with no comma (twenty-second session).
//
// News writes the day at the end of the main clause and runs the
// participle clause on without a comma: "Dozens of Egyptians protested in
// front of the high court Tuesday calling for the release of ...", "About
// 20,000 Mexican union workers clogged traffic in the capital Tuesday
// demanding that ...", "The two leaders issued a joint statement following
// talks in Paris Saturday calling for ...". The participle's subject is the
// main clause's, as after a comma (participleClause); without the comma the
// word rules took the day's side of the sentence for a subject and read
// no one (the parser too takes "Tuesday" for the participle's subject).
//
// Measured: TUNE tp/fp/fn 2637/1114/2706 -> 2640/1114/2703 (voa-1568,
// voa-1902, voa-2485: dev34, dev42, dev57), CHECK unchanged, BBC output
// unchanged; Reuters lost one misread until "said on Monday" was left out.

// dayBeforeParticiple: a weekday stands right before the participle at t,
// not at the sentence's start ("Tuesday marking ..." has no main clause
// before it) nor after a verb of saying, whose reported clause may open
// with a gerund ("said on Monday fighting was continuing").
func dayBeforeParticiple(d *doc, t, ss int) bool {
	if t-2 <= ss || !weekdays[d.lower[t-1]] {
		return false
	}
	k := t - 2
	if d.lower[k] == "on" {
		k--
	}
	return !sayForms[d.lower[k]]
}
