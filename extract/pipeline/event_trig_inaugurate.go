package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// A person inaugurated (fourteenth session). CAMEO files "inaugurate"
// with launching projects (06x, 014), and news inaugurates pipelines,
// mills and markets as often as presidents. An inauguration is the start
// of an office, an APPOINTMENT, only with a person as the one inaugurated:
// "ahead of his inauguration", "the inauguration of President Lula", "He
// will be inaugurated on May 14", "was inaugurated as president". Not
// "the inauguration of a new government", "the link will be inaugurated".

// inaugurateForms are the word forms read, nouns marked true.
var inaugurateForms = map[string]bool{
	"inauguration": true, "inaugurations": true,
	"inaugurated": false, "inaugurate": false, "inaugurates": false,
}

// personInaugurated reads a person's inauguration at i; the person is
// its PATIENT (the passive's subject).
func (p *Pipeline) personInaugurated(d *doc, i, ss, se int) (cameo.Match, bool) {
	noun, ok := inaugurateForms[d.lower[i]]
	if !ok {
		return cameo.Match{}, false
	}
	m := cameo.Match{Code: cameo.CodeAppoint, Lemma: "inaugurate", Start: i, End: i + 1, Nominal: noun}
	if noun {
		if i > ss && (d.lower[i-1] == "his" || d.lower[i-1] == "her") {
			return m, true // "ahead of his inauguration"
		}
		if i-1 > ss && (d.lower[i-1] == "'s" || d.lower[i-1] == "’s") && personMention(d, i-2) {
			return m, true // "Morales's inauguration"
		}
		k := i + 1
		if k < se && d.lower[k] == "of" {
			for k++; k < se && k <= i+4 && d.mentionAt[k] < 0 && (titleWord(d.lower[k]) || officeTitles[d.lower[k]] || d.lower[k] == "new"); k++ {
			}
			if personMention(d, k) {
				return m, true // "the inauguration of President Lula"
			}
		}
		return cameo.Match{}, false
	}
	if i+2 < se && d.lower[i+1] == "as" && (officeTitles[d.lower[i+2]] || d.lower[i+2] == "the" && officeTitleWithin(d, i+3, se)) {
		return m, true // "was inaugurated as president"
	}
	j := i - 1
	for n := 0; n < 3 && j >= ss && (isBe(d.lower[j]) || d.lower[j] == "will" || d.lower[j] == "to" || d.lower[j] == "has" || d.lower[j] == "have" || d.lower[j] == "had"); n++ {
		j--
	}
	if j < i-1 && j >= ss && (d.lower[j] == "he" || d.lower[j] == "she" || personMention(d, j)) {
		return m, true // "He will be inaugurated on May 14"
	}
	return cameo.Match{}, false
}

// personMention: a person's name ends at k.
func personMention(d *doc, k int) bool {
	return k >= 0 && k < len(d.mentionAt) && d.mentionAt[k] >= 0 && d.mentions[d.mentionAt[k]].label == "PER"
}

// officeTitleWithin: an office title within three words from k.
func officeTitleWithin(d *doc, k, se int) bool {
	for j := k; j < se && j < k+3; j++ {
		if officeTitles[d.lower[j]] {
			return true
		}
	}
	return false
}
