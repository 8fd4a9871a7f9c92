package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A counted crowd that gathered for a cause (eighteenth session, helper
// protest19). "More than 10,000 Hamas sympathizers gathered in Ramallah to
// mark the anniversary of the death of its founder", "Hundreds of mourners
// gathered to pay final respects to a rebel leader", "thousands of Shi'ite
// Muslims rallied Friday in Basra in a show of support for the
// government": the lexicon reads "gathered" and "rallied" as no event, and
// the Guideline reads such a gathering as the PROTEST (a rally in support
// of a leader, mourners gathering for a rebel leader's funeral, a mass
// rally to mark a death). gatheredFor (event_args_protestaim.go) already
// takes the gathering told by "to protest"; this reads the gathering whose
// cause is told otherwise.
//
// Three things make a gathering a political one rather than fans at a
// match or pilgrims at a festival: a crowd counted at the head of its
// clause ("hundreds of", "10,000"), a head noun naming people who take
// sides (supporters, mourners, activists, a nationality or group) rather
// than spectators, and a cause told after the verb (to mark, to demand,
// in support, against). Measured on TUNE: of the 12 sentences where a
// counted crowd gathered, rallied or massed, 7 are labelled a PROTEST;
// the five others are a crowd killed by a blast, pilgrims at a festival,
// protesters detained, and two gatherings "to protest" (gatheredFor's).

// crowdVerbs tell a crowd coming together; "marched" and "poured" are
// lexicon triggers of their own.
var crowdVerbs = map[string]bool{
	"gathered": true, "rallied": true, "massed": true, "assembled": true, "converged": true,
	"thronged": true, "congregated": true,
}

// crowdHeads name people who gather to take a side; a spectator's noun
// (fans, pilgrims, shoppers) is none.
var crowdHeads = map[string]bool{
	"people": true, "supporters": true, "sympathizers": true, "sympathisers": true, "mourners": true,
	"activists": true, "protesters": true, "protestors": true, "demonstrators": true, "students": true,
	"workers": true, "residents": true, "villagers": true, "refugees": true, "opponents": true,
	"followers": true, "members": true, "women": true, "citizens": true, "muslims": true,
	"christians": true, "loyalists": true, "veterans": true, "farmers": true, "youths": true,
}

// crowdCause: words after the verb that tell the gathering's cause.
var crowdCause = map[string]bool{
	"mark": true, "marking": true, "commemorate": true, "commemorating": true, "mourn": true,
	"mourning": true, "respects": true, "support": true, "solidarity": true, "against": true,
	"demand": true, "demanding": true, "denounce": true, "denouncing": true, "condemn": true,
	"condemning": true, "chanting": true, "chanted": true, "slogans": true, "protest": true,
	"protesting": true, "rally": true, "vigil": true, "funeral": true, "anniversary": true,
	"honor": true, "honour": true, "remember": true, "oppose": true, "opposing": true,
}

// vigilNouns name a gathering held to take a side ("Mrs. Sheehan began
// holding vigils in Crawford", "supporters have continued their vigil in
// the capital"): CAMEO's 141 (demonstrate or rally) has no entry for them,
// and the Guideline reads a vigil of a candidate's supporters as a PROTEST.
var vigilNouns = map[string]bool{"vigil": true, "vigils": true, "sit-in": true, "sit-ins": true}

// crowdWords lists the words crowdGathered fires on, for scanFamilies.
func crowdWords() []string {
	return append(wordsOf(crowdVerbs), wordsOf(vigilNouns)...)
}

// crowdGathered reads a counted crowd gathering for a cause at i (the
// verb), or a vigil; the match spans the word.
func (p *Pipeline) crowdGathered(d *doc, i, ss, se int) (cameo.Match, bool) {
	if d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	if vigilNouns[d.lower[i]] {
		return cameo.Match{Code: "141", Lemma: "vigil", Start: i, End: i + 1, Nominal: true}, true
	}
	if !crowdVerbs[d.lower[i]] {
		return cameo.Match{}, false
	}
	h := i - 1
	if h > ss && (d.lower[h] == "have" || d.lower[h] == "had" || d.lower[h] == "has") {
		h-- // "have rallied"
	}
	if h <= ss || !p.crowdHead(d, h) {
		return cameo.Match{}, false
	}
	// the count: "hundreds of [Hamas] sympathizers", "10,000 people"
	c := -1
	for k := h - 1; k >= ss && k >= h-4; k-- {
		w := d.lower[k]
		if w == "of" && k > ss && quantityNouns[d.lower[k-1]] {
			c = k - 1
			break
		}
		if allDigits(strings.ReplaceAll(w, ",", "")) {
			c = k
			break
		}
		if d.mentionAt[k] < 0 && p.cls(d, k)&(wAdj|wNoun) == 0 {
			return cameo.Match{}, false // "killed 17 people gathered at a cafe" stops at the verb
		}
	}
	if c < 0 {
		return cameo.Match{}, false
	}
	// the count opens its clause: not the object of a verb or preposition
	// ("killed 17 people gathered", "among hundreds of people gathered")
	k := c - 1
	for k >= ss && crowdCountWords[d.lower[k]] { // "more than", "hundreds of" (event_args_before.go)
		k--
	}
	if k >= ss && d.lower[k] != "," && d.lower[k] != ";" && d.lower[k] != "meanwhile" && d.lower[k] != "and" &&
		(d.mentionAt[k] >= 0 || p.cls(d, k)&(wVerb|wPast|wPrep|wNoun) != 0) {
		return cameo.Match{}, false
	}
	for j := i + 1; j < se; j++ {
		if crowdCause[d.lower[j]] {
			return cameo.Match{Code: "141", Lemma: "rally", Start: i, End: i + 1}, true
		}
	}
	return cameo.Match{}, false
}

// crowdHead: the word at h names people who take sides: a listed noun,
// or a group or nationality ("Iraqis", "Hamas sympathizers").
func (p *Pipeline) crowdHead(d *doc, h int) bool {
	if crowdHeads[d.lower[h]] {
		return true
	}
	return d.mentionAt[h] >= 0 && !personMention(d, h) && strings.HasSuffix(d.lower[h], "s")
}
