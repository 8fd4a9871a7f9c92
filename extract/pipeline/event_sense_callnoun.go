package pipeline

// "Call" as a noun that is no phone call (twenty-second session, helper
// fp23).
//
// CAMEO reads the noun "call" as a phone call. The trigger step already
// makes "a call for calm" and "Israel's call to hold talks" an appeal; the
// same appeal told with its maker after the noun escaped it ("rejected a
// call from NATO's inter-parliamentary assembly for an international
// inquiry", "rejected a call from Ethiopia's government to begin talks", "in
// response to a call by OPEC to boost prices"), and a call that someone
// rejects, welcomes or heeds with nothing after it is the appeal told again
// ("have rejected the call as unlawful"), as are an exchange's "options
// calls". No bare noun "call" is a labelled PHONE_CALL in TUNE: the labels
// give phone calls as "phone call", "telephone conversation", "telephoned"
// or "called"; the four bare ones read were all false (voa-0903, 2438,
// 2469; Reuters: three options tables and the OPEC call).

// phoneWords tell that a call is made by telephone.
var phoneWords = map[string]bool{
	"phone": true, "telephone": true, "telephoned": true, "phoned": true, "phones": true,
	"conference": true, "video": true, "hotline": true,
}

// callAnswerVerbs take an appeal as their object: one answers a call for
// something, not a phone call.
var callAnswerVerbs = map[string]bool{
	"rejected": true, "rejects": true, "reject": true, "rejecting": true,
	"dismissed": true, "dismisses": true, "welcomed": true, "welcomes": true, "welcome": true,
	"heeded": true, "heed": true, "ignored": true, "ignores": true, "echoed": true, "echoes": true,
	"backed": true, "backs": true, "renewed": true, "renews": true, "repeated": true, "reiterated": true,
	"answered": true, "accepted": true, "accepts": true,
}

// callNounSense reads the noun "call" at m (a PHONE_CALL by the lexicon) in
// sentence [ss, se): it returns "020" when it is an appeal whose maker
// stands after it ("a call from X for", "a call by X to boost"), drop when
// it is no phone call at all, and neither for a phone call.
func (p *Pipeline) callNounSense(d *doc, i, end, ss, se int) (code string, drop bool) {
	for k := max(ss, i-3); k < min(se, end+3); k++ {
		if phoneWords[d.lower[k]] {
			return "", false // "a telephone call", "a phone call from Bush"
		}
	}
	if i-1 >= ss && d.lower[i-1] == "options" {
		return "", true // "Sugar 11 options calls": the market's sense
	}
	if end < se && (d.lower[end] == "from" || d.lower[end] == "by") {
		k := end + 1
		for n := 0; k < se && n < 8; n++ {
			if mi := d.mentionAt[k]; mi >= 0 {
				k = d.mentions[mi].end
				continue
			}
			if w := d.lower[k]; w == "'s" || w == "’s" || p.cls(d, k)&(wDet|wAdj|wNoun) != 0 && p.cls(d, k)&(wPrep|wVerb|wPast) == 0 {
				k++
				continue
			}
			break
		}
		if k < se && (d.lower[k] == "for" || d.lower[k] == "to" && k+1 < se && d.mentionAt[k+1] < 0 && p.cls(d, k+1)&wVerb != 0) {
			return "020", false // "a call from NATO's assembly for an inquiry": an appeal by its maker
		}
	}
	j := i - 1
	for j > ss && (d.lower[j] == "the" || d.lower[j] == "a" || d.lower[j] == "this" || d.lower[j] == "that" || d.lower[j] == "his" || d.lower[j] == "their" || d.lower[j] == "its") {
		j--
	}
	if j >= ss && callAnswerVerbs[d.lower[j]] {
		return "", true // "have rejected the call as unlawful": the appeal told again
	}
	return "", false
}
