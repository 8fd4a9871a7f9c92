package pipeline

// "Calls for" told of a document's terms: no appeal.
//
// An APPEAL is one party asking another (the Guideline). When the subject
// of "call for" / "call on" is a plan, a law, an agreement or a charter,
// the verb tells what the text provides, not a request anyone made: "The
// agreement calls for Ukraine to pay Russia $95", "Togo's constitution had
// called for the speaker of parliament to succeed", "Hamas' charter calls
// for the destruction of Israel", "the road map calls on Israel to halt
// settlement activity". On TUNE no such "calls for" is labelled (0 of 16
// in the stories). Reports, resolutions and motions are left alone: their
// authors appeal through them, and the labels give them ("A White House
// report has called for changes", "a resolution calling on Turkey to
// recognize"). (Nineteenth session, speech20.)

import "github.com/newsgraph/newsgraph/extract/cameo"

// documentTerms: the trigger m of type typ, in the sentence from ss, is
// "call for" / "call on" whose subject is a standing text (standingTexts).
func documentTerms(d *doc, m *cameo.Match, typ string, ss int) bool {
	return (typ == "APPEAL" || typ == "DEMAND") && m.Lemma == "call" && !m.Nominal && termsCall(d, m.Start, ss)
}

// termsCall: the word at t is "calls for" / "calls on" with a standing text
// (standingTexts, event_sense_standingtext.go) as its subject, in the
// sentence from ss.
func termsCall(d *doc, t, ss int) bool {
	switch d.lower[t] {
	case "calls", "called", "calling", "call":
	default:
		return false
	}
	if t+1 >= len(d.lower) || d.lower[t+1] != "for" && d.lower[t+1] != "on" {
		return false
	}
	return standingTextBefore(d, t, ss)
}

// termsStipulated: the event ev, in the sentence from ss, is what a
// document's "calls for" sets, a few words before it in the same clause
// ("a plan calling for the election of General Sulieman"): stipulated, not
// held. (The appeal that askedBy would read it under is no event here.)
func termsStipulated(d *doc, ev *event, ss int) bool {
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-7; k-- {
		switch d.lower[k] {
		case ",", ";", ":", "that", "which", "who", "but":
			return false
		}
		if termsCall(d, k, ss) {
			return true
		}
	}
	return false
}
