package pipeline

// "At the request of X": X asked.
//
// A noun trigger's "of" phrase is its patient for most types ("the arrest
// of X", "the killing of X"), and ofRole gives APPEAL and DEMAND the same.
// After a noun of asking, the "of" phrase names the one who asks: "the
// troops went in at the request of the state oil company", "the action was
// taken at the request of the Bangladesh government". A maker told before
// the noun turns the "of" phrase into the one asked ("Mrs Thatcher's
// request of him"), and DEMAND is left alone: "the export demand of the
// United States" is a market. The one asked is the main clause's actor (the troops, the
// department), so the request is aimed at someone even when that actor is
// unnamed: ev.counterpart is set, as for "called on all Muslims", and the
// viability guard keeps the maker-only APPEAL the Guideline labels
// ("Azerbaijan's:AGENT; United States?:PATIENT" in dev16). Judged on BBC
// and Reuters-21578 (twenty-second session, newsfp3-23): 10 of 11 "at the
// request of X" APPEALs read X as the one asked.

// askerOfNouns: nouns of asking whose "of" phrase is the asker.
var askerOfNouns = map[string]bool{
	"request": true, "requests": true, "behest": true, "urging": true,
	"plea": true, "pleas": true,
}

// makerBefore: the words before the trigger noun name its maker, a
// possessive or a name ("Mrs Thatcher's request", "his request", "the
// Mexican government request").
func makerBefore(d *doc, ev *event) bool {
	k := ev.trigStart - 1
	if k < 0 || k >= len(d.lower) {
		return false
	}
	switch d.lower[k] {
	case "'s", "’s", "'", "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return d.mentionAt[k] >= 0
}

// nominalOfRole is ofRole for the noun trigger of ev: the asker after a
// noun of asking (marking ev as aimed at the clause's actor), else ofRole's
// reading.
func nominalOfRole(d *doc, ev *event) string {
	if ev.typ == "APPEAL" && ev.trigEnd-1 >= 0 && ev.trigEnd-1 < len(d.lower) && askerOfNouns[d.lower[ev.trigEnd-1]] && !makerBefore(d, ev) {
		ev.counterpart = true
		return agent
	}
	return ofRole(ev.typ)
}
