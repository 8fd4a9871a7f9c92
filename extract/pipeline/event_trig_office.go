package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Entering an office, told without an appointing verb. CAMEO has no verb for
// it (its "take" and "assume" patterns code other things), so "took office in
// February 2008", "assumed command of the force", "became prime minister in
// 1997" were no trigger at all. The inventory's APPOINTMENT is the start of
// an office however it is told; the one who enters it is its PATIENT, the
// sentence subject (the match is Reverse, as "faced trial").

// enterVerbs take the office noun as their object: "took office", "assumed
// the presidency", "took up the post".
var enterVerbs = map[string]bool{
	"take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"assume": true, "assumes": true, "assumed": true, "assuming": true,
}

// officeObjects are the nouns that name an office as a thing entered.
// ("control" and "power" are left out: "took control of the city", "took power
// in a coup" are seizures as often as offices.)
var officeObjects = map[string]bool{
	"office": true, "command": true, "presidency": true, "premiership": true, "chancellorship": true,
	"helm": true, "post": true, "throne": true, "reins": true, "leadership": true, "chairmanship": true,
	"oath": true, // "have taken the oath of office", "took the oath as president" (not "an oath of loyalty")
}

// becomeVerbs take an office title as their complement: "became prime minister".
var becomeVerbs = map[string]bool{"become": true, "becomes": true, "became": true, "becoming": true}

// installForms: "install" puts a person in office (officeEntered).
var installForms = map[string]bool{"install": true, "installs": true, "installed": true, "installing": true}

// officeTitles are the head nouns of offices a person becomes.
var officeTitles = map[string]bool{
	"president": true, "minister": true, "premier": true, "chancellor": true, "secretary": true,
	"secretary-general": true, "governor": true, "mayor": true, "king": true, "queen": true, "emperor": true,
	"pope": true, "chairman": true, "chairwoman": true, "speaker": true, "leader": true, "commander": true,
	"ambassador": true, "envoy": true, "chief": true, "head": true, "director": true,
	"prosecutor": true, "justice": true, "governor-general": true, "vice-president": true,
}

// officeEntered reads an office entered from the verb at i: the match spans
// the verb to the office noun or title, so what follows is read as the
// office's complement, not as a participant.
func (p *Pipeline) officeEntered(d *doc, i, se int) (cameo.Match, bool) {
	w := d.lower[i]
	switch {
	case enterVerbs[w]:
		j := i + 1
		if j < se && (d.lower[j] == "up" || d.lower[j] == "over") {
			j++ // "took up the post", "took over the presidency"
		}
		for n := 0; n < 2 && j < se && d.mentionAt[j] < 0 && (p.cls(d, j)&wDet != 0 || d.lower[j] == "'s") && !officeObjects[d.lower[j]]; n++ {
			j++ // "assumed the presidency", "took her current position"
		}
		if j < se && d.mentionAt[j] < 0 && (d.lower[j] == "current" || d.lower[j] == "new" || d.lower[j] == "interim" || d.lower[j] == "rotating") {
			j++
		}
		if j >= se || d.mentionAt[j] >= 0 || !officeObjects[d.lower[j]] {
			return cameo.Match{}, false
		}
		if d.lower[j] == "oath" && j+1 < se && d.lower[j+1] == "of" && (j+2 >= se || d.lower[j+2] != "office") {
			return cameo.Match{}, false // "took an oath of loyalty": a vow, no office entered
		}
		if d.lower[j] == "post" && j+1 < se && (d.lower[j+1] == "office" || d.lower[j+1] == "offices") {
			return cameo.Match{}, false // "took the post office"
		}
		if j+1 < se && (d.lower[j+1] == "building" || d.lower[j+1] == "buildings" || d.lower[j+1] == "space") {
			return cameo.Match{}, false // "took the office building": a place
		}
		return cameo.Match{Code: cameo.CodeAppoint, Lemma: "take office", Start: i, End: j + 1, Reverse: true}, true
	case becomeVerbs[w]:
		// up to five words of the office's own name between: "became the
		// country's first elected president", "became Northern Ireland Secretary"
		for j := i + 1; j < se && j <= i+6; j++ {
			lw := d.lower[j]
			if officeTitles[lw] {
				if j+2 < se && d.lower[j+1] == "to" && p.cls(d, j+2)&wVerb != 0 {
					return cameo.Match{}, false // "became the first president to visit": a first, not an office entered
				}
				if j+1 < se && (d.lower[j+1] == "'s" || d.lower[j+1] == "’s") {
					return cameo.Match{}, false // "became the president's adviser"
				}
				return cameo.Match{Code: cameo.CodeAppoint, Lemma: "become", Start: i, End: j + 1, Reverse: true}, true
			}
			if d.mentionAt[j] >= 0 || lw == "the" || lw == "a" || lw == "an" || lw == "'s" || lw == "’s" || lw == "first" ||
				lw == "prime" || lw == "vice" || lw == "deputy" || lw == "foreign" || lw == "defense" || lw == "defence" ||
				lw == "interior" || lw == "finance" || lw == "party" || lw == "state" || lw == "army" || lw == "military" ||
				lw == "elected" || lw == "new" || lw == "acting" || lw == "interim" || lw == "general" || lw == "supreme" ||
				lw == "chief" || lw == "country" || lw == "nation" || lw == "its" || lw == "his" || lw == "her" || lw == "their" {
				continue
			}
			return cameo.Match{}, false
		}
	case installForms[w]:
		// "the military briefly installed Mr. Gnassingbe": a person put in
		// office (installing equipment names no person)
		j := i + 1
		for j < se && j <= i+2 && d.mentionAt[j] < 0 && titleWord(d.lower[j]) {
			j++
		}
		if j < se && d.mentionAt[j] >= 0 && d.mentions[d.mentionAt[j]].label == "PER" {
			return cameo.Match{Code: cameo.CodeAppoint, Lemma: "install", Start: i, End: i + 1}, true
		}
	}
	return cameo.Match{}, false
}

// titleWord: a courtesy title before a name ("Mr.", "Dr.").
func titleWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "mr", "mrs", "ms", "dr", "president", "general", "gen", "prime", "minister", "sheikh":
		return true
	}
	return false
}
