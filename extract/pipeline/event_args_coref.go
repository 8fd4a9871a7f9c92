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

// statusWords tell a person's standing apart from the title in a
// description: "the exiled former leader", "the ousted president", "the
// former dictator". They are passed over so that the title decides whom the
// description names.
var statusWords = map[string]bool{
	"former": true, "exiled": true, "ousted": true, "deposed": true, "toppled": true, "jailed": true,
	"imprisoned": true, "detained": true, "ailing": true, "late": true, "outgoing": true, "embattled": true,
}

// leaderNouns name the one who rules a country without a title of office:
// "the former dictator", "the exiled strongman".
var leaderNouns = map[string]bool{"leader": true, "dictator": true, "strongman": true, "ruler": true}

// afterStatus returns the first token at or after j that is no status word.
func afterStatus(d *doc, j int) int {
	for j < len(d.toks) && j < len(d.lower) && d.mentionAt[j] < 0 && statusWords[d.lower[j]] {
		j++
	}
	return j
}
