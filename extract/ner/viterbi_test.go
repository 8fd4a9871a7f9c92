package ner

import (
	"math"
	"math/rand/v2"
	"testing"
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

// TestViterbiMatchesReference compares the two decoders on random sentences
// whose scores are small integers, so ties (where the order of comparisons
// decides) are common, with glued tokens sprinkled in.
func TestViterbiMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var trans [numTags + 1][numTags]float32
	for trial := 0; trial < 3000; trial++ {
		for p := range trans {
			for q := range trans[p] {
				trans[p][q] = float32(rng.IntN(5) - 2)
			}
		}
		n := 1 + rng.IntN(30)
		emit := make([][numTags]float32, n)
		infos := make([]tokInfo, n)
		for i := range emit {
			for q := range emit[i] {
				emit[i][q] = float32(rng.IntN(7) - 3)
			}
			if rng.IntN(8) == 0 {
				infos[i].flags |= fGlued
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
