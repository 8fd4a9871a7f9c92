package pipeline

import "strings"

// A strike told as a walkout by its own words (eighteenth session). The
// strike noun is an attack ("air strike", "a strike on Gaza") unless the
// sentence names workers, a union or pay (labourStrike); but a walkout
// often names none of them: "called for a one-day national strike",
// "has been on a hunger strike for 50 days", "an effort to end a 19-day
// strike", "called an indefinite nationwide strike". The guideline reads
// every strike as a PROTEST (the fourth session's seafarers' strike, the
// dev7 hunger strike). An attack is never general, nationwide, indefinite,
// on hunger, or something one is "on", and its length is not told before
// it ("a 19-day strike" is a walkout; an offensive is "19 days of strikes"),
// so these words before the noun (or "on" right before it) mark a walkout
// wherever the sentence is.

// walkoutWords, before the strike noun, make it a walkout.
var walkoutWords = map[string]bool{
	"hunger": true, "general": true, "national": true, "nationwide": true, "indefinite": true,
	"wildcat": true, "sit-down": true, "sit-in": true, "rolling": true, "token": true, "countrywide": true,
	"open-ended": true,
}

// walkoutStrike: the strike noun at i is a walkout by the words before it
// (up to three modifiers back): "a hunger strike", "an indefinite
// nationwide strike", "a three-week strike", "on strike".
func walkoutStrike(d *doc, i, ss int) bool {
	if w := d.lower[i]; w != "strike" && w != "strikes" {
		return false
	}
	if i > ss && d.lower[i-1] == "on" {
		return true // "went on strike", "workers on strike"
	}
	for k := i - 1; k >= ss && k >= i-3; k-- {
		w := d.lower[k]
		if walkoutWords[w] || lengthBefore(w) {
			return true
		}
		if d.mentionAt[k] >= 0 || w == "a" || w == "an" || w == "the" || w == "," || isBe(w) {
			return false
		}
	}
	return false
}

// lengthBefore: w tells a span of time as a modifier, "19-day",
// "one-day", "48-hour", "three-week".
func lengthBefore(w string) bool {
	j := strings.LastIndexByte(w, '-')
	if j <= 0 {
		return false
	}
	switch w[j+1:] {
	case "day", "hour", "week", "month":
		return true
	}
	return false
}

// strikersBefore: the people a noun phrase names right before "on" at j,
// who are on the strike ("40 Afghan asylum seekers on a hunger strike",
// "Nigerian oil workers on strike"): the entity of a mention among the
// phrase's last words (common nouns may follow it), else -1.
func (p *Pipeline) strikersBefore(d *doc, j, ss int) int {
	for k := j - 1; k >= ss && k >= j-4; k-- {
		if m := participantEndingAt(d, k); m != nil {
			return m.ent
		}
		if d.mentionAt[k] >= 0 || p.cls(d, k)&wNoun == 0 || p.cls(d, k)&(wVerb|wPast|wPrep|wDet) != 0 {
			return -1
		}
	}
	return -1
}
