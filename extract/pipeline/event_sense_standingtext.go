package pipeline

// Standing texts that "call for" things (nineteenth session, fp20).
//
// A plan, a constitution, a treaty or a peace road map "calls for" or "calls
// on" a party to do something in the sense of what the text provides: "The
// road map calls on Israel to halt all settlement activity", "Togo's
// constitution had called for the speaker to succeed the late president",
// "Nagin's revival plan also calls for restructuring the government", and
// on the business pages "the takeover plan calls for 500 job cuts". No one
// appeals to anyone there: the labels give none of them an APPEAL, while a
// text a body issues now is that body's appeal ("A White House report has
// called for changes", "the Senate passed a resolution urging"), so
// reports, resolutions, statements, letters and motions are not
// standing texts (documentNouns, event_args_insent.go, reads their
// issuer). The test is the verb's own subject: the standing-text noun just
// before a finite appeal or demand verb, past a few auxiliaries and
// adverbs ("had called for", "also calls on").

const guardStandingText = "sense:standing-text" // "the road map calls on Israel to halt"

// standingTexts are the head nouns of texts whose provisions are told with
// the verbs of appeals. The scan's "calls for" reader (documentTerms,
// event_trig_terms.go) reads the same list.
var standingTexts = map[string]bool{
	"constitution": true, "charter": true, "plan": true, "plans": true, "map": true, "roadmap": true,
	"law": true, "laws": true, "treaty": true, "accord": true, "accords": true, "agreement": true,
	"agreements": true, "deal": true, "deals": true, "pact": true, "framework": true, "proposal": true,
	"proposals": true, "initiative": true, "blueprint": true, "platform": true, "manifesto": true,
	"program": true, "programme": true, "strategy": true, "budget": true, "rules": true,
	"guidelines": true, "formula": true, "package": true, "scheme": true, "draft": true, "process": true,
	"compromise": true, "legislation": true, "amendment": true, "ordinance": true, "decree": true,
	"bill": true, "contract": true, "contracts": true, "timetable": true, "measure": true,
	"settlement": true, "arrangement": true, "regulations": true,
}

// textAppealVerbs are the finite verbs of appeals and demands a text's
// provisions are told with.
var textAppealVerbs = map[string]bool{
	"calls": true, "called": true, "urges": true, "urged": true, "demands": true, "demanded": true,
	"requires": true, "required": true, "asks": true, "asked": true, "envisages": true, "envisions": true,
}

// subjectFillers stand between a subject and its verb: auxiliaries, the
// adverbs news puts there, and a relative pronoun ("a plan which calls for").
var subjectFillers = map[string]bool{
	"has": true, "had": true, "have": true, "also": true, "still": true, "specifically": true,
	"explicitly": true, "already": true, "originally": true, "now": true, "further": true,
	"would": true, "will": true, "which": true, "that": true, "reportedly": true, "only": true,
	"even": true,
}

// standingTextBefore: the verb at t, in the sentence from ss, has a
// standing text as its subject, past at most three fillers and commas.
func standingTextBefore(d *doc, t, ss int) bool {
	k := t - 1
	for n := 0; k > ss && n < 3 && (subjectFillers[d.lower[k]] || d.lower[k] == ","); n++ {
		k--
	}
	return k >= ss && standingTexts[d.lower[k]] // "Bush's plan" and "the plan" alike
}

// standingText: the APPEAL or DEMAND is a finite verb whose subject is a
// standing text.
func standingText(d *doc, ev *event, ss int) bool {
	if ev.nominal || (ev.typ != "APPEAL" && ev.typ != "DEMAND") || !textAppealVerbs[d.lower[ev.trigStart]] {
		return false
	}
	return standingTextBefore(d, ev.trigStart, ss)
}
