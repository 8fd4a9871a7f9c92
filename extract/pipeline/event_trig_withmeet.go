package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Meeting told by what two people did together.
//
// Shaking hands with someone or dining with them is meeting them: "Israeli
// President Moshe Katsav has shaken hands with Syrian President Bashar
// al-Assad" (a MEET of each pair who shook hands or spoke at a funeral,
// the `dev38`..`dev41` reading), "Mr. Clinton had dinner with President
// Chen Shui-bian". CAMEO has no pattern for either. Only a party the text
// names (or a title and a name, or a nationality and an office) right
// after "with" counts: "shook hands on the deal", "dinner with friends"
// tell no meeting. Added in the eighteenth session (helper gather19).

var shakeForms = map[string]bool{"shake": true, "shakes": true, "shook": true, "shaken": true, "shaking": true}

// mealNouns are meals shared with someone.
var mealNouns = map[string]bool{"dinner": true, "lunch": true, "luncheon": true, "breakfast": true, "banquet": true}

// withMeetStarts are the words metWith can fire on (scanFamilies).
func withMeetStarts() []string { return append(wordsOf(shakeForms), wordsOf(mealNouns)...) }

// metWith reads a meeting from "shook hands with" or a meal "with" a
// named party at i of sentence si; the match ends before "with", so the
// argument reader takes the party after it as the other side.
func (p *Pipeline) metWith(d *doc, i, si int) (cameo.Match, bool) {
	se := d.sents[si].End
	w := d.lower[i]
	if d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	switch {
	case shakeForms[w]:
		if i+2 >= se || d.lower[i+1] != "hands" || d.lower[i+2] != "with" || !p.partyAfterWith(d, i+3, se) {
			return cameo.Match{}, false
		}
		return cameo.Match{Code: "040", Lemma: "shake hands", Start: i, End: i + 2}, true
	case mealNouns[w]:
		if i+1 >= se || d.lower[i+1] != "with" || !p.partyAfterWith(d, i+2, se) || p.sportsContext(d, si) {
			return cameo.Match{}, false
		}
		return cameo.Match{Code: "040", Lemma: "dine", Start: i, End: i + 1, Nominal: true}, true
	}
	return cameo.Match{}, false
}

// partyAfterWith: a named party opens at k, or after an article, a
// nationality and office words ("the Ugandan president", "Syrian President
// Bashar al-Assad", "top officials of the World Jewish Congress").
func (p *Pipeline) partyAfterWith(d *doc, k, se int) bool {
	office, nation := false, false
	for n := 0; k < se && n < 6; n++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := d.mentions[mi]
			if m.label == "NORP" {
				nation, k = true, m.end
				continue
			}
			return m.ent >= 0 && (m.label == "PER" || m.label == "ORG" || m.label == "LOC" && (office || n == 0))
		}
		w := d.lower[k]
		switch {
		case w == "the" || w == "his" || w == "her" || w == "their" || w == "top" || w == "senior":
		case titleWord(w) || officeTitles[w] || visitorNouns[w] || w == "counterpart" || w == "officials" || w == "leaders" || w == "ministers":
			office = true
		case w == "of" && office:
		default:
			return office && nation
		}
		k++
	}
	return office && nation
}
