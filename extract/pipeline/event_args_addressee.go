package pipeline

import "strings"

// An appeal to an unnamed addressee.
//
// "Mr. Putin urged them to follow the tradition", "the government urged all
// sides to work for peace", "is calling on all political forces to enter
// into talks": the appeal is aimed at someone (a pronoun or a quantified
// group the reader gives no name), and asks them to act. The object reader
// takes no such phrase as an object, so the appeal looked aimed at no one
// and the viability guard (viable:no-target) dropped it. An appeal told
// as an infinitive ("will meet the militants to urge them to agree") is a
// purpose, not yet made, and is left to the guard. (Fourteenth session:
// TUNE tp +3, three stories changed; CHECK unchanged.)

// addresseeWords open an unnamed addressee.
var addresseeWords = map[string]bool{"them": true, "us": true, "everyone": true, "all": true, "both": true, "each": true}

// unnamedAddressee: the words from k name an unnamed addressee (after "on"
// for "call on") followed within a few words by "to" and a verb: the
// appeal asks them to act.
func (p *Pipeline) unnamedAddressee(d *doc, k, se int) bool {
	if k < se && (d.lower[k] == "on" || d.lower[k] == "upon") {
		k++
	}
	if k >= se || !addresseeWords[d.lower[k]] {
		return false
	}
	for j := k + 1; j+1 < se && j <= k+8; j++ {
		switch d.lower[j] {
		case "to":
			return p.verbAfterTo(d, j+1) || j+2 < se && p.cls(d, j+1)&wAdv != 0 && p.verbAfterTo(d, j+2)
		case ",", ";", ":", "that", "who", "which":
			return false
		}
	}
	return false
}

// addressedAct: the appeal's verb is a finite verb or a progressive ("is
// calling on"), not a participle describing a noun ("adverts in trade
// papers urging them to remember"), and does not ask for a thing ("asked
// for them to be returned").
func (p *Pipeline) addressedAct(d *doc, ev *event, ss int) bool {
	if d.lower[ev.trigEnd-1] == "for" {
		return false
	}
	if strings.HasSuffix(d.lower[ev.trigStart], "ing") {
		return ev.trigStart > ss && isBe(d.lower[ev.trigStart-1])
	}
	return true
}
