package syntax

// moveTable is the move weights laid out for parsing: each slot holds a
// 32-bit fingerprint of the key and the three move weights inline, so a
// lookup reads one 16-byte slot (one cache line) instead of a slot and a row.
// A fingerprint collision between a present and an absent feature needs equal
// slot bits and equal upper 32 bits: about one lookup in 2^32.
type moveTable struct {
	slots []moveSlot
	mask  uint64
	// filter has one bit per key hash (key >> filterShift), in L2: most
	// absent features (unseen word pairs) stop there without a probe.
	filter []uint64
}

type moveSlot struct {
	fp uint32
	w  [numMoves]float32
}

const (
	filterBits  = 21 // 256 KiB
	filterShift = 64 - filterBits
)

func fingerprint(key uint64) uint32 { return uint32(key>>32) | 1 }

func newMoveTable(t *table) *moveTable {
	n := len(t.order)
	size := 16
	for size*3 < n*4+4 {
		size <<= 1
	}
	mt := &moveTable{slots: make([]moveSlot, size), mask: uint64(size - 1), filter: make([]uint64, 1<<filterBits/64)}
	for r, key := range t.order {
		if key == 0 {
			key = 1
		}
		f := key >> filterShift
		mt.filter[f/64] |= 1 << (f % 64)
		fp := fingerprint(key)
		for i := key & mt.mask; ; i = (i + 1) & mt.mask {
			if mt.slots[i].fp == 0 {
				mt.slots[i].fp = fp
				copy(mt.slots[i].w[:], t.w[r*numMoves:(r+1)*numMoves])
				break
			}
		}
	}
	return mt
}

func (mt *moveTable) score(feats []uint64) (s [numMoves]float32) {
	for _, key := range feats {
		if key == 0 {
			key = 1
		}
		if f := key >> filterShift; mt.filter[f/64]&(1<<(f%64)) == 0 {
			continue
		}
		fp := fingerprint(key)
		for i := key & mt.mask; ; i = (i + 1) & mt.mask {
			sl := &mt.slots[i]
			if sl.fp == fp {
				s[0] += sl.w[0]
				s[1] += sl.w[1]
				s[2] += sl.w[2]
				break
			}
			if sl.fp == 0 {
				break
			}
		}
	}
	return s
}

// sparseTable holds the tag and relation weights for tagging and parsing: a
// feature's row keeps only its non-zero classes (a few of 17 tags or of 50
// relations), so scoring adds a handful of weights per feature, not a row.
type sparseTable struct {
	nClass  int
	slots   []sparseSlot
	mask    uint64
	entries []classWeight
}

type sparseSlot struct {
	fp  uint32
	n   uint32 // entries of the row
	off uint32 // first entry
}

type classWeight struct {
	c uint32
	w float32
}

func newSparseTable(t *table) *sparseTable {
	n := len(t.order)
	size := 16
	for size*3 < n*4+4 {
		size <<= 1
	}
	st := &sparseTable{nClass: t.nClass, slots: make([]sparseSlot, size), mask: uint64(size - 1)}
	for r, key := range t.order {
		if key == 0 {
			key = 1
		}
		off := len(st.entries)
		for c, w := range t.w[r*t.nClass : (r+1)*t.nClass] {
			if w != 0 {
				st.entries = append(st.entries, classWeight{uint32(c), w})
			}
		}
		fp := fingerprint(key)
		for i := key & st.mask; ; i = (i + 1) & st.mask {
			if st.slots[i].fp == 0 {
				st.slots[i] = sparseSlot{fp: fp, n: uint32(len(st.entries) - off), off: uint32(off)}
				break
			}
		}
	}
	return st
}

// score adds the rows of feats into out (len nClass).
func (st *sparseTable) score(feats []uint64, out []float32) {
	clear(out)
	out = out[:st.nClass]
	for _, key := range feats {
		if key == 0 {
			key = 1
		}
		fp := fingerprint(key)
		for i := key & st.mask; ; i = (i + 1) & st.mask {
			sl := &st.slots[i]
			if sl.fp == fp {
				for _, e := range st.entries[sl.off : sl.off+sl.n] {
					if int(e.c) < len(out) {
						out[e.c] += e.w
					}
				}
				break
			}
			if sl.fp == 0 {
				break
			}
		}
	}
}
