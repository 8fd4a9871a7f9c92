package syntax

import (
	"math"
	"slices"
)

// table maps feature keys to rows of per-class weights: open addressing over
// keys kept beside their row numbers, weights in one flat array.
type table struct {
	nClass int
	slots  []slot // open addressing, key 0 = empty
	w      []float32
	mask   uint64
	order  []uint64 // keys in row order, for Encode
}

// slot keeps a key beside its row so a probe reads one cache line.
type slot struct {
	key uint64
	row int32
}

func newTable(nClass, n int) *table {
	size := 16
	for size*3 < n*4+4 { // at most 75% full
		size <<= 1
	}
	return &table{nClass: nClass, slots: make([]slot, size), mask: uint64(size - 1)}
}

func (t *table) insert(key uint64, w []float32) {
	if key == 0 {
		key = 1
	}
	row := int32(len(t.w) / t.nClass)
	t.w = append(t.w, w...)
	t.order = append(t.order, key)
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		if t.slots[i].key == 0 {
			t.slots[i] = slot{key, row}
			return
		}
	}
}

// find returns the offset of key's row in t.w, or -1.
func (t *table) find(key uint64) int {
	if key == 0 {
		key = 1
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.key == key {
			return int(sl.row) * t.nClass
		}
		if sl.key == 0 {
			return -1
		}
	}
}

// score adds the rows of feats into out (len nClass).
func (t *table) score(feats []uint64, out []float32) {
	clear(out)
	n := t.nClass
	for _, f := range feats {
		if o := t.find(f); o >= 0 {
			row := t.w[o : o+n : o+n]
			for c := range out[:n] {
				out[c] += row[c]
			}
		}
	}
}

// perceptron is an averaged perceptron under training (Collins 2002), with
// lazy averaging: each weight remembers when it last changed.
type perceptron struct {
	nClass int
	idx    map[uint64]int32
	w      []float32
	tot    []float64
	ts     []int32
	now    int32
}

func newPerceptron(nClass int) *perceptron {
	return &perceptron{nClass: nClass, idx: make(map[uint64]int32)}
}

func (p *perceptron) score(feats []uint64, out []float32) {
	clear(out)
	n := p.nClass
	for _, f := range feats {
		if r, ok := p.idx[f]; ok {
			row := p.w[int(r)*n : int(r)*n+n]
			for c := range out[:n] {
				out[c] += row[c]
			}
		}
	}
}

// tick counts one training instance (the averaging clock).
func (p *perceptron) tick() { p.now++ }

// update moves feats toward class good and away from class bad.
func (p *perceptron) update(feats []uint64, good, bad int) {
	if good == bad {
		return
	}
	n := p.nClass
	for _, f := range feats {
		r, ok := p.idx[f]
		if !ok {
			r = int32(len(p.idx))
			p.idx[f] = r
			p.w = append(p.w, make([]float32, n)...)
			p.tot = append(p.tot, make([]float64, n)...)
			p.ts = append(p.ts, make([]int32, n)...)
		}
		p.add(int(r)*n+good, 1)
		p.add(int(r)*n+bad, -1)
	}
}

func (p *perceptron) add(i int, d float32) {
	p.tot[i] += float64(p.now-p.ts[i]) * float64(p.w[i])
	p.ts[i] = p.now
	p.w[i] += d
}

// averaged returns the averaged weights as a table, leaving out rows whose
// weights all lie within prune of zero. Keys are inserted in sorted order so
// the table (and the model file) is the same on every run.
func (p *perceptron) averaged(prune float32) *table {
	keys := make([]uint64, 0, len(p.idx))
	for k := range p.idx {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	n := p.nClass
	row := make([]float32, n)
	var kept []uint64
	var rows [][]float32
	now := float64(max(p.now, 1))
	for _, k := range keys {
		r := int(p.idx[k]) * n
		big := false
		for c := range row {
			i := r + c
			tot := p.tot[i] + float64(p.now-p.ts[i])*float64(p.w[i])
			row[c] = float32(tot / now)
			if float32(math.Abs(float64(row[c]))) >= prune {
				big = true
			}
		}
		if big {
			kept = append(kept, k)
			rows = append(rows, slices.Clone(row))
		}
	}
	t := newTable(n, len(kept))
	for i, k := range kept {
		t.insert(k, rows[i])
	}
	return t
}
