package syntax

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"time"
)

// Training defaults, chosen on EWT dev.
const (
	DefaultTagEpochs   = 8
	DefaultParseEpochs = 15
	DefaultFolds       = 4
	// Pruning of the tagger, move and relation tables (Model.prune).
	DefaultPrune       = 1.0
	DefaultPruneMoves  = 1.0
	DefaultPruneLabels = 1.0
	// averagePrune drops the rows of the taggers that tag the parser's
	// training input; the options prune the model after training only, so
	// pruning a trained model harder gives what training would have given.
	averagePrune = 1.0
	// DefaultNewsSentences GMB sentences join the tagger's training.
	DefaultNewsSentences = 15000
	// exploreProb is how often training follows a wrong move the model
	// predicted instead of the oracle's best (Goldberg and Nivre's p).
	exploreProb = 0.9
)

// TrainOptions configure Train.
type TrainOptions struct {
	UDDir       string // folder with en_ewt-ud-train.conllu
	Seed        uint64 // shuffle order and exploration
	TagEpochs   int
	ParseEpochs int
	// Folds > 1 trains the parser on jackknifed tags: each fold tagged by a
	// tagger trained on the others, so the parser learns from tags as good
	// as it will see, not from gold tags.
	Folds int
	// Pruning (Model.prune): tagger and relation rows whose weights all lie
	// within Prune or PruneLabels of 0, move rows whose three weights lie
	// within PruneMoves of each other.
	Prune, PruneMoves, PruneLabels float32
	// NewsGMB, when set, is GMB's ner_dataset.csv: NewsSentences of its news
	// sentences join the tagger's training (news.go).
	NewsGMB       string
	NewsSentences int
	Log           io.Writer
}

// TrainFile is the treebank part training reads; dev and test are only scored.
const TrainFile = "en_ewt-ud-train.conllu"

// Train builds a model from the treebank's training part.
func Train(ctx context.Context, opts TrainOptions) (*Model, error) {
	if opts.TagEpochs <= 0 || opts.ParseEpochs <= 0 {
		return nil, fmt.Errorf("syntax: train: epochs must be positive")
	}
	sents, err := ReadCoNLLU(filepath.Join(opts.UDDir, TrainFile))
	if err != nil {
		return nil, err
	}
	return trainOn(ctx, sents, opts)
}

func trainOn(ctx context.Context, sents []Sentence, opts TrainOptions) (*Model, error) {
	logf := func(format string, a ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format, a...)
		}
	}
	gold, err := goldTags(sents)
	if err != nil {
		return nil, err
	}
	var news []Sentence
	var newsTags [][]int32
	if opts.NewsGMB != "" && opts.NewsSentences > 0 {
		news, newsTags, err = readNews(opts.NewsGMB, opts.NewsSentences)
		if err != nil {
			return nil, err
		}
	}
	start := time.Now()
	tagger, err := trainTagger(ctx, append(slices.Clip(sents), news...), append(slices.Clip(gold), newsTags...), opts.TagEpochs, opts.Seed)
	if err != nil {
		return nil, err
	}
	tags := tagger.averaged(averagePrune)
	logf("tagger: %d EWT and %d news sentences, %d features, %s\n", len(sents), len(news), len(tags.order), time.Since(start).Round(time.Millisecond))
	dictKeys, dictTags := buildTagDict(append(slices.Clip(sents), news...), append(slices.Clip(gold), newsTags...), dictMinCount, dictMinShare)
	logf("tag dictionary: %d words\n", len(dictKeys))

	// The parser's input tags.
	pred := make([][]int32, len(sents))
	if opts.Folds > 1 {
		for f := range opts.Folds {
			var in []int
			for i := range sents {
				if i%opts.Folds != f {
					in = append(in, i)
				}
			}
			sub := slices.Clone(news)
			subGold := slices.Clone(newsTags)
			for _, i := range in {
				sub = append(sub, sents[i])
				subGold = append(subGold, gold[i])
			}
			pt, err := trainTagger(ctx, sub, subGold, opts.TagEpochs, opts.Seed+uint64(f)+1)
			if err != nil {
				return nil, err
			}
			t := pt.averaged(averagePrune)
			for i := f; i < len(sents); i += opts.Folds {
				pred[i] = tagWith(t, sents[i].Words)
			}
		}
	} else {
		for i := range sents {
			pred[i] = tagWith(tags, sents[i].Words)
		}
	}
	right, all := 0, 0
	for i := range sents {
		for k, t := range pred[i] {
			all++
			if t == gold[i][k] {
				right++
			}
		}
	}
	logf("parser input tags: %.2f%% right (%d folds), %s\n", 100*float64(right)/float64(max(all, 1)), opts.Folds, time.Since(start).Round(time.Millisecond))

	// Relation inventory, sorted so the model file is stable.
	relSet := map[string]bool{"root": true}
	for _, s := range sents {
		for _, r := range s.Rels {
			relSet[r] = true
		}
	}
	rels := make([]string, 0, len(relSet))
	for r := range relSet {
		rels = append(rels, r)
	}
	slices.Sort(rels)
	relIdx := make(map[string]int32, len(rels))
	for i, r := range rels {
		relIdx[r] = int32(i)
	}
	m := &Model{tags: tags, rels: rels, root: relIdx["root"], dictKeys: dictKeys, dictTags: dictTags}
	m.rules = buildLabelRules(sents, pred, relIdx, m.root, ruleMinCount, ruleMinShare)
	logf("relation rules: %d\n", len(m.rules))

	moves := newPerceptron(numMoves)
	labels := newPerceptron(len(rels))
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	golds := make([]parseGold, len(sents))
	nonProj := 0
	for i, s := range sents {
		g := parseGold{heads: make([]int32, len(s.Words)+1), rels: make([]int32, len(s.Words)+1)}
		g.heads[0] = none
		for k, h := range s.Heads {
			g.heads[k+1] = int32(h + 1)
			g.rels[k+1] = relIdx[s.Rels[k]]
		}
		if projectivize(g.heads) {
			nonProj++
		}
		golds[i] = g
	}
	logf("parser: %d sentences, %d projectivized by lifting\n", len(sents), nonProj)
	var tr parseTrainer
	tr.moves, tr.labels, tr.root, tr.rng = moves, labels, m.root, rng
	tr.rules = ruleTable(m.rules)
	for ep := range opts.ParseEpochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		tr.explore = ep > 0
		tr.right, tr.steps, tr.arcs, tr.labelled = 0, 0, 0, 0
		for _, i := range order {
			tr.sentence(sents[i].Words, pred[i], &golds[i])
		}
		logf("parser epoch %d: moves %.2f%% right, labels %.2f%%, %d features, %s\n", ep+1,
			100*float64(tr.right)/float64(max(tr.steps, 1)), 100*float64(tr.labelled)/float64(max(tr.arcs, 1)),
			len(moves.idx), time.Since(start).Round(time.Millisecond))
	}
	m.moves = moves.averaged(0)
	m.labels = labels.averaged(0)
	m.prune(opts.Prune, opts.PruneMoves, opts.PruneLabels)
	logf("model: %d tag, %d move, %d relation features\n", len(m.tags.order), len(m.moves.order), len(m.labels.order))
	return m, nil
}

func goldTags(sents []Sentence) ([][]int32, error) {
	out := make([][]int32, len(sents))
	for i, s := range sents {
		out[i] = make([]int32, len(s.Tags))
		for k, t := range s.Tags {
			c, ok := tagIndex(t)
			if !ok {
				return nil, fmt.Errorf("syntax: sentence %d word %d: unknown UPOS %q", i+1, k+1, t)
			}
			out[i][k] = int32(c)
		}
	}
	return out, nil
}

func trainTagger(ctx context.Context, sents []Sentence, gold [][]int32, epochs int, seed uint64) (*perceptron, error) {
	p := newPerceptron(numTags)
	rng := rand.New(rand.NewPCG(seed, 0x7a6))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var ws []wordInfo
	var feats []uint64
	scores := make([]float32, numTags)
	for range epochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			words := sents[i].Words
			ws = slices.Grow(ws[:0], len(words)+4)[:len(words)+4]
			padWords(ws, words)
			p1, p2 := tagStart, tagStart
			for k := range words {
				feats = tagFeatures(feats[:0], ws, k, p1, p2)
				p.score(feats, scores)
				guess := argmax(scores)
				p.tick()
				if g := gold[i][k]; g >= 0 {
					p.update(feats, int(g), guess)
				}
				p2, p1 = p1, guess
			}
		}
	}
	return p, nil
}

func tagWith(t *table, words []string) []int32 {
	ws := make([]wordInfo, len(words)+4)
	padWords(ws, words)
	out := make([]int32, len(words))
	scores := make([]float32, numTags)
	var feats []uint64
	p1, p2 := tagStart, tagStart
	for k := range words {
		feats = tagFeatures(feats[:0], ws, k, p1, p2)
		t.score(feats, scores)
		g := argmax(scores)
		out[k] = int32(g)
		p2, p1 = p1, g
	}
	return out
}

// parseGold is a training tree, words 1..n, heads[0] unused.
type parseGold struct {
	heads []int32
	rels  []int32
}

type parseTrainer struct {
	moves, labels                *perceptron
	root                         int32
	rules                        []int16
	rng                          *rand.Rand
	explore                      bool
	st                           state
	feats, lfeats                []uint64
	scores, lscores              []float32
	right, steps, arcs, labelled int
}

func (tr *parseTrainer) sentence(words []string, tags []int32, g *parseGold) {
	n := len(words)
	st := &tr.st
	st.reset(n)
	for k, w := range words {
		analyzeWord(w, &st.ws[k+1])
		st.tags[k+1] = tags[k]
	}
	if tr.scores == nil {
		tr.scores = make([]float32, numMoves)
		tr.lscores = make([]float32, tr.labels.nClass)
	}
	for !st.done() {
		tr.feats = parseFeatures(tr.feats[:0], st)
		tr.moves.score(tr.feats, tr.scores)
		valid := st.valid()
		cost := moveCosts(st, g.heads, valid)
		pred, best, minCost := -1, -1, 1<<30
		for m := range numMoves {
			if !valid[m] {
				continue
			}
			if pred < 0 || tr.scores[m] > tr.scores[pred] {
				pred = m
			}
			minCost = min(minCost, cost[m])
		}
		for m := range numMoves {
			if valid[m] && cost[m] == minCost && (best < 0 || tr.scores[m] > tr.scores[best]) {
				best = m
			}
		}
		tr.moves.tick()
		tr.steps++
		follow := pred
		if cost[pred] > minCost {
			tr.moves.update(tr.feats, best, pred)
			if !tr.explore || tr.rng.Float64() >= exploreProb {
				follow = best
			}
		} else {
			tr.right++
		}
		rel := int32(none)
		if follow != moveShift {
			rel = tr.label(follow, g)
		}
		st.apply(follow, rel)
	}
}

// label predicts (and, on a correct arc, learns) the relation of move m.
func (tr *parseTrainer) label(m int, g *parseGold) int32 {
	st := &tr.st
	h, d := st.arc(m)
	if h == 0 {
		return tr.root
	}
	// Arcs a rule labels teach the perceptron nothing it will use.
	if r := tr.rules[ruleIndex(int(st.tags[d]), int(st.tags[h]), arcDir(h, d))]; r >= 0 {
		return int32(r)
	}
	tr.lfeats = labelFeatures(tr.lfeats[:0], st, h, d)
	tr.labels.score(tr.lfeats, tr.lscores)
	guess := -1
	for r := range tr.lscores {
		if int32(r) != tr.root && (guess < 0 || tr.lscores[r] > tr.lscores[guess]) {
			guess = r
		}
	}
	if g.heads[d] == h && g.rels[d] != tr.root {
		tr.labels.tick()
		tr.arcs++
		if int32(guess) == g.rels[d] {
			tr.labelled++
		}
		tr.labels.update(tr.lfeats, int(g.rels[d]), guess)
	}
	return int32(guess)
}

// moveCosts counts the gold arcs each valid move makes unreachable
// (Goldberg and Nivre 2013, arc-hybrid), for a projective gold tree.
func moveCosts(st *state, gh []int32, valid [numMoves]bool) (cost [numMoves]int) {
	s0 := st.stack[len(st.stack)-1]
	var s1 int32 = none
	if len(st.stack) >= 2 {
		s1 = st.stack[len(st.stack)-2]
	}
	inBuf := func(k int32) bool { return k >= int32(st.b) }
	if valid[moveLeft] {
		c := 0
		if h := gh[s0]; h != int32(st.b) && (h == s1 || inBuf(h)) {
			c++
		}
		for k := st.b; k <= st.n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
		cost[moveLeft] = c
	}
	if valid[moveRight] {
		c := 0
		if inBuf(gh[s0]) {
			c++
		}
		for k := st.b; k <= st.n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
		cost[moveRight] = c
	}
	if valid[moveShift] {
		c := 0
		b := int32(st.b)
		for i, k := range st.stack {
			if gh[k] == b {
				c++
			}
			if gh[b] == k && i < len(st.stack)-1 {
				c++
			}
		}
		cost[moveShift] = c
	}
	return cost
}

// projectivize lifts non-projective arcs (the dependent moves to its head's
// head) until the tree is projective; heads[0] is ignored. It reports
// whether anything moved.
func projectivize(heads []int32) bool {
	moved := false
	for {
		d := nonProjective(heads)
		if d < 0 {
			return moved
		}
		heads[d] = heads[heads[d]]
		moved = true
	}
}

// nonProjective returns the dependent of the shortest non-projective arc,
// or -1. An arc h -> d is projective when h dominates every word between.
func nonProjective(heads []int32) int32 {
	best, bestLen := int32(-1), int32(1<<30)
	for d := int32(1); d < int32(len(heads)); d++ {
		h := heads[d]
		lo, hi := min(h, d), max(h, d)
		if hi-lo >= bestLen {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !dominates(heads, h, k) {
				best, bestLen = d, hi-lo
				break
			}
		}
	}
	return best
}

func dominates(heads []int32, h, k int32) bool {
	for steps := 0; k > 0 && steps < len(heads); steps++ {
		k = heads[k]
		if k == h {
			return true
		}
	}
	return h == 0
}
