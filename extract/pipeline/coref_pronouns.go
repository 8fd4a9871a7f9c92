package pipeline

import "github.com/newsgraph/newsgraph/extract"

// resolvePronouns links a sentence-initial "He" or "She" to the person the
// previous sentence was about, only when that sentence opens with the person's
// name and names no other person: "Kerry met Lavrov" leaves "He" unresolved,
// "Kerry arrived in Paris on Sunday. He said" does not. Pronouns elsewhere in a
// sentence, "they", "it" and cataphora are left alone: a wrong link merges two
// people in the graph, a missing one only loses a mention. The mention is
// evidence, not an alias. It runs after events so that event participants still
// come from names and descriptions only.
func (p *Pipeline) resolvePronouns(d *doc) {
	for si := 1; si < len(d.sents); si++ {
		s := d.sents[si]
		k := s.Start
		if k >= s.End || k >= len(d.toks) || d.mentionAt[k] >= 0 || d.lower[k] != "he" && d.lower[k] != "she" {
			continue
		}
		who := sentenceSubject(d, d.sents[si-1].Start, d.sents[si-1].End)
		if who < 0 || otherGender(d, who, d.lower[k]) {
			continue // (not "Ms Clarkson arrived on Sunday. He said": someone else)
		}
		idx := len(d.mentions)
		d.mentions = append(d.mentions, &mention{start: k, end: k + 1, label: "PER", ent: who, nominal: true})
		d.mentionAt[k] = idx
		d.ents[who].mentions = append(d.ents[who].mentions, idx)
	}
}

// sentenceSubject returns the person whose name (or pronoun) opens tokens
// [start, end) when no other person is named there, else -1.
func sentenceSubject(d *doc, start, end int) int {
	who, first := -1, true
	for _, m := range d.mentionsIn(start, end) {
		if m.ent < 0 {
			continue
		}
		isPerson := d.ents[m.ent].typ == extract.Person
		if first {
			first = false
			// the name must open the sentence, titles and determiners aside
			if !isPerson || !opensSentence(d, start, m.start) {
				return -1
			}
			who = m.ent
			continue
		}
		if isPerson && m.ent != who {
			return -1
		}
	}
	return who
}

// opensSentence reports whether only a title, a nationality or a determiner
// stands before token i in a sentence starting at start: "Russian Foreign
// Minister Sergey Lavrov said".
func opensSentence(d *doc, start, i int) bool {
	for k := start; k < i; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].label == "NORP" {
			k = d.mentions[mi].end - 1
			continue
		}
		switch d.lower[k] {
		case "the", "but", "and", "yet", "u.s.", "former", "mr.", "mrs.", "ms.", "dr.":
			continue
		}
		if isQuoteMark(d.words[k]) {
			continue
		}
		return false
	}
	return true
}
