// Package ner finds names of people, locations, organizations and other
// entities (CoNLL's PER, LOC, ORG, MISC) in tokenized news: an averaged
// structured perceptron over BILOU tags with Viterbi decoding, gazetteer
// features and document-level label history.
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"runtime"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

//go:embed model.bin
var embeddedModel []byte

// Span is an entity over token indices [Start, End).
type Span struct {
	Start, End int
	Type       string // PER LOC ORG MISC
	Score      float64
}

// Tagger tags documents. It is safe for concurrent use.
type Tagger struct {
	m      *Model
	g      *gazetteer.Gazetteer
	tables *rowTables
	vt     *transTables
	// andLower is tokInfo.lower of "and" (coordinatedPersons).
	andLower uint64
	// free keeps idle scratch buffers. Not a sync.Pool: every GC empties a
	// pool, and with it the per-scratch word-score cache that makes tagging
	// fast; a bounded free list keeps the warm caches across collections.
	free chan *scratch
}

// scratch holds per-call buffers so tagging allocates little.
type scratch struct {
	infos []tokInfo
	emit  [][numTags]float32
	back  [][numTags]uint8
	tags  []uint8
	feats []uint64
	rows  []int32
	offs  []int32 // per token, its first row in rows; one extra at the end
	hist  history
	words []string
	glued []bool
	ids   []int32  // per token of the sentence, its entry in entries
	keys  []uint64 // per token of the sentence, its spellingKey
	// cache memoizes per spelling what tagging needs of a word (fast.go).
	cache   wordTable
	memo    []memoSlot // shape3Row's memo
	entries []wordEntry
}

// New loads the embedded model and gazetteer.
func New() (*Tagger, error) {
	g, err := gazetteer.New()
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	m, err := DecodeModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %w", err)
	}
	return NewWith(m, g), nil
}

// NewWith builds a tagger from a model and gazetteer.
func NewWith(m *Model, g *gazetteer.Gazetteer) *Tagger {
	var and tokInfo
	analyze("and", &and)
	return &Tagger{m: m, g: g, tables: newRowTables(m), vt: newTransTables(&m.trans), andLower: and.lower, free: make(chan *scratch, 2*runtime.GOMAXPROCS(0))}
}

// Gazetteer returns the gazetteer the tagger uses.
func (t *Tagger) Gazetteer() *gazetteer.Gazetteer { return t.g }

func (t *Tagger) getScratch() *scratch {
	select {
	case s := <-t.free:
		return s
	default:
	}
	return &scratch{hist: history{counts: make(map[uint64][5]uint16)}}
}

func (t *Tagger) putScratch(s *scratch) {
	select {
	case t.free <- s:
	default: // more callers than slots: let this one go
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// TagDocument finds the entities of a tokenized document.
func (t *Tagger) TagDocument(toks []tokenize.Token, sents []tokenize.Sentence) []Span {
	s := t.getScratch()
	defer t.putScratch(s)
	s.words = grow(s.words, len(toks))
	s.glued = grow(s.glued, len(toks))
	for i, tk := range toks {
		s.words[i] = tk.Text
		s.glued[i] = tk.Glued
	}
	var spans []Span
	s.hist.reset()
	for _, se := range sents {
		if se.Start < 0 || se.End > len(toks) || se.Start >= se.End {
			continue
		}
		tags := t.tagSentence(s, s.words[se.Start:se.End], s.glued[se.Start:se.End])
		spans = appendSpans(spans, tags, s.emit, se.Start)
	}
	for i := range s.words {
		s.words[i] = ""
	}
	return spans
}

// TagSentences tags one document's sentences and returns IOB2 tags.
func (t *Tagger) TagSentences(words [][]string) [][]string {
	s := t.getScratch()
	defer t.putScratch(s)
	s.hist.reset()
	out := make([][]string, len(words))
	for k, ws := range words {
		tags := t.tagSentence(s, ws, nil)
		iob := make([]string, len(ws))
		for i := range iob {
			iob[i] = "O"
		}
		for _, sp := range appendSpans(nil, tags, s.emit, 0) {
			iob[sp.Start] = "B-" + sp.Type
			for j := sp.Start + 1; j < sp.End; j++ {
				iob[j] = "I-" + sp.Type
			}
		}
		out[k] = iob
	}
	return out
}

// addRow adds a feature's weights (tags 1..16; O's is 0) to a token's scores.
func addRow(e *[numTags]float32, w *[rowLen]float32) {
	d := (*[rowLen]float32)(e[1:])
	for k := range d {
		d[k] += w[k]
	}
}

// wordCacheMax bounds the per-scratch cache of word entries.
const wordCacheMax = 1 << 17

// tagSentence returns BILOU tags (valid in s.tags until the next call).
func (t *Tagger) tagSentence(s *scratch, words []string, glued []bool) []uint8 {
	n := len(words)
	t.sentenceInfo(s, words, glued)
	s.emit = grow(s.emit, n)
	// All feature rows of the sentence first, then the sums: the row reads
	// miss the cache often, and with the lookups out of the way the CPU
	// overlaps the misses of several tokens.
	s.rows = s.rows[:0]
	s.offs = grow(s.offs, n+1)
	for i := 0; i < n; i++ {
		s.offs[i] = int32(len(s.rows))
		s.rows = t.contextRows(s.rows, s, i)
	}
	s.offs[n] = int32(len(s.rows))
	for i := 0; i < n; i++ {
		e := &s.emit[i]
		*e = s.entries[s.ids[i]].score
		addRows(e, t.m.weights, s.rows[s.offs[i]:s.offs[i+1]])
	}
	s.back = grow(s.back, n)
	s.tags = grow(s.tags, n)
	viterbiWith(t.vt, s.emit[:n], &t.m.trans, s.infos, s.back, s.tags)
	coordinatedPersons(s.infos[:n], s.tags[:n], t.andLower)
	s.hist.record(s.infos, s.tags)
	return s.tags
}

// coordinatedPersons tags PER a surname coordinated with a one-word person,
// as headlines name two people: in "Steinmeier and Lavrov meet in Moscow" the
// tagger finds Lavrov but leaves Steinmeier O, a new capitalised word at the
// start of a sentence. The word must be a surname of the gazetteer's people
// and nothing else it knows (no one-word place, organization or nationality),
// so company names ("Gazprom and Lavrov") and places stay as the tagger left
// them, and the partner one word, so a tagger's error on a longer name
// ("Audi and Mercedes Benz", Mercedes Benz PER) does not spread; only O
// tokens change.
func coordinatedPersons(infos []tokInfo, tags []uint8, and uint64) {
	n := len(tags)
	for i := range tags {
		in := &infos[i]
		if tags[i] != 0 || in.person&gazetteer.Surname == 0 || in.gaz1 != 0 || in.demonym || in.flags&fAllCaps != 0 {
			continue
		}
		next := i+2 < n && infos[i+1].lower == and && tags[i+2] == tagPerU
		prev := i >= 2 && infos[i-1].lower == and && tags[i-2] == tagPerU
		if next || prev {
			tags[i] = tagPerU
		}
	}
}

// The inside and last tags of PER (BILOU order, types in Types order).
const (
	tagPerB = 1 + posB
	tagPerI = 1 + posI
	tagPerL = 1 + posL
	tagPerU = 1 + posU
)

// closers are the tags after which a new entity (or O) may start: O, L-*, U-*;
// openers are the tags that follow a closer: O, B-*, U-*.
var (
	closers = [9]uint8{0, 3, 4, 7, 8, 11, 12, 15, 16}
	openers = [9]uint8{0, 1, 4, 5, 8, 9, 12, 13, 16}
	// closers16 is closers padded so any 4-bit index is in range.
	closers16 = [16]uint8{0, 3, 4, 7, 8, 11, 12, 15, 16}
)

// openerMaxGeneric is openerMax in Go: for each lane j, the first k with the
// largest pc[k] + open[k][j] (strictly larger replaces), and that sum.
func openerMaxGeneric(pc *[len(closers)]float32, open *[len(closers)][12]float32, best *[12]float32, arg *[12]int32) {
	negInf := float32(math.Inf(-1))
	for j := range best {
		b, a := negInf, int32(0)
		for k := range pc {
			if v := pc[k] + open[k][j]; v > b {
				b, a = v, int32(k)
			}
		}
		best[j], arg[j] = b, a
	}
}

// viterbi finds the best tag sequence under the BILOU grammar; a glued token
// never continues an entity, nor a common lower-case word a person's name. The grammar is unrolled: O, B and U follow a
// closer; I and L of a type follow B or I of that type. The transitions are
// gathered into dense tables first so the inner loops index fixed-size arrays;
// every score is the same sum, compared in the same order, as the plain
// recurrence (viterbiReference in the tests).
func viterbi(emit [][numTags]float32, trans *[numTags + 1][numTags]float32, infos []tokInfo, back [][numTags]uint8, out []uint8) {
	viterbiWith(newTransTables(trans), emit, trans, infos, back, out)
}

// transTables are a model's transitions gathered for viterbi's inner loops.
// They depend on the transitions alone, so the tagger gathers them once
// (Tagger.vt); gathered per sentence they were a fifth of viterbi's
// instructions.
type transTables struct {
	// open[k][j] is trans[closers[k]][openers[j]]; lanes past the openers
	// stay -Inf and never win.
	open [len(closers)][12]float32
	// inside[k] holds, for type k, the transitions B->I, I->I, B->L, I->L.
	inside [4][4]float32
}

func newTransTables(trans *[numTags + 1][numTags]float32) *transTables {
	negInf := float32(math.Inf(-1))
	vt := &transTables{}
	for k, p := range closers {
		for j := range vt.open[k] {
			vt.open[k][j] = negInf
		}
		for j, t := range openers {
			vt.open[k][j] = trans[p][t]
		}
	}
	for k := 0; k < 4; k++ {
		b, in := 1+4*k, 2+4*k
		vt.inside[k] = [4]float32{trans[b][in], trans[in][in], trans[b][in+1], trans[in][in+1]}
	}
	return vt
}

// viterbiWith is viterbi with trans's tables gathered beforehand.
func viterbiWith(vt *transTables, emit [][numTags]float32, trans *[numTags + 1][numTags]float32, infos []tokInfo, back [][numTags]uint8, out []uint8) {
	n := len(emit)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	open, inside := &vt.open, &vt.inside
	var prev, cur [numTags]float32
	for t := 0; t < numTags; t++ {
		if allowed[numTags][t] {
			prev[t] = emit[0][t] + trans[numTags][t]
		} else {
			prev[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		ei := &emit[i]
		bi := &back[i]
		// The closers' and openers' tags written out (constant indexes need
		// no bounds checks; the loops over the arrays were a third of
		// viterbi's instructions).
		pc := [len(closers)]float32{prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12], prev[15], prev[16]}
		// O, B-k, U-k: best closer.
		var best [12]float32
		var arg [12]int32
		openerMax(&pc, open, &best, &arg)
		cur[0], bi[0] = best[0]+ei[0], closers16[arg[0]&15]
		cur[1], bi[1] = best[1]+ei[1], closers16[arg[1]&15]
		cur[4], bi[4] = best[2]+ei[4], closers16[arg[2]&15]
		cur[5], bi[5] = best[3]+ei[5], closers16[arg[3]&15]
		cur[8], bi[8] = best[4]+ei[8], closers16[arg[4]&15]
		cur[9], bi[9] = best[5]+ei[9], closers16[arg[5]&15]
		cur[12], bi[12] = best[6]+ei[12], closers16[arg[6]&15]
		cur[13], bi[13] = best[7]+ei[13], closers16[arg[7]&15]
		cur[16], bi[16] = best[8]+ei[16], closers16[arg[8]&15]
		if infos[i].flags&fGlued != 0 {
			for k := uint8(0); k < 4; k++ {
				b := 1 + 4*k
				cur[b+1], bi[b+1] = negInf, b
				cur[b+2], bi[b+2] = negInf, b
			}
		} else {
			// I and L of each type (B tags 1, 5, 9, 13) follow its B or
			// I; written out, every index is a constant.
			cur[2], bi[2] = inside2(prev[1], prev[2], inside[0][0], inside[0][1], ei[2], 1)
			cur[3], bi[3] = inside2(prev[1], prev[2], inside[0][2], inside[0][3], ei[3], 1)
			cur[6], bi[6] = inside2(prev[5], prev[6], inside[1][0], inside[1][1], ei[6], 5)
			cur[7], bi[7] = inside2(prev[5], prev[6], inside[1][2], inside[1][3], ei[7], 5)
			cur[10], bi[10] = inside2(prev[9], prev[10], inside[2][0], inside[2][1], ei[10], 9)
			cur[11], bi[11] = inside2(prev[9], prev[10], inside[2][2], inside[2][3], ei[11], 9)
			cur[14], bi[14] = inside2(prev[13], prev[14], inside[3][0], inside[3][1], ei[14], 13)
			cur[15], bi[15] = inside2(prev[13], prev[14], inside[3][2], inside[3][3], ei[15], 13)
		}
		if infos[i].flags&fCommonLower != 0 {
			// "Kerry met Lavrov in Paris": a common lower-case word never
			// continues a person's name, however name-like the short
			// sentence around it looks.
			cur[tagPerI], bi[tagPerI] = negInf, 1
			cur[tagPerL], bi[tagPerL] = negInf, 1
		}
		prev = cur
	}
	best, arg := negInf, uint8(0)
	for _, t := range closers {
		if prev[t] > best {
			best, arg = prev[t], t
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i][out[i]]
	}
}

// inside2 scores an I or L tag of the type whose B tag is b: from B (pb,
// transition tb) or from I (pi, ti), B on ties; e is the tag's emission.
func inside2(pb, pi, tb, ti, e float32, b uint8) (float32, uint8) {
	vb, vi := pb+tb, pi+ti
	if vb >= vi {
		return vb + e, b
	}
	return vi + e, b + 1
}

// appendSpans decodes BILOU tags into spans offset by base, scoring each by
// how far its tags beat the alternatives.
func appendSpans(spans []Span, tags []uint8, emit [][numTags]float32, base int) []Span {
	start := -1
	for i, t := range tags {
		if t == 0 {
			start = -1
			continue
		}
		switch tagPos(t) {
		case posB:
			start = i
		case posU:
			start = i
			fallthrough
		case posL:
			if start >= 0 {
				spans = append(spans, Span{Start: base + start, End: base + i + 1, Type: Types[tagType(t)-1], Score: spanScore(emit[start:i+1], tags[start:i+1])})
			}
			start = -1
		}
	}
	return spans
}

// spanScore squashes how far the span's tags beat tagging its tokens O,
// per token, into (0, 1).
func spanScore(emit [][numTags]float32, tags []uint8) float64 {
	var margin float64
	for i, t := range tags {
		margin += float64(emit[i][t] - emit[i][0])
	}
	return 1 / (1 + math.Exp(-margin/float64(len(tags))))
}
