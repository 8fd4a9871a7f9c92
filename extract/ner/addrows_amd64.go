//go:build amd64 && !purego

package ner

// addRows adds the weight rows numbered in rows (noRow skipped) to e[1:],
// in order. Four-lane SSE adds round each lane exactly as the scalar adds of
// addRowsGeneric do, so the sums are bit-identical; the loop is the largest
// cost of tagging in pure Go (16 dependent scalar adds per feature).
//
//go:noescape
func addRows(e *[numTags]float32, weights []float32, rows []int32)

// openerMax finds, for each opener j (lanes of open), the closer k that
// maximises pc[k] + open[k][j], the first one on ties, as openerMaxGeneric.
//
//go:noescape
func openerMax(pc *[len(closers)]float32, open *[len(closers)][12]float32, best *[12]float32, arg *[12]int32)
