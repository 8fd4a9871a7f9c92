package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// A ruler's fall told by a noun (fourteenth session): "since the fall of
// dictator Mohamed Siad Barre in 1991", "after the 1991 overthrow of
// dictator Mohamed Siad Barre", "led to the downfall of Lebanon's
// pro-Syrian Prime Minister Omar Karami". The guideline reads each as the
// ruler leaving office, a RESIGNATION (as "the ouster of President
// Aristide", curated); the nouns name falls of prices, walls and
// currencies far more often ("a fall of 2.8%", "the fall of the
// dollar"), so only a person named after "of", with at most the words of
// a title or a possessor between, makes one.

// fallNouns are the nouns of a ruler's fall.
var fallNouns = map[string]bool{"fall": true, "downfall": true, "overthrow": true, "toppling": true}

// rulerFell reads "the fall of <person>" at i; the match spans the noun
// alone, the person after "of" its participant.
func (p *Pipeline) rulerFell(d *doc, i, se int) (cameo.Match, bool) {
	if !fallNouns[d.lower[i]] || i+2 >= se || d.lower[i+1] != "of" {
		return cameo.Match{}, false
	}
	for k := i + 2; k < se && k <= i+8; k++ {
		if personMention(d, k) {
			return cameo.Match{Code: cameo.CodeResign, Lemma: "fall", Start: i, End: i + 1, Nominal: true}, true
		}
		w := d.lower[k]
		if d.mentionAt[k] >= 0 || w == "'s" || w == "’s" || titleWord(w) || officeTitles[w] || rulerWords[w] {
			continue // "Lebanon's pro-Syrian Prime Minister", "dictator", "President"
		}
		return cameo.Match{}, false
	}
	return cameo.Match{}, false
}

// rulerWords may stand in a ruler's title before the name.
var rulerWords = map[string]bool{
	"dictator": true, "strongman": true, "former": true, "then": true, "pro-syrian": true, "pro-western": true,
	"military": true, "ruler": true, "longtime": true, "long-time": true, "authoritarian": true, "the": true,
	"prime": true, "vice": true, "deputy": true, "communist": true, "party": true, "general": true, "gen.": true,
}

// fallenArgs makes the ruler who fell the PATIENT (the one who leaves
// office, as in "was ousted"); "of" gave a bare participant.
func fallenArgs(ev *event) {
	for k := range ev.parts {
		if ev.parts[k].role == participant {
			ev.parts[k].role = patient
		}
	}
}
