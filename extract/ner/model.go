package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"sort"
)

// Types are the CoNLL entity types, in tag order.
var Types = [4]string{"PER", "LOC", "ORG", "MISC"}

// BILOU tags: 0 is O; type t has B=1+4t, I=2+4t, L=3+4t, U=4+4t.
const numTags = 17

const (
	posB = iota
	posI
	posL
	posU
)

func tagOf(typ, pos int) uint8 { return uint8(1 + 4*typ + pos) }

// tagType returns 0 for O, 1+type otherwise.
func tagType(t uint8) int {
	if t == 0 {
		return 0
	}
	return int(t-1)/4 + 1
}

func tagPos(t uint8) int { return int(t-1) % 4 }

// allowed[p][t] says whether tag t may follow tag p (BILOU grammar);
// row numTags is the sentence start.
var allowed = func() (a [numTags + 1][numTags]bool) {
	for p := 0; p <= numTags; p++ {
		for t := 0; t < numTags; t++ {
			open := p < numTags && p != 0 && (tagPos(uint8(p)) == posB || tagPos(uint8(p)) == posI)
			tp := -1
			if t != 0 {
				tp = tagPos(uint8(t))
			}
			switch {
			case open:
				a[p][t] = t != 0 && (tp == posI || tp == posL) && tagType(uint8(t)) == tagType(uint8(p))
			default:
				a[p][t] = t == 0 || tp == posB || tp == posU
			}
		}
	}
	return a
}()

// canEnd says whether a sentence may end on tag t.
func canEnd(t int) bool { return t == 0 || tagPos(uint8(t)) == posL || tagPos(uint8(t)) == posU }

// Model is a trained linear sequence model: feature rows of per-tag weights
// in an open-addressing table, and tag transition weights.
type Model struct {
	slots []slot // open addressing; key 0 = empty
	// weights holds rowLen weights per feature: tags 1..16 relative to O.
	// Only differences between tags of one token matter to Viterbi, so each
	// row is shifted to make O's weight 0 and a row fits one cache line.
	weights []float32
	trans   [numTags + 1][numTags]float32
	mask    uint64
	// filter has one bit per hash of a stored key (key >> filterShift): a
	// feature the model lacks, the common case for context features, is
	// rejected from a 128 KiB table in cache instead of a miss into slots.
	filter []uint64
	// Clusters maps lower-cased word hashes to cluster ids + 1.
	clusters map[uint64]uint32
	// dedup, while DecodeModel fills the model, finds rows stored already:
	// two in five rows repeat another bit for bit, and sharing them keeps
	// more of the weights in cache.
	dedup map[[rowLen]uint32]int32
}

// slot keeps a key next to its row so a probe touches one cache line.
type slot struct {
	key uint64
	row int32
}

func newModel(n int) *Model {
	// At most 70% full: lookups that hit (most of them) still probe about
	// two adjacent slots, and the table is half the size it is at 35%, so
	// more of it stays in cache; misses mostly stop at the filter.
	size := 1
	for size*7 < n*10+10 {
		size <<= 1
	}
	return &Model{slots: make([]slot, size), mask: uint64(size - 1)}
}

// rowLen is the stored weights per feature.
const rowLen = numTags - 1

// filterBits sizes the filter: 2^20 bits for about 80k features keeps false
// positives near 8%.
const (
	filterBits  = 20
	filterShift = 64 - filterBits
)

func (m *Model) insert(key uint64, w []float32) {
	if key == 0 {
		key = 1
	}
	if m.filter == nil {
		m.filter = make([]uint64, 1<<filterBits/64)
	}
	f := key >> filterShift
	m.filter[f/64] |= 1 << (f % 64)
	var r [rowLen]float32
	for t := 1; t < numTags; t++ {
		r[t-1] = w[t] - w[0]
	}
	row, shared := int32(0), false
	var bits [rowLen]uint32
	if m.dedup != nil {
		for t, v := range r {
			bits[t] = math.Float32bits(v)
		}
		row, shared = m.dedup[bits]
	}
	if !shared {
		row = int32(len(m.weights) / rowLen)
		m.weights = append(m.weights, r[:]...)
		if m.dedup != nil {
			m.dedup[bits] = row
		}
	}
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		if m.slots[i].key == 0 {
			m.slots[i] = slot{key, row}
			return
		}
	}
}

// row returns the weights of a feature (tags 1..16), or nil.
func (m *Model) row(key uint64) *[rowLen]float32 {
	if key == 0 {
		key = 1
	}
	if f := key >> filterShift; m.filter == nil || m.filter[f/64]&(1<<(f%64)) == 0 {
		return nil
	}
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		sl := &m.slots[i]
		if sl.key == key {
			r := int(sl.row) * rowLen
			return (*[rowLen]float32)(m.weights[r : r+rowLen])
		}
		if sl.key == 0 {
			return nil
		}
	}
}

const modelMagic = "NGNER2\n"

// quantScale turns weights into int16 steps when training prunes weights
// that would round to zero; Encode picks its own scale from the largest
// weight so nothing clips.
const quantScale = 1024

// Encode writes the model: magic, transitions, clusters, then per feature its
// key, a bit set of non-zero tags and their int16 weights; gzip-compressed.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	var b [8]byte
	put32 := func(v uint32) { binary.LittleEndian.PutUint32(b[:4], v); bw.Write(b[:4]) }
	put64 := func(v uint64) { binary.LittleEndian.PutUint64(b[:], v); bw.Write(b[:]) }
	for p := range m.trans {
		for t := range m.trans[p] {
			put32(math.Float32bits(m.trans[p][t]))
		}
	}
	var maxAbs float32
	for _, v := range m.weights {
		maxAbs = max(maxAbs, v, -v)
	}
	scale := float32(quantScale)
	if maxAbs*scale > 32767 {
		scale = 32767 / maxAbs
	}
	put32(math.Float32bits(scale))
	q := func(v float32) int16 { return int16(math.Round(float64(v * scale))) }
	ck := make([]uint64, 0, len(m.clusters))
	for k := range m.clusters {
		ck = append(ck, k)
	}
	sort.Slice(ck, func(i, j int) bool { return ck[i] < ck[j] })
	put32(uint32(len(ck)))
	for _, k := range ck {
		put64(k)
		put32(m.clusters[k])
	}
	type kr struct {
		key uint64
		row int32
	}
	var feats []kr
	for _, sl := range m.slots {
		if sl.key != 0 {
			feats = append(feats, kr{sl.key, sl.row})
		}
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i].key < feats[j].key })
	put32(uint32(len(feats)))
	for _, f := range feats {
		var row [numTags]float32
		copy(row[1:], m.weights[int(f.row)*rowLen:int(f.row+1)*rowLen])
		var set uint32
		for t, v := range row {
			if q(v) != 0 {
				set |= 1 << t
			}
		}
		put64(f.key)
		put32(set)
		for t, v := range row {
			if set&(1<<t) != 0 {
				binary.LittleEndian.PutUint16(b[:2], uint16(q(v)))
				bw.Write(b[:2])
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func quant(v float32) int16 {
	q := math.Round(float64(v) * quantScale)
	return int16(max(-32767, min(32767, q)))
}

// DecodeModel reads a model written by Encode.
func DecodeModel(r io.Reader) (*Model, error) { return decodeModel(r, true) }

// decodeModel reads a model, sharing repeated rows when dedup is set.
func decodeModel(r io.Reader, dedup bool) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("ner: model: bad magic")
	}
	var b [8]byte
	var rerr error
	get32 := func() uint32 {
		if _, err := io.ReadFull(br, b[:4]); err != nil && rerr == nil {
			rerr = err
		}
		return binary.LittleEndian.Uint32(b[:4])
	}
	get64 := func() uint64 {
		if _, err := io.ReadFull(br, b[:]); err != nil && rerr == nil {
			rerr = err
		}
		return binary.LittleEndian.Uint64(b[:])
	}
	var trans [numTags + 1][numTags]float32
	for p := range trans {
		for t := range trans[p] {
			trans[p][t] = math.Float32frombits(get32())
		}
	}
	scale := math.Float32frombits(get32())
	if rerr != nil || !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, fmt.Errorf("ner: model: bad weight scale")
	}
	nc := get32()
	if rerr != nil || nc > 1<<24 {
		return nil, fmt.Errorf("ner: model: bad cluster count")
	}
	clusters := make(map[uint64]uint32, nc)
	for i := uint32(0); i < nc; i++ {
		k := get64()
		clusters[k] = get32()
	}
	nf := get32()
	if rerr != nil || nf > 1<<26 {
		return nil, fmt.Errorf("ner: model: bad feature count")
	}
	m := newModel(int(nf))
	m.trans = trans
	m.clusters = clusters
	m.weights = make([]float32, 0, int(nf)*rowLen)
	if dedup {
		m.dedup = make(map[[rowLen]uint32]int32)
		defer func() { m.dedup = nil }()
	}
	var row [numTags]float32
	for i := uint32(0); i < nf && rerr == nil; i++ {
		key := get64()
		set := get32()
		if bits.Len32(set) > numTags {
			return nil, fmt.Errorf("ner: model: bad tag set")
		}
		for t := range row {
			row[t] = 0
			if set&(1<<t) != 0 {
				if _, err := io.ReadFull(br, b[:2]); err != nil {
					rerr = err
				}
				row[t] = float32(int16(binary.LittleEndian.Uint16(b[:2]))) / scale
			}
		}
		m.insert(key, row[:])
	}
	if rerr != nil {
		return nil, fmt.Errorf("ner: model: %w", rerr)
	}
	m.weights = slices.Clip(append(make([]float32, 0, len(m.weights)), m.weights...))
	return m, nil
}
