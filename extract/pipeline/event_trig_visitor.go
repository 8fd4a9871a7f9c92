package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Telling a visitor something is meeting them.
//
// "Mr. Chirac told visiting Croatian Prime Minister Ivo Sanader that the
// schedule should be respected", "Mr. Chen told a visiting Japanese
// delegation Monday that", "Kim Jong-il told a visiting Chinese diplomat
// this week that": the listener is described by "visiting", so the speech
// was made face to face, and the Guideline makes it a MEET of the speaker
// and the visitor (the `dev16`, `dev44`, `dev45` readings). CAMEO reads
// "told" as a statement (010), which the quote carries. "told reporters",
// "told a news conference" and "told visiting journalists" (press, which
// quotes carry) are left alone: only a visitor named, or told by a
// nationality, counts. Added in the nineteenth session (helper visit20).

// visitorToldForms are the verbs of speech whose listener can be a visitor.
var visitorToldForms = map[string]bool{"told": true, "tells": true, "telling": true}

// visitorToldLemma marks a match of visitorTold (no say verb, which
// scanTriggers skips).
const visitorToldLemma = "tell visitor"

// visitorStarts are the words visitorTold can fire on (scanFamilies).
func visitorStarts() []string { return wordsOf(visitorToldForms) }

// visitorTold reads a meeting from a verb of speech at i whose listener is
// "(a|the) visiting" and a named person or a nationality.
func (p *Pipeline) visitorTold(d *doc, i, si int) (cameo.Match, bool) {
	se := d.sents[si].End
	if !visitorToldForms[d.lower[i]] || d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	k := i + 1
	if k < se && (d.lower[k] == "a" || d.lower[k] == "the") {
		k++
	}
	if k+1 >= se || d.lower[k] != "visiting" {
		return cameo.Match{}, false
	}
	if visitorAt(d, k+1, se) < 0 {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "040", Lemma: visitorToldLemma, Start: i, End: i + 1}, true
}

// visitorAt is the visitor named at k: a person's name past title words
// ("Croatian Prime Minister Ivo Sanader"), else a nationality before a
// common noun ("a Japanese delegation", "a Chinese diplomat"); -1 when
// neither ("visiting journalists", "visiting Japan").
func visitorAt(d *doc, k, se int) int {
	nat := -1
	for n := 0; n < 5 && k < se; n++ {
		mi := d.mentionAt[k]
		if mi < 0 {
			if nat >= 0 && !titleWord(d.lower[k]) && !officeTitles[d.lower[k]] {
				return nat // "Japanese delegation": the people are the nationality's
			}
			if !titleWord(d.lower[k]) && !officeTitles[d.lower[k]] {
				return -1
			}
			k++
			continue
		}
		mn := d.mentions[mi]
		if mn.ent < 0 {
			return -1
		}
		switch {
		case mn.label == "NORP" && nat < 0:
			nat = mn.ent
			k = mn.end
		case d.ents[mn.ent].typ == extract.Person && !mn.nominal:
			return mn.ent
		default:
			return -1
		}
	}
	return -1
}

// visitorParts adds the visitor to a meeting read by visitorTold: the
// argument reader takes the speaker and stops at "a visiting", which it
// reads as the visit's own trigger.
func visitorParts(d *doc, ev *event, se int) {
	if ev.typ != "MEET" || !visitorToldForms[d.lower[ev.trigStart]] {
		return
	}
	k := ev.trigEnd
	if k < se && (d.lower[k] == "a" || d.lower[k] == "the") {
		k++
	}
	if k+1 >= se || d.lower[k] != "visiting" {
		return
	}
	if e := visitorAt(d, k+1, se); e >= 0 {
		ev.addPart(e, participant)
	}
}
