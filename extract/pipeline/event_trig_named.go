package pipeline

import (
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Naming a person to an office without "as" (fourteenth session). The
// lexicon's "name" needs "as" after it ("named John Reid as home
// secretary"), so news's commoner forms were no trigger: "China has named
// Donald Tsang Hong Kong's acting Chief Executive", "Microsoft named Steve
// Ballmer chief executive", "John Reid was named home secretary". The office
// title after the person (active) or after the verb (passive) is what makes
// "named" an appointment and not a naming ("a man named John Smith", "was
// named after his grandfather", "was named in the squad").

// namedForms are the forms of "name" read here ("name" itself is most often a
// noun).
var namedForms = map[string]bool{"named": true, "names": true, "naming": true}

// namedTitles are the office heads a person is named to: officeTitles and
// the posts of companies and teams.
func namedTitle(w string) bool {
	if officeTitles[w] {
		return true
	}
	switch w {
	case "executive", "captain", "coach", "manager", "chairperson", "deputy", "spokesman", "spokeswoman",
		"successor", "treasurer", "administrator", "commissioner", "ceo", "cfo", "editor", "president-elect":
		return true
	}
	return false
}

// namedOffice reads the office after k: up to six words of its own name
// (determiners, possessives, names, "acting", "new", "prime", "foreign") and
// a title head. "chief" and "head" must head the phrase themselves or lead
// another title ("chief executive", "head coach"), not a noun ("chief
// suspect", "head injury").
func (p *Pipeline) namedOffice(d *doc, k, se int) (int, bool) {
	for j := k; j < se && j < k+7; j++ {
		lw := d.lower[j]
		if d.mentionAt[j] < 0 && namedTitle(lw) {
			if (lw == "chief" || lw == "head") && j+1 < se && !namedTitle(d.lower[j+1]) && d.lower[j+1] != "of" &&
				p.cls(d, j+1)&wNoun != 0 && d.mentionAt[j+1] < 0 {
				return 0, false
			}
			if j+1 < se && (d.lower[j+1] == "'s" || d.lower[j+1] == "’s") {
				return 0, false // "named the president's adviser" names someone else's man
			}
			return j, true
		}
		if d.mentionAt[j] >= 0 || lw == "'s" || lw == "’s" || p.cls(d, j)&wDet != 0 {
			continue
		}
		switch lw {
		case "new", "acting", "interim", "first", "next", "prime", "vice", "foreign", "defense", "defence",
			"interior", "finance", "justice", "economy", "trade", "health", "education", "home", "deputy",
			"general", "supreme", "army", "military", "party", "state", "national", "joint", "temporary",
			"caretaker", "senior", "managing", "executive", "non-executive", "chief", "head", "its", "his",
			"her", "their", "country", "team", "club", "company", "bank", "group", "board":
			continue
		}
		return 0, false
	}
	return 0, false
}

// namedToOffice reads "named" at i as an appointment: a person named by the
// verb's object, then an office ("named Steve Ballmer chief executive"); or,
// in the passive, the office right after the verb ("was named home
// secretary", "has been named the new coach").
func (p *Pipeline) namedToOffice(d *doc, i, ss, se int) (cameo.Match, bool) {
	k := i + 1
	if k >= se {
		return cameo.Match{}, false
	}
	if i-1 >= ss {
		switch d.lower[i-1] {
		case "was", "were", "is", "are", "been", "be", "being":
			if _, ok := p.namedOffice(d, k, se); (ok || namedTo(d, k, se)) && (d.mentionAt[k] < 0 || d.mentions[d.mentionAt[k]].label != "PER") {
				return cameo.Match{Code: cameo.CodeAppoint, Lemma: "name", Start: i, End: i + 1}, true
			}
			return cameo.Match{}, false
		}
	}
	for k < se && k <= i+2 && d.mentionAt[k] < 0 && titleWord(d.lower[k]) {
		k++ // "named Mr. Tsang", "named General Musharraf"
	}
	mi := d.mentionAt[k]
	if mi < 0 || d.mentions[mi].label != "PER" {
		return cameo.Match{}, false
	}
	if _, ok := p.namedOffice(d, d.mentions[mi].end, se); ok || namedTo(d, d.mentions[mi].end, se) {
		return cameo.Match{Code: cameo.CodeAppoint, Lemma: "name", Start: i, End: i + 1}, true
	}
	return cameo.Match{}, false
}

// leadVerbs are what a person is named to do in an office: "named to lead
// the bank", "named to succeed Nobuyuki Idei".
var leadVerbs = map[string]bool{"lead": true, "head": true, "succeed": true, "replace": true, "run": true, "chair": true}

// seatBodies are the bodies a person is named to a seat on: "named to the
// Supreme Court", "named to the board".
var seatBodies = map[string]bool{
	"court": true, "board": true, "cabinet": true, "commission": true, "committee": true, "panel": true,
	"bench": true, "senate": true, "council": true, "post": true, "job": true, "position": true,
}

// namedTo: "to" at k, then what the person is named to do or the body whose
// seat they take (up to three words of its name).
func namedTo(d *doc, k, se int) bool {
	if k+1 >= se || d.lower[k] != "to" {
		return false
	}
	if leadVerbs[d.lower[k+1]] {
		return true
	}
	if d.lower[k+1] != "the" && d.lower[k+1] != "its" && d.lower[k+1] != "his" && d.lower[k+1] != "her" {
		return false
	}
	for j := k + 2; j < se && j < k+6; j++ {
		if seatBodies[d.lower[j]] {
			return true
		}
	}
	return false
}
