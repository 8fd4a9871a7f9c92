package pipeline

// Narrowing two unreality cues that read real events as unreal.
//
// habitual reads "in the past" after a verb as a habit ("has organized
// suicide attacks in the past"), but "in the past two days", "in the past
// week" count a recent span in which the act was done: "U.S. and Iraqi
// forces have launched the second operation in the past two days".
// wishedFor reads a wish word in the six words before a trigger as what
// makes it only hoped for ("offered to hold talks"); but a wish noun with
// its determiner that a verb follows is a subject of its own clause, not a
// wish of the trigger: "The offer came during a visit to Caracas". (Twelfth
// session; the guard audit found unreal:habitual and unreal:wished losing
// such events.) Nor does a wish reach a noun through a verb of its own:
// "observers are preparing to monitor Ukrainian elections". Nor does
// preparing for a vote make the vote unreal ("Iraq is preparing for
// nationwide parliamentary elections in March"; fourteenth session, TUNE
// +1 in one story, BBC and Reuters output unchanged).

// pastSpan: the words from k on ("in the past two days") count a span
// back from now: "the past" followed by a count or a unit of time.
func pastSpan(d *doc, k, se int) bool {
	if k+3 >= se || d.lower[k] != "in" || d.lower[k+1] != "the" || d.lower[k+2] != "past" {
		return false
	}
	w := d.lower[k+3]
	if _, ok := countWord(w); ok || w == "few" || w == "several" {
		return true
	}
	switch w {
	case "day", "week", "month", "year", "weekend", "hours":
		return true
	}
	return false
}

// wishedNoun is wished for a noun trigger at t, not counting a wish
// that governs a verb of its own between it and the noun: "preparing to
// monitor Palestinian elections" wishes the monitoring, the elections are
// held anyway (a light verb, "hoping to hold talks", carries the wish to
// the noun).
func (p *Pipeline) wishedNoun(d *doc, t, ss int) bool {
	return wishedForBut(d, t, ss, func(k int) bool {
		return p.wishNounSubject(d, k, ss, t) || p.ownVerb(d, k, t) || preparedVote(d, k, t) ||
			p.wishBeyond(d, k, t) || hinderedVote(d, k, t) || // a vote, set anyway (event_unreal_heldvote.go)
			settingObject(d, k, t, settingMeetings[d.lower[t]]) // "proposed during a meeting in Cuba" (event_unreal_setting.go)
	})
}

// voteNouns name a vote that a country prepares for.
var voteNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "polls": true, "referendum": true, "runoff": true, "ballot": true,
}

// preparedVote: the wish word at k is "prepare(s|d|ing) for" (or "prepare
// to go to the polls") and the noun trigger at t a vote: "Iraq is preparing
// for nationwide parliamentary elections in March", "as the country
// prepares for its first set of elections". A vote is held on a day set
// in advance, so what a country prepares for is scheduled, unlike "were
// preparing for an offensive" (the labels give such votes as events).
func preparedVote(d *doc, k, t int) bool {
	switch d.lower[k] {
	case "preparing", "prepares", "prepare", "prepared":
	default:
		return false
	}
	if k+1 >= t || d.lower[k+1] != "for" && !(d.lower[k+1] == "to" && k+2 < t && d.lower[k+2] == "go") {
		return false
	}
	for j := t; j < len(d.lower) && j < t+3; j++ {
		if voteNouns[d.lower[j]] {
			return true
		}
	}
	return false
}

// ownVerb: a verb other than a light one stands between k and t.
func (p *Pipeline) ownVerb(d *doc, k, t int) bool {
	for j := k + 1; j < t; j++ {
		if d.lower[j-1] == "to" && !lightVerbs[d.lower[j]] && !isBe(d.lower[j]) && d.mentionAt[j] < 0 && p.cls(d, j)&wVerb != 0 && p.cls(d, j)&(wNoun|wAdj) == 0 {
			return true
		}
	}
	return false
}

// wished is wishedFor, not counting a wish noun that is the subject of a
// clause of its own (wishNounSubject).
func (p *Pipeline) wished(d *doc, t, ss int) bool {
	return wishedForBut(d, t, ss, func(k int) bool { return p.wishNounSubject(d, k, ss, t) })
}

// wishNounSubject: the wish word at k, before the trigger at t, is a noun
// with its determiner ("the offer", "an attempt") that a finite verb
// follows: the subject of a clause of its own ("The offer came during a
// visit"), not a wish for the trigger ("the offer made by Iran to hold
// talks" is still one).
func (p *Pipeline) wishNounSubject(d *doc, k, ss, t int) bool {
	switch d.lower[k] {
	case "offer", "offers", "attempt", "attempts", "plot", "plots", "hope", "wish":
	default:
		return false
	}
	if k-1 < ss || k+1 >= t {
		return false
	}
	switch d.lower[k-1] {
	case "the", "a", "an", "this", "that":
	default:
		return false
	}
	n := k + 1
	if isBe(d.lower[n]) {
		return true // "the attempt was foiled during the visit"
	}
	return p.verbLike(d, n) && p.cls(d, n)&wPast != 0 && !(n+1 < t && d.lower[n+1] == "by")
}
