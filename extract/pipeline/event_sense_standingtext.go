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
// reports, resolutions, statements, letters, motions and bills are not
// standing texts (documentNouns, event_args_insent.go, reads their
// issuer). The test is the verb's own subject: the standing-text noun just
// before a finite appeal or demand verb, past a few auxiliaries and
// adverbs ("had called for", "also calls on").

const guardStandingText = "sense:standing-text" // "the road map calls on Israel to halt"

// standingTexts are the head nouns of texts whose provisions are told with
// the verbs of appeals.
var standingTexts = map[string]bool{
	"constitution": true, "charter": true, "plan": true, "plans": true, "map": true, "roadmap": true,
	"law": true, "laws": true, "treaty": true, "accord": true, "accords": true, "agreement": true,
	"deal": true, "pact": true, "framework": true, "proposal": true, "proposals": true,
	"initiative": true, "blueprint": true, "platform": true, "manifesto": true, "program": true,
	"programme": true, "strategy": true, "budget": true, "rules": true, "guidelines": true,
	"formula": true, "package": true, "scheme": true, "draft": true, "process": true, "compromise": true,
	"legislation": true, "amendment": true, "ordinance": true, "decree": true,
}

// textAppealVerbs are the finite verbs of appeals and demands a text's
// provisions are told with.
var textAppealVerbs = map[string]bool{
	"calls": true, "called": true, "urges": true, "urged": true, "demands": true, "demanded": true,
	"requires": true, "required": true, "asks": true, "asked": true, "envisages": true, "envisions": true,
}

// subjectFillers stand between a subject and its verb: auxiliaries and the
// adverbs news puts there.
var subjectFillers = map[string]bool{
	"has": true, "had": true, "have": true, "also": true, "still": true, "specifically": true,
	"explicitly": true, "already": true, "originally": true, "now": true, "further": true,
}

// standingText: the APPEAL or DEMAND is a finite verb whose subject is a
// standing text.
func standingText(d *doc, ev *event, ss int) bool {
	if ev.nominal || (ev.typ != "APPEAL" && ev.typ != "DEMAND") || !textAppealVerbs[d.lower[ev.trigStart]] {
		return false
	}
	k := ev.trigStart - 1
	for n := 0; k > ss && n < 3 && subjectFillers[d.lower[k]]; n++ {
		k--
	}
	if k < ss || !standingTexts[d.lower[k]] {
		return false
	}
	return true // "Bush's plan" and "the plan" alike
}
