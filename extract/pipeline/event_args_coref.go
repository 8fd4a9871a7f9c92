package pipeline

// frontedEnd returns the first token after a fronted adverbial phrase that
// opens sentence si ("In a statement released after Mr. Cheney's speech,
// Senate Minority Leader Harry Reid accused"): a preposition opening the
// sentence, and the comma that closes its phrase within a few words. A
// person named inside such a phrase is not the sentence's subject, and a verb
// inside it ("released") is not the sentence's verb. It returns the
// sentence's start when no such phrase opens it.
func (p *Pipeline) frontedEnd(d *doc, si int) int {
	s := d.sents[si]
	k := s.Start
	if k < s.End && (d.lower[k] == "but" || d.lower[k] == "and") {
		k++
	}
	if k >= s.End || d.mentionAt[k] >= 0 || p.cls(d, k)&wPrep == 0 || d.lower[k] == "that" {
		return s.Start
	}
	for j := k + 1; j < s.End && j < k+20; j++ {
		if d.lower[j] == "," {
			return j + 1
		}
		if isQuoteMark(d.words[j]) || d.lower[j] == ";" {
			break
		}
	}
	return s.Start
}
