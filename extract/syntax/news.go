package syntax

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/extract/ner/corpus"
)

// The treebank is web text (blogs, reviews, e-mail); it has few headlines
// like "Russia annexes Crimea", whose unseen verbs it tags as plural nouns.
// The tagger therefore also learns from GMB's Voice of America news, whose
// Penn Treebank tags (silver: assigned by a tagger) map to UPOS wherever the
// map is unambiguous. Words whose UPOS the PTB tag leaves open (IN: ADP or
// SCONJ; a form of "be" or "have": AUX or VERB; "that": DET, PRON or SCONJ)
// are read but teach nothing. The parser itself learns from EWT alone.

// gmbHeldOut is GMB's tail that NER training holds out (60 eight-sentence
// blocks, extract/ner); the tagger leaves it out too.
const gmbHeldOut = 60 * corpus.GMBDocSentences

// readNews returns up to n GMB sentences, spread evenly over the file, with
// their mapped tags (-1 where the map is ambiguous).
func readNews(path string, n int) ([]Sentence, [][]int32, error) {
	all, err := gmbSentences(path)
	if err != nil {
		return nil, nil, err
	}
	all = all[:len(all)-gmbHeldOut]
	picked := make([]corpus.Sentence, 0, min(n, len(all)))
	for i := range min(n, len(all)) {
		picked = append(picked, all[i*len(all)/min(n, len(all))])
	}
	sents, tags := mappedTags(picked)
	return sents, tags, nil
}

// gmbSentences reads every GMB sentence, in file order; there must be more
// than the held-out tail.
func gmbSentences(path string) ([]corpus.Sentence, error) {
	docs, err := corpus.ReadGMB(path)
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	var all []corpus.Sentence
	for _, d := range docs {
		all = append(all, d.Sentences...)
	}
	if len(all) <= gmbHeldOut {
		return nil, fmt.Errorf("syntax: %s: only %d sentences", path, len(all))
	}
	return all, nil
}

// mappedTags maps each sentence's PTB tags to UPOS (-1 where ambiguous),
// leaving out sentences whose tags do not match their words.
func mappedTags(ss []corpus.Sentence) ([]Sentence, [][]int32) {
	var sents []Sentence
	var tags [][]int32
	for _, s := range ss {
		if len(s.POS) != len(s.Words) {
			continue
		}
		t := make([]int32, len(s.Words))
		for k, w := range s.Words {
			t[k] = ptbToUPOS(w, s.POS[k])
		}
		sents = append(sents, Sentence{Words: s.Words})
		tags = append(tags, t)
	}
	return sents, tags
}

// auxForms are the forms of be, have and do, which UD tags AUX or VERB by
// their use; their PTB tags do not tell.
var auxForms = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"'s": true, "'re": true, "'m": true, "have": true, "has": true, "had": true, "having": true, "'ve": true,
	"'d": true, "do": true, "does": true, "did": true, "get": true, "got": true, "gets": true,
}

// ptbToUPOS maps a Penn Treebank tag to a UPOS class, or -1.
func ptbToUPOS(word, tag string) int32 {
	u := ""
	lower := strings.ToLower(word)
	switch tag {
	case "NN", "NNS":
		u = "NOUN"
	case "NNP", "NNPS":
		u = "PROPN"
	case "JJ", "JJR", "JJS":
		u = "ADJ"
	case "CD":
		u = "NUM"
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
		if !auxForms[lower] {
			u = "VERB"
		}
	case "MD":
		u = "AUX"
	case "RB", "RBR", "RBS":
		switch lower {
		case "not", "n't":
			u = "PART"
		default:
			u = "ADV"
		}
	case "PRP", "PRP$", "WP", "WP$", "EX":
		u = "PRON"
	case "CC":
		u = "CCONJ"
	case "POS":
		u = "PART"
	case "UH":
		u = "INTJ"
	case "RP":
		u = "ADP"
	case "PDT":
		u = "DET"
	case "DT":
		switch lower {
		case "the", "a", "an", "no", "every":
			u = "DET"
		}
	case ".", ",", ":", "``", "''", "\"", "LRB", "RRB", "-LRB-", "-RRB-", ";":
		u = "PUNCT"
	case "$", "#":
		u = "SYM"
	}
	if c, ok := tagIndex(u); ok {
		return int32(c)
	}
	return -1
}

// readNewsHeldOut returns GMB's held-out tail with mapped tags, to score
// tagging on news.
func readNewsHeldOut(path string) ([]Sentence, [][]int32, error) {
	all, err := gmbSentences(path)
	if err != nil {
		return nil, nil, err
	}
	sents, tags := mappedTags(all[len(all)-gmbHeldOut:])
	return sents, tags, nil
}

// NewsTagAccuracy tags GMB's held-out news sentences and returns the share of
// words whose PTB tag maps to one UPOS that get that UPOS, and their number.
func (p *Parser) NewsTagAccuracy(gmbPath string) (float64, int, error) {
	sents, tags, err := readNewsHeldOut(gmbPath)
	if err != nil {
		return 0, 0, err
	}
	right, all := 0, 0
	for i, s := range sents {
		got := p.Tag(s.Words)
		for k, g := range tags[i] {
			if g < 0 {
				continue
			}
			all++
			if got[k] == upos[g] {
				right++
			}
		}
	}
	return pct(right, all), all, nil
}
