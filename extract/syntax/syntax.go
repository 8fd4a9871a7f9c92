// Package syntax tags the words of one sentence with Universal POS tags and
// parses them into a labelled Universal Dependencies tree (head and relation
// per word), so later stages can read who did what to whom from the tree
// instead of from word order.
//
// The tagger is a greedy averaged perceptron; the parser is a greedy
// arc-hybrid transition parser with an averaged perceptron trained with a
// dynamic oracle, plus a perceptron over head and dependent that names each
// arc's relation. Both are trained by our own code from the UD English Web
// Treebank (CC BY-SA 4.0); model.bin holds only hashed feature weights.
//
// Rebuild and score the model:
//
//	newsgraph train syntax --ud ../shared/data/ud_english_ewt   # writes extract/syntax/model.bin
//	newsgraph eval syntax --ud ../shared/data/ud_english_ewt    # UPOS, UAS, LAS on dev and test
//
// Tokens: the parser expects treebank-style words, which is what
// extract/tokenize gives for clitics ("do" "n't", "Russia" "'s"). Where the
// two differ ("cannot" and "gonna" are one token for us and two words in
// UD; "Al-Zaman" is one token for us and three in EWT) the word is parsed
// as one unseen word, from its suffix and shape features.
package syntax

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

//go:embed model.bin
var embeddedModel []byte

// Word is the analysis of one word of a sentence.
type Word struct {
	Tag  string // UPOS: NOUN, VERB, PROPN...
	Head int    // index of the head word in the sentence; -1 for the root
	Rel  string // UD relation to the head: nsubj, obj, obl, root...
}

// Parser tags and parses sentences. It is safe for concurrent use.
type Parser struct {
	m      *Model
	tags   *sparseTable
	moves  *moveTable
	labels *sparseTable
	dict   *tagDict
	rules  []int16   // by ruleIndex: the relation, or -1
	pool   sync.Pool // *scratch; per parser, not global
}

// scratch holds one call's buffers so parsing allocates nothing once warm.
type scratch struct {
	ws     []wordInfo
	tags   []int32
	feats  []uint64
	scores []int32
	st     state
}

// New decodes the embedded model.
func New() (*Parser, error) {
	p, err := load(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded model.bin: %w", err)
	}
	return p, nil
}

// NewWith builds a parser from a model (a trained one, or one DecodeModel
// read: loading a file is LoadFile's).
func NewWith(m *Model) *Parser {
	return parserFrom(m, newSparseTable(m.tags), newMoveTable(m.moves), newSparseTable(m.labels))
}

// parserFrom keeps only the model's relation names and shortcuts: its
// weight tables are the fast ones given, and keeping the decoded ones too
// held three times the memory for as long as the parser lives.
func parserFrom(m *Model, tags *sparseTable, moves *moveTable, labels *sparseTable) *Parser {
	return &Parser{m: &Model{rels: m.rels, root: m.root}, tags: tags, moves: moves, labels: labels,
		dict: newTagDict(m.dictKeys, m.dictTags), rules: ruleTable(m.rules)}
}

func (p *Parser) getScratch() *scratch {
	if s, ok := p.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]int32, max(numTags, len(p.m.rels), numMoves))}
}

// Parse tags and parses the words of one sentence. The result has one Word
// per input word.
func (p *Parser) Parse(words []string) []Word {
	return p.ParseInto(nil, words)
}

// ParseInto is Parse appending to dst[:0], so a caller can reuse its buffer.
func (p *Parser) ParseInto(dst []Word, words []string) []Word {
	dst = dst[:0]
	if len(words) == 0 {
		return dst
	}
	s := p.getScratch()
	defer p.pool.Put(s)
	p.tag(s, words)
	p.parse(s)
	for i := range words {
		k := i + 1
		h := int(s.st.heads[k]) - 1
		rel := ""
		if r := s.st.rels[k]; r >= 0 && int(r) < len(p.m.rels) {
			rel = p.m.rels[r]
		}
		dst = append(dst, Word{Tag: upos[s.tags[i]], Head: h, Rel: rel})
	}
	return dst
}

// Tag returns the UPOS tag of each word, without parsing.
func (p *Parser) Tag(words []string) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	s := p.getScratch()
	defer p.pool.Put(s)
	p.tag(s, words)
	for i := range words {
		out[i] = upos[s.tags[i]]
	}
	return out
}

func (p *Parser) tag(s *scratch, words []string) {
	n := len(words)
	if cap(s.ws) < n+4 {
		s.ws = make([]wordInfo, n+4)
	}
	s.ws = s.ws[:n+4]
	padWords(s.ws, words)
	s.tags = s.tags[:0]
	p1, p2 := tagStart, tagStart
	sc := s.scores[:numTags]
	for i := range n {
		t := p.dict.lookup(s.ws[i+2].norm)
		if t < 0 {
			s.feats = tagFeatures(s.feats[:0], s.ws, i, p1, p2)
			p.tags.score(s.feats, sc)
			t = argmax(sc)
		}
		s.tags = append(s.tags, int32(t))
		p2, p1 = p1, t
	}
}

func (p *Parser) parse(s *scratch) {
	n := len(s.tags)
	st := &s.st
	st.reset(n)
	copy(st.ws[1:], s.ws[2:n+2])
	copy(st.tags[1:], s.tags)
	for !st.done() {
		valid := st.valid()
		best, nValid := -1, 0
		for m := range numMoves {
			if valid[m] {
				best = m
				nValid++
			}
		}
		// A forced move (only SHIFT onto the bare root; only RIGHT once the
		// buffer is empty) needs no scores: 16% of the moves on EWT dev.
		if nValid > 1 {
			s.feats = parseFeatures(s.feats[:0], st)
			mv := p.moves.score(s.feats)
			best = -1
			for m := range numMoves {
				if valid[m] && (best < 0 || mv[m] > mv[best]) {
					best = m
				}
			}
		}
		rel := int32(none)
		if best != moveShift {
			rel = p.label(s, best)
		}
		st.apply(best, rel)
	}
}

// label picks the relation of the arc move m makes.
func (p *Parser) label(s *scratch, m int) int32 {
	st := &s.st
	h, d := st.arc(m)
	if h == 0 {
		return p.m.root
	}
	if r := p.rules[ruleIndex(int(st.tags[d]), int(st.tags[h]), arcDir(h, d))]; r >= 0 {
		return int32(r)
	}
	s.feats = labelFeatures(s.feats[:0], st, h, d)
	sc := s.scores[:len(p.m.rels)]
	p.labels.score(s.feats, sc)
	best := -1
	for r := range sc {
		if int32(r) != p.m.root && (best < 0 || sc[r] > sc[best]) {
			best = r
		}
	}
	return int32(best)
}
