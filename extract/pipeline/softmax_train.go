package pipeline

import (
	"math"
	"math/rand/v2"
)

// softmaxEx is one example of a multinomial logistic regression over hashed
// features. fits, when not 0, names the classes the example may take (bit
// c: class c), as the entity types of a relation's pair allow; 0 allows all.
type softmaxEx struct {
	feats []uint64
	label int
	fits  uint16
}

// softmaxTraining holds trainSoftmax's settings.
type softmaxTraining struct {
	classes, epochs, seeds int
	l2, rate               float32
	stream                 uint64 // the PCG stream of the shuffles: training is reproducible
}

// trainSoftmax trains a multinomial logistic regression (AdaGrad steps, L2)
// and returns each feature's row and the weights, classes per row. The
// weights are the average of t.seeds runs over differently shuffled
// examples: on small data one run moves with the order, the average less.
// The relation classifier and the learned event reader both train so.
func trainSoftmax(exs []softmaxEx, t softmaxTraining) (map[uint64]int32, []float32) {
	var rows map[uint64]int32
	var weights []float32
	for s := 0; s < t.seeds; s++ {
		r, w := trainSoftmaxSeed(exs, t, uint64(s+1))
		if weights == nil {
			rows, weights = r, w
			continue
		}
		for i := range weights {
			weights[i] += w[i]
		}
	}
	for i := range weights {
		weights[i] /= float32(t.seeds)
	}
	return rows, weights
}

// trainSoftmaxSeed trains one run, visiting the examples in an order drawn
// from seed. Rows are numbered in the examples' order, so every run's rows
// are the same.
func trainSoftmaxSeed(exs []softmaxEx, t softmaxTraining, seed uint64) (map[uint64]int32, []float32) {
	k := t.classes
	rows := map[uint64]int32{}
	for _, ex := range exs {
		for _, f := range ex.feats {
			if _, ok := rows[f]; !ok {
				rows[f] = int32(len(rows))
			}
		}
	}
	weights := make([]float32, len(rows)*k)
	g2 := make([]float32, len(weights)) // AdaGrad: summed squared gradients
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, t.stream))
	sc := make([]float32, k)
	pr := make([]float64, k)
	for ep := 0; ep < t.epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := &exs[i]
			fits := ex.fits
			if fits == 0 {
				fits = 1<<k - 1
			}
			clear(sc)
			for _, f := range ex.feats {
				w := weights[int(rows[f])*k : int(rows[f]+1)*k]
				for c := range sc {
					sc[c] += w[c]
				}
			}
			mx := float32(math.Inf(-1))
			for c := 0; c < k; c++ {
				if fits&(1<<c) != 0 {
					mx = max(mx, sc[c])
				}
			}
			z := 0.0
			for c := 0; c < k; c++ {
				pr[c] = 0
				if fits&(1<<c) != 0 {
					pr[c] = math.Exp(float64(sc[c] - mx))
					z += pr[c]
				}
			}
			for _, f := range ex.feats {
				r := int(rows[f]) * k
				for c := 0; c < k; c++ {
					if fits&(1<<c) == 0 {
						continue
					}
					g := float32(pr[c]/z) + t.l2*weights[r+c]
					if c == ex.label {
						g--
					}
					g2[r+c] += g * g
					weights[r+c] -= t.rate * g / float32(math.Sqrt(float64(g2[r+c])+1e-8))
				}
			}
		}
	}
	return rows, weights
}
