package ner

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"slices"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner/corpus"
)

// Defaults of `newsgraph train ner`, which built the shipped model.
const (
	DefaultEpochs = 8
	DefaultUseGMB = true
	// DefaultPrune drops features whose averaged weights all stay within 3
	// of O's: on eng.testa this keeps 81k of 2.4M features, loses nothing
	// (F1 93.1 vs 92.9 unpruned) and makes tagging a third faster.
	DefaultPrune = 3
	// DefaultWordDropout hides the spelling of this share of the training
	// tokens that are person words (TrainOptions.WordDropout).
	DefaultWordDropout = 0.3
)

// TrainOptions configures Train.
type TrainOptions struct {
	DataDir string // the shared data folder (conll2003/, gmb/, news/)
	Seed    uint64
	Epochs  int
	UseGMB  bool
	// NoCoNLL04 leaves out CoNLL04 train (DataDir/conll04/conll04_train.json),
	// which is otherwise trained on as a third domain.
	NoCoNLL04 bool
	MinCount  int     // features seen fewer times in the training data are dropped
	Prune     float32 // features whose weights all differ from O's by less are dropped
	Clusters  map[uint64]uint32
	// WordDropout is the share of the training tokens that are person
	// words (gazetteer.PersonWord) whose spelling features are hidden (see
	// lexical); 0 means DefaultWordDropout, a negative value none.
	WordDropout float64
	Log         io.Writer
	Gazetteer   *gazetteer.Gazetteer
}

// trainSent is one training sentence: words, gold BILOU tags, and the span of
// its static feature ids in the trainer's arrays.
type trainSent struct {
	words []string
	gold  []uint8
	infos []tokInfo
	fOff  []int32 // per token, start into feats; one extra at the end
	hide  []bool  // per token, whether its spelling features are hidden (WordDropout)
}

// trainFeatures is features() for training, without the spelling features
// of a hidden token.
func trainFeatures(buf []uint64, ts *trainSent, i int) []uint64 {
	buf = features(buf, ts.infos, i, nil)
	if ts.hide == nil || !ts.hide[i] {
		return buf
	}
	lex := lexical(ts.infos, i)
	out := buf[:0]
	for _, f := range buf {
		if !slices.Contains(lex[:], f) {
			out = append(out, f)
		}
	}
	return out
}

// lexical returns the features that name the word itself: word dropout
// (hiding them from a share of the training names) makes the tagger learn
// what the rest says about a name it has never seen, which is every name in
// tomorrow's news that the training corpora lack; with every name's spelling
// at hand the perceptron leans on it and barely weighs the gazetteer.
func lexical(infos []tokInfo, i int) [7]uint64 {
	cur := &infos[i]
	lm1, lp1, sp1 := uint64(hBOS), uint64(hEOS), uint64(hEOS)
	if i > 0 {
		lm1 = infos[i-1].lower
	}
	if i+1 < len(infos) {
		lp1, sp1 = infos[i+1].lower, infos[i+1].shape
	}
	return [7]uint64{
		feat(tWord, cur.word), feat(tLower, cur.lower),
		feat(tPre4, cur.pre[3]), feat(tSuf4, cur.suf[3]),
		feat(tBigramL, lm1*31+cur.lower), feat(tBigramR, cur.lower*31+lp1),
		feat(tWordShapeP1, cur.lower*31+sp1),
	}
}

// trainDoc is a training document; domain salts the domain-specific copies
// of its features (0 when training on one corpus).
type trainDoc struct {
	sents  []*trainSent
	domain uint64
}

// Domains for feature augmentation (Daume 2007): every feature has a shared
// copy and one per corpus, so GMB's annotation habits land in GMB's copies.
// The shipped model folds the shared and CoNLL copies into one row, so
// tagging costs nothing extra and follows CoNLL's conventions.
const (
	domainCoNLL = 0x436f4e4c4c // "CoNLL"
	domainGMB   = 0x474d42     // "GMB"
	domainC04   = 0x433034     // "C04"
)

func domainKey(f, domain uint64) uint64 { return mix(f ^ domain*0x9e3779b97f4a7c15) }

// GMBHeldOut is how many GMB pseudo-documents, at the end of the file, are
// kept out of training.
const GMBHeldOut = 60

// LoadTrainingData reads CoNLL-2003 train and (optionally) GMB, mapped to
// CoNLL's conventions (see MapGMB).
func LoadTrainingData(dataDir string, useGMB bool, g *gazetteer.Gazetteer) (conll, gmb []corpus.Document, err error) {
	conll, err = corpus.ReadCoNLL(filepath.Join(dataDir, "conll2003", "eng.train"))
	if err != nil {
		return nil, nil, err
	}
	if useGMB {
		gmb, err = corpus.ReadGMB(filepath.Join(dataDir, "gmb", "ner_dataset.csv"))
		if err != nil {
			return nil, nil, err
		}
		MapGMB(gmb, g)
		// The last GMBHeldOut pseudo-documents are never trained on:
		// testdata/voa.conll was labelled from them.
		if len(gmb) > GMBHeldOut {
			gmb = gmb[:len(gmb)-GMBHeldOut]
		}
	}
	return conll, gmb, nil
}

// MapGMB moves GMB's annotations toward CoNLL's, in place:
//   - GMB puts role titles inside person names ("President Mahmoud Abbas");
//     CoNLL does not, and neither do we: leading titles (gazetteer titles) are
//     cut off PER spans.
//   - gpe maps to MISC (nationalities, as CoNLL tags "Russian"), except a gpe
//     span that the gazetteer knows as a location and not as a nationality word
//     ("U.S." in "U.S. President"), which CoNLL tags LOC.
func MapGMB(docs []corpus.Document, g *gazetteer.Gazetteer) {
	for _, d := range docs {
		for _, s := range d.Sentences {
			lower := s.Words
			for _, sp := range corpus.Spans(s.Tags) {
				switch sp.Type {
				case "PER":
					start := sp.Start
					for start < sp.End-1 {
						n := g.IsTitle(lower, start)
						if n == 0 || start+n >= sp.End {
							break
						}
						start += n
					}
					for j := sp.Start; j < start; j++ {
						s.Tags[j] = "O"
					}
					if start > sp.Start {
						s.Tags[start] = "B-PER"
					}
				case "MISC":
					if n, types := g.MatchTypes(s.Words, sp.Start); n == sp.End-sp.Start && types&2 != 0 && !g.IsDemonym(s.Words[sp.Start]) && sp.End-sp.Start == 1 {
						for j := sp.Start; j < sp.End; j++ {
							s.Tags[j] = "I-LOC"
						}
						s.Tags[sp.Start] = "B-LOC"
					}
				}
			}
		}
	}
}

// bilou converts IOB2 tags to BILOU tag ids.
func bilou(tags []string) []uint8 {
	out := make([]uint8, len(tags))
	for _, sp := range corpus.Spans(tags) {
		typ := -1
		for k, t := range Types {
			if t == sp.Type {
				typ = k
			}
		}
		if typ < 0 {
			continue
		}
		if sp.End-sp.Start == 1 {
			out[sp.Start] = tagOf(typ, posU)
			continue
		}
		out[sp.Start] = tagOf(typ, posB)
		for j := sp.Start + 1; j < sp.End-1; j++ {
			out[j] = tagOf(typ, posI)
		}
		out[sp.End-1] = tagOf(typ, posL)
	}
	return out
}

// trainer holds the perceptron's weights.
type trainer struct {
	ids        map[uint64]int32
	w          []float32 // current weights, numTags per feature
	wa         []float64 // sum of c*update, for averaging
	tr         [numTags + 1][numTags]float32
	tra        [numTags + 1][numTags]float64
	c          float64
	feats      []int32 // static feature ids of all tokens
	general    []bool  // by id: a shared feature, not a domain copy
	domainCopy bool    // set while adding domain copies
}

func (tr *trainer) id(key uint64, add bool) int32 {
	if id, ok := tr.ids[key]; ok {
		return id
	}
	if !add {
		return -1
	}
	id := int32(len(tr.ids))
	tr.ids[key] = id
	tr.general = append(tr.general, !tr.domainCopy)
	tr.w = append(tr.w, make([]float32, numTags)...)
	tr.wa = append(tr.wa, make([]float64, numTags)...)
	return id
}

// Train trains a model on opts.DataDir. It is deterministic for a seed.
func Train(ctx context.Context, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 1
	}
	if opts.Prune <= 0 {
		opts.Prune = 1.0 / quantScale
	}
	if opts.WordDropout == 0 {
		opts.WordDropout = DefaultWordDropout
	}
	logf := func(format string, a ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format+"\n", a...)
		}
	}
	g := opts.Gazetteer
	conll, gmb, err := LoadTrainingData(opts.DataDir, opts.UseGMB, g)
	if err != nil {
		return nil, err
	}
	docs := append(conll, gmb...)
	var c04 []corpus.Document
	if !opts.NoCoNLL04 {
		// 1980s-90s AP and WSJ sentences (research use): their names and
		// contexts, in a domain copy of their own like GMB's.
		if c04, err = corpus.ReadCoNLL04(filepath.Join(opts.DataDir, "conll04", "conll04_train.json")); err != nil {
			return nil, err
		}
		MapGMB(c04, g) // titles out of person spans, as CoNLL-2003 writes them
		docs = append(docs, c04...)
	}
	augmented := opts.UseGMB || !opts.NoCoNLL04
	// Static features: count, then assign ids to those seen MinCount times.
	var tdocs []*trainDoc
	counts := map[uint64]int32{}
	dropRng := rand.New(rand.NewPCG(opts.Seed^0x6472_6f70, opts.Seed))
	var buf []uint64
	ntok := 0
	for di, d := range docs {
		td := &trainDoc{}
		if augmented {
			td.domain = domainCoNLL
			if di >= len(conll) {
				td.domain = domainGMB
			}
			if di >= len(conll)+len(gmb) {
				td.domain = domainC04
			}
		}
		for _, s := range d.Sentences {
			ts := &trainSent{words: s.Words, gold: bilou(s.Tags), infos: make([]tokInfo, len(s.Words))}
			docInfo(g, s.Words, nil, ts.infos, opts.Clusters)
			if opts.WordDropout > 0 {
				ts.hide = make([]bool, len(s.Words))
				for i := range s.Words {
					ts.hide[i] = ts.infos[i].person != 0 && dropRng.Float64() < opts.WordDropout
				}
			}
			for i := range s.Words {
				buf = trainFeatures(buf[:0], ts, i)
				for _, f := range buf {
					counts[f]++
				}
			}
			ntok += len(s.Words)
			td.sents = append(td.sents, ts)
		}
		tdocs = append(tdocs, td)
	}
	tr := &trainer{ids: make(map[uint64]int32, len(counts)/2)}
	tr.feats = make([]int32, 0, ntok*30)
	for _, td := range tdocs {
		for _, ts := range td.sents {
			ts.fOff = make([]int32, len(ts.words)+1)
			for i := range ts.words {
				ts.fOff[i] = int32(len(tr.feats))
				buf = trainFeatures(buf[:0], ts, i)
				for _, f := range buf {
					if counts[f] >= int32(opts.MinCount) {
						tr.feats = append(tr.feats, tr.id(f, true))
						if td.domain != 0 {
							tr.domainCopy = true
							tr.feats = append(tr.feats, tr.id(domainKey(f, td.domain), true))
							tr.domainCopy = false
						}
					}
				}
			}
			ts.fOff[len(ts.words)] = int32(len(tr.feats))
		}
	}
	counts = nil
	logf("ner: %d documents, %d tokens, %d features", len(tdocs), ntok, len(tr.ids))

	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	order := make([]int, len(tdocs))
	for i := range order {
		order[i] = i
	}
	hist := history{counts: map[uint64][5]uint16{}}
	var emit [][numTags]float32
	var back [][numTags]uint8
	var pred []uint8
	var dyn []int32
	var hf []uint64
	for ep := 0; ep < opts.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, di := range order {
			hist.reset()
			for _, ts := range tdocs[di].sents {
				n := len(ts.words)
				emit = grow(emit, n)
				back = grow(back, n)
				pred = grow(pred, n)
				dyn = dyn[:0]
				dynOff := make([]int, n+1)
				for i := 0; i < n; i++ {
					e := &emit[i]
					*e = [numTags]float32{}
					for _, id := range tr.feats[ts.fOff[i]:ts.fOff[i+1]] {
						w := tr.w[int(id)*numTags : int(id)*numTags+numTags]
						for k := range e {
							e[k] += w[k]
						}
					}
					dynOff[i] = len(dyn)
					if ts.infos[i].flags&fCap != 0 {
						hc := hist.code(ts.infos[i].lower)
						first := uint64(0)
						if i == 0 {
							first = 1
						}
						hf = histFeatures(hf[:0], &ts.infos[i], first, hc)
						for _, f := range hf {
							ids := [2]int32{tr.id(f, true), -1}
							if d := tdocs[di].domain; d != 0 {
								tr.domainCopy = true
								ids[1] = tr.id(domainKey(f, d), true)
								tr.domainCopy = false
							}
							for _, id := range ids {
								if id < 0 {
									continue
								}
								dyn = append(dyn, id)
								w := tr.w[int(id)*numTags : int(id)*numTags+numTags]
								for k := range e {
									e[k] += w[k]
								}
							}
						}
					}
				}
				dynOff[n] = len(dyn)
				viterbi(emit[:n], &tr.tr, ts.infos, back, pred)
				tr.c++
				for i := 0; i < n; i++ {
					total++
					gp, pp := numTags, numTags
					if i > 0 {
						gp, pp = int(ts.gold[i-1]), int(pred[i-1])
					}
					g, p := int(ts.gold[i]), int(pred[i])
					if g != p {
						errs++
						upd := func(id int32) {
							base := int(id) * numTags
							tr.w[base+g]++
							tr.w[base+p]--
							tr.wa[base+g] += tr.c
							tr.wa[base+p] -= tr.c
						}
						for _, id := range tr.feats[ts.fOff[i]:ts.fOff[i+1]] {
							upd(id)
						}
						for _, id := range dyn[dynOff[i]:dynOff[i+1]] {
							upd(id)
						}
					}
					if g != p || gp != pp {
						tr.tr[gp][g]++
						tr.tr[pp][p]--
						tr.tra[gp][g] += tr.c
						tr.tra[pp][p] -= tr.c
					}
				}
				hist.record(ts.infos, pred[:n])
			}
		}
		logf("ner: epoch %d: %d/%d token errors (%.2f%%)", ep+1, errs, total, 100*float64(errs)/float64(total))
	}
	// Average, fold each feature's CoNLL copy into its shared row, and keep
	// the features whose weights survive quantization.
	avg := func(id int32, t int) float64 {
		if id < 0 {
			return 0
		}
		return float64(tr.w[int(id)*numTags+t]) - tr.wa[int(id)*numTags+t]/tr.c
	}
	keys := make([]uint64, 0, len(tr.ids))
	for k := range tr.ids {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	type keptRow struct {
		key uint64
		row [numTags]float32
	}
	var kept []keptRow
	for _, k := range keys {
		if !tr.general[tr.ids[k]] {
			continue
		}
		cid := int32(-1)
		if augmented {
			if id, ok := tr.ids[domainKey(k, domainCoNLL)]; ok {
				cid = id
			}
		}
		var r keptRow
		r.key = k
		nz := false
		for t := 0; t < numTags; t++ {
			r.row[t] = float32(avg(tr.ids[k], t) + avg(cid, t))
		}
		// Only differences to O matter (see Model); rows whose differences
		// are all small change few decisions and cost cache misses.
		for t := 1; t < numTags; t++ {
			if d := r.row[t] - r.row[0]; d >= opts.Prune || -d >= opts.Prune {
				nz = true
			}
		}
		if nz {
			kept = append(kept, r)
		}
	}
	m := newModel(len(kept))
	for _, r := range kept {
		m.insert(r.key, r.row[:])
	}
	for p := range tr.tr {
		for t := range tr.tr[p] {
			m.trans[p][t] = float32(float64(tr.tr[p][t]) - tr.tra[p][t]/tr.c)
		}
	}
	m.clusters = opts.Clusters
	logf("ner: model keeps %d of %d features", len(kept), len(keys))
	return m, nil
}
