package syntax

// The tables parsing reads are laid out for the cache: parsing is a few
// hundred hash probes per word, and with the weights spread over 26 MB
// nearly every probe missed L2 and waited on memory. Weights are int16 steps
// of a per-table scale (the model file stores them so, so nothing is lost),
// keys shrink to 16-bit fingerprints beside the weights, and a slot index is
// the key's upper half scaled to the table length (Lemire's multiply-shift),
// so a table is 1/0.7 of its rows, not the next power of two. A key's
// probe run starts at the head of a 64-byte line, and a score call first
// touches every feature's line with independent loads, so their misses
// overlap (scoreBatch).
//
// A fingerprint match on an absent feature needs the same home slot and
// the same 16 bits within a probe run of a few slots: about one absent
// lookup in 20,000 adds some row's weights. Dev scores are the same to
// 0.01 points as with full 64-bit keys.

import "math"

const maxLoad = 0.7

// quantScale maps a table's weights onto int16 steps.
func quantScale(w []float32) float32 {
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, v, -v)
	}
	if maxAbs == 0 {
		return 1
	}
	return 32767 / maxAbs
}

func quant(v, scale float32) int16 { return int16(math.Round(float64(v * scale))) }

// slotCount is the table length for rows: a whole number of 64-byte lines.
func slotCount(rows, perLine int) int { return (int(float64(rows)/maxLoad)/perLine + 1) * perLine }

// home is key's first slot among n: the first of a 64-byte line of perLine
// slots, so a probe run usually stays within one cache line. (Go allocates
// large slices page-aligned.)
func home(key uint64, n, perLine int) int {
	return int((key>>32)*uint64(n/perLine)>>32) * perLine
}

const (
	moveSlotsPerLine   = 64 / 8
	sparseSlotsPerLine = 64 / 16
)

// fp16 is the key's fingerprint; 0 marks an empty slot.
func fp16(key uint64) uint16 {
	if f := uint16(key); f != 0 {
		return f
	}
	return 1
}

// moveTable holds the move weights, three int16 beside a fingerprint: one
// 8-byte slot per feature.
type moveTable struct {
	slots []moveSlot
	scale float32
}

type moveSlot struct {
	fp uint16
	w  [numMoves]int16
}

func newMoveTable(t *table) *moveTable {
	mt := newMoveTableFor(len(t.order))
	mt.scale = quantScale(t.w)
	for r, key := range t.order {
		var w [numMoves]int16
		for c := range w {
			w[c] = quant(t.w[r*numMoves+c], mt.scale)
		}
		mt.insert(key, w)
	}
	return mt
}

// newMoveTableFor is an empty table sized for rows.
func newMoveTableFor(rows int) *moveTable {
	return &moveTable{slots: make([]moveSlot, slotCount(rows, moveSlotsPerLine))}
}

// insert adds a row; a table takes no more rows than it was sized for.
func (mt *moveTable) insert(key uint64, w [numMoves]int16) {
	fp := fp16(key)
	for i := home(key, len(mt.slots), moveSlotsPerLine); ; i++ {
		if i == len(mt.slots) {
			i = 0
		}
		if mt.slots[i].fp == 0 {
			mt.slots[i] = moveSlot{fp: fp, w: w}
			return
		}
	}
}

func (mt *moveTable) score(feats []uint64) (s [numMoves]int32) {
	for len(feats) > 0 {
		k := min(len(feats), batch)
		mt.scoreBatch(feats[:k], &s)
		feats = feats[k:]
	}
	return s
}

// batch is how many features a score call reads before probing: the
// first pass touches every feature's home slot with loads that do not
// wait on each other, so the cache misses overlap instead of queueing one
// behind the other's compare and branch.
const batch = 128

func (mt *moveTable) scoreBatch(feats []uint64, s *[numMoves]int32) {
	slots := mt.slots
	n := len(slots)
	var homes [batch]int32
	var first [batch]uint16
	for j, key := range feats {
		h := home(key, n, moveSlotsPerLine)
		homes[j] = int32(h)
		first[j] = slots[h].fp
	}
	for j, key := range feats {
		fp := fp16(key)
		i := int(homes[j])
		if f := first[j]; f != fp {
			if f == 0 {
				continue
			}
			for {
				if i++; i == n {
					i = 0
				}
				f = slots[i].fp
				if f == fp || f == 0 {
					break
				}
			}
			if f == 0 {
				continue
			}
		}
		sl := &slots[i]
		s[0] += int32(sl.w[0])
		s[1] += int32(sl.w[1])
		s[2] += int32(sl.w[2])
	}
}

// sparseTable holds the tag and relation weights: a feature's row keeps
// only its non-zero classes (a few of 17 tags or of 50 relations). Rows of
// up to four classes (85% of the tagger's, 75% of the relations') sit in
// the 16-byte slot itself; longer ones in entries.
type sparseTable struct {
	nClass  int
	slots   []sparseSlot
	entries []classWeight
	scale   float32
}

type sparseSlot struct {
	fp uint16
	n  uint8 // classes in the row
	c  [inlineClasses]uint8
	_  uint8
	w  [inlineClasses]int16 // for n > inlineClasses, w[0] | w[1]<<16 is the offset in entries
}

const inlineClasses = 4

type classWeight struct {
	c uint16
	w int16
}

func newSparseTable(t *table) *sparseTable {
	st := newSparseTableFor(t.nClass, len(t.order))
	st.scale = quantScale(t.w)
	var row []classWeight
	for r, key := range t.order {
		row = row[:0]
		for c, w := range t.w[r*t.nClass : (r+1)*t.nClass] {
			if q := quant(w, st.scale); q != 0 {
				row = append(row, classWeight{uint16(c), q})
			}
		}
		st.insert(key, row)
	}
	return st
}

// newSparseTableFor is an empty table sized for rows.
func newSparseTableFor(nClass, rows int) *sparseTable {
	return &sparseTable{nClass: nClass, slots: make([]sparseSlot, slotCount(rows, sparseSlotsPerLine))}
}

// insert adds a row, its classes in increasing order; a table takes no
// more rows than it was sized for.
func (st *sparseTable) insert(key uint64, row []classWeight) {
	sl := sparseSlot{fp: fp16(key), n: uint8(len(row))}
	if len(row) <= inlineClasses {
		for k, e := range row {
			sl.c[k], sl.w[k] = uint8(e.c), e.w
		}
	} else {
		off := len(st.entries)
		st.entries = append(st.entries, row...)
		sl.w[0], sl.w[1] = int16(uint16(off)), int16(uint16(off>>16))
	}
	for i := home(key, len(st.slots), sparseSlotsPerLine); ; i++ {
		if i == len(st.slots) {
			i = 0
		}
		if st.slots[i].fp == 0 {
			st.slots[i] = sl
			return
		}
	}
}

// score adds the rows of feats into out (len nClass).
func (st *sparseTable) score(feats []uint64, out []int32) {
	clear(out)
	out = out[:st.nClass]
	for len(feats) > 0 {
		k := min(len(feats), batch)
		st.scoreBatch(feats[:k], out)
		feats = feats[k:]
	}
}

// scoreBatch touches every home slot first, as moveTable.scoreBatch does.
func (st *sparseTable) scoreBatch(feats []uint64, out []int32) {
	slots := st.slots
	n := len(slots)
	var homes [batch]int32
	var first [batch]uint16
	for j, key := range feats {
		h := home(key, n, sparseSlotsPerLine)
		homes[j] = int32(h)
		first[j] = slots[h].fp
	}
	for j, key := range feats {
		fp := fp16(key)
		i := int(homes[j])
		if f := first[j]; f != fp {
			if f == 0 {
				continue
			}
			for {
				if i++; i == n {
					i = 0
				}
				f = slots[i].fp
				if f == fp || f == 0 {
					break
				}
			}
			if f == 0 {
				continue
			}
		}
		sl := &slots[i]
		if sl.n <= inlineClasses {
			for k := range sl.c[:sl.n] {
				if c := int(sl.c[k]); c < len(out) {
					out[c] += int32(sl.w[k])
				}
			}
			continue
		}
		off := int(uint16(sl.w[0])) | int(uint16(sl.w[1]))<<16
		for _, e := range st.entries[off : off+int(sl.n)] {
			if int(e.c) < len(out) {
				out[e.c] += int32(e.w)
			}
		}
	}
}
