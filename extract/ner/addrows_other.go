//go:build !amd64 || purego

package ner

// addRows adds the weight rows numbered in rows (noRow skipped) to e[1:], in order.
func addRows(e *[numTags]float32, weights []float32, rows []int32) {
	addRowsGeneric(e, weights, rows)
}

func openerMax(pc *[len(closers)]float32, open *[len(closers)][12]float32, best *[12]float32, arg *[12]int32) {
	openerMaxGeneric(pc, open, best, arg)
}
