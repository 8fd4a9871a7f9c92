package ner

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// viterbiReference is the plain BILOU Viterbi recurrence viterbi was
// optimized from; the test below holds the two to the same back pointers
// and tags.
func viterbiReference(emit [][numTags]float32, trans *[numTags + 1][numTags]float32, infos []tokInfo, back [][numTags]uint8, out []uint8) {
	n := len(emit)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
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
		// O, B-k, U-k: best closer.
		for _, t := range [9]uint8{0, 1, 4, 5, 8, 9, 12, 13, 16} {
			best, arg := negInf, uint8(0)
			for _, p := range closersRef {
				if v := prev[p] + trans[p][t]; v > best {
					best, arg = v, p
				}
			}
			cur[t] = best + ei[t]
			bi[t] = arg
		}
		glued := infos[i].flags&fGlued != 0
		for k := uint8(0); k < 4; k++ {
			b, in := 1+4*k, 2+4*k
			for _, t := range [2]uint8{in, in + 1} {
				if glued {
					cur[t], bi[t] = negInf, b
					continue
				}
				if k == 0 && infos[i].flags&fCommonLower != 0 {
					cur[t], bi[t] = negInf, b
					continue
				}
				vb, vi := prev[b]+trans[b][t], prev[in]+trans[in][t]
				if vb >= vi {
					cur[t], bi[t] = vb+ei[t], b
				} else {
					cur[t], bi[t] = vi+ei[t], in
				}
			}
		}
		prev = cur
	}
	best, arg := negInf, uint8(0)
	for _, t := range closersRef {
		if prev[t] > best {
			best, arg = prev[t], t
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i][out[i]]
	}
}

// small returns a small integer, sometimes a negative zero (signed zeros are
// where vector max and scalar comparison could part ways).
func small(rng *rand.Rand) float32 {
	if rng.IntN(6) == 0 {
		return float32(math.Copysign(0, -1))
	}
	return float32(rng.IntN(5) - 2)
}

// TestViterbiMatchesReference compares the two decoders on random sentences
// whose scores are small integers, so ties (where the order of comparisons
// decides) are common, with glued tokens sprinkled in.
func TestViterbiMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var trans [numTags + 1][numTags]float32
	for trial := 0; trial < 3000; trial++ {
		for p := range trans {
			for q := range trans[p] {
				trans[p][q] = small(rng)
			}
		}
		n := 1 + rng.IntN(30)
		emit := make([][numTags]float32, n)
		infos := make([]tokInfo, n)
		for i := range emit {
			for q := range emit[i] {
				emit[i][q] = small(rng) + small(rng)
			}
			if rng.IntN(8) == 0 {
				infos[i].flags |= fGlued
			}
			if rng.IntN(6) == 0 {
				infos[i].flags |= fCommonLower
			}
		}
		b1, b2 := make([][numTags]uint8, n), make([][numTags]uint8, n)
		o1, o2 := make([]uint8, n), make([]uint8, n)
		viterbi(emit, &trans, infos, b1, o1)
		viterbiReference(emit, &trans, infos, b2, o2)
		for i := range n {
			if o1[i] != o2[i] || (i > 0 && b1[i] != b2[i]) {
				t.Fatalf("trial %d token %d: tags %v back %v; reference %v back %v", trial, i, o1, b1[i], o2, b2[i])
			}
		}
	}
}

var closersRef = closers

// BenchmarkViterbiBBC decodes the emission scores of BBC sentences (computed
// once, outside the timer).
func BenchmarkViterbiBBC(b *testing.B) {
	tg := newTagger(b)
	type sent struct {
		emit  [][numTags]float32
		infos []tokInfo
	}
	var sents []sent
	toks := 0
	s := tg.getScratch()
	for _, txt := range loadBBC(b)[:300] {
		tk := tokenize.Tokenize(txt)
		s.hist.reset()
		for _, se := range tokenize.SplitSentences(txt, tk) {
			var ws []string
			for _, t := range tk[se.Start:se.End] {
				ws = append(ws, t.Text)
			}
			if len(ws) == 0 {
				continue
			}
			tg.tagSentence(s, ws, nil)
			sents = append(sents, sent{append([][numTags]float32(nil), s.emit[:len(ws)]...), append([]tokInfo(nil), s.infos[:len(ws)]...)})
			toks += len(ws)
		}
	}
	back, out := make([][numTags]uint8, 4096), make([]uint8, 4096)
	for _, f := range []struct {
		name string
		fn   func([][numTags]float32, *[numTags + 1][numTags]float32, []tokInfo, [][numTags]uint8, []uint8)
	}{{"viterbi", func(emit [][numTags]float32, trans *[numTags + 1][numTags]float32, infos []tokInfo, back [][numTags]uint8, out []uint8) {
		viterbiWith(tg.vt, emit, trans, infos, back, out) // as tagSentence calls it
	}}, {"reference", viterbiReference}} {
		b.Run(f.name, func(b *testing.B) {
			cpu0 := cputime.Process()
			for b.Loop() {
				for _, se := range sents {
					n := len(se.emit)
					if n > len(back) {
						continue
					}
					f.fn(se.emit, &tg.m.trans, se.infos, back[:n], out[:n])
				}
			}
			// CPU time, not wall time: the machine is shared.
			b.ReportMetric(float64((cputime.Process()-cpu0).Nanoseconds())/float64(b.N)/float64(toks), "cpu-ns/token")
		})
	}
}
