package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The relation classifier is a multinomial logistic regression over candidate
// name pairs. It is trained on the CoNLL04 training sentences by TrainRelations
// (`newsgraph train relations`; TestRelModelRebuild checks the file) and embedded;
// the file holds hashed feature weights only, no text of the corpus.

//go:embed relmodel.bin
var embeddedRelModel []byte

// relClasses: 0 is no relation; class 1+2t means the first name of the pair (in
// text order) is the head of CoNLL04 type t, 2+2t that the second is.
const relClasses = 1 + 2*5

func relClass(typ int, firstIsHead bool) int {
	if firstIsHead {
		return 1 + 2*typ
	}
	return 2 + 2*typ
}

// relModel holds one row of class weights per feature.
type relModel struct {
	rows    map[uint64]int32
	weights []float32
	// The hot path (inference) reads a compact copy built by freeze: an
	// open-addressing table of 32-bit fingerprints and row numbers, and the
	// weights as int16 steps of qscale (the steps the file stores anyway). A
	// float table with 64-bit keys took twice the cache and made the relation
	// stage twice as slow once the model grew to 28k features.
	table []relSlot
	mask  uint64
	// seen is a one-hash filter of the keys: most features of a pair are not in
	// the model, and a 64 KiB bit set answers those from the L2 cache.
	seen   []uint64
	qw     []int16
	qscale float32
	// noneBias is subtracted from the no-relation score: the decision threshold,
	// chosen by cross-validation on the training part.
	noneBias float32
	// sure is the margin over "no relation" above which the classifier
	// overrules the checks named in overridable.
	sure float32
}

// relSlot is one table entry: the key's upper half and its row plus one (0
// marks an empty slot). The slot comes from the whole key, so another key is
// taken for it only if it shares the upper half and the probe run: about one
// lookup in four billion, which adds one stray feature's weights.
type relSlot struct {
	fp  uint32
	row int32
}

// relSeenLog sizes the key filter: 2^19 bits, 64 KiB.
const (
	relSeenLog  = 19
	relSeenBits = 1 << relSeenLog
)

func newRelModel() *relModel { return &relModel{rows: map[uint64]int32{}} }

// freeze builds the compact lookup form. Keys are inserted in sorted order so
// the table is the same on every run.
func (m *relModel) freeze() {
	size := 1
	for size < 2*len(m.rows)+2 {
		size <<= 1
	}
	m.table, m.mask = make([]relSlot, size), uint64(size-1)
	keys := make([]uint64, 0, len(m.rows))
	for k := range m.rows {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	m.seen = make([]uint64, relSeenBits/64)
	for _, k := range keys {
		b := relMix(k) >> (64 - relSeenLog)
		m.seen[b/64] |= 1 << (b % 64)
		i := relMix(k) & m.mask
		for m.table[i].row != 0 {
			i = (i + 1) & m.mask
		}
		m.table[i] = relSlot{uint32(k >> 32), m.rows[k] + 1}
	}
	var maxAbs float32
	for _, v := range m.weights {
		maxAbs = max(maxAbs, v, -v)
	}
	m.qscale = 1
	if maxAbs > 0 {
		m.qscale = maxAbs / 32767
	}
	m.qw = make([]int16, len(m.weights))
	for i, v := range m.weights {
		m.qw[i] = int16(math.Round(float64(v / m.qscale)))
	}
}

// scores sums the rows of the features into s.
func (m *relModel) scores(feats []uint64, s *[relClasses]float32) {
	*s = [relClasses]float32{}
	if m.table == nil {
		// Training: the float weights as they move.
		for _, f := range feats {
			r, ok := m.rows[f]
			if !ok {
				continue
			}
			w := m.weights[int(r)*relClasses : int(r+1)*relClasses]
			for c := range s {
				s[c] += w[c]
			}
		}
		s[0] -= m.noneBias
		return
	}
	// The rows first, then their weights: a weight row's address waits on
	// its slot, and with the sums out of the way the slot misses of many
	// features are in flight at once, then the weight misses.
	var rowBuf [64]int32
	rows := rowBuf[:0]
	for _, f := range feats {
		h := relMix(f)
		if b := h >> (64 - relSeenLog); m.seen[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		fp := uint32(f >> 32)
		for i := h & m.mask; ; i = (i + 1) & m.mask {
			sl := m.table[i]
			if sl.row == 0 {
				break
			}
			if sl.fp == fp {
				rows = append(rows, sl.row)
				break
			}
		}
	}
	var acc [relClasses]int32
	for _, r := range rows {
		w := m.qw[int(r-1)*relClasses : int(r)*relClasses]
		for c := range acc {
			acc[c] += int32(w[c])
		}
	}
	for c := range s {
		s[c] = float32(acc[c]) * m.qscale
	}
	s[0] -= m.noneBias
}

// relSure is relModel.sure for the shipped model. Cross-validation on train
// (TestRelationCV -relmodel-cv-sure) scores 1, 2 and 3 alike; 3 adds no
// false relation on the news development set where 2 added two.
const relSure = 3

const relModelMagic = "NGREL2\n"

// relPrune is the smallest weight kept, as a share of the largest.
// 0.06 drops a quarter of the rows (those whose weights change no decision)
// at the same CoNLL04 dev F1.
const relPrune = 0.06

// encode writes the model: magic, weight scale, threshold, feature count, then per feature its key and
// its weights as int16 steps of a shared scale; gzip-compressed.
func (m *relModel) encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(relModelMagic)
	var maxAbs float32
	for _, v := range m.weights {
		maxAbs = max(maxAbs, v, -v)
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = 32767 / maxAbs
	}
	q := func(v float32) int16 { return int16(math.Round(float64(v * scale))) }
	keys := make([]uint64, 0, len(m.rows))
	for k, r := range m.rows {
		// Rows whose weights are all tiny change no decision but cost a cache
		// miss each at inference: keep a feature only if some weight matters.
		keep := false
		for _, v := range m.weights[int(r)*relClasses : int(r+1)*relClasses] {
			if max(v, -v) >= relPrune*maxAbs {
				keep = true
			}
		}
		if keep {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var b [8]byte
	binary.LittleEndian.PutUint32(b[:4], math.Float32bits(scale))
	bw.Write(b[:4])
	binary.LittleEndian.PutUint32(b[:4], math.Float32bits(m.noneBias))
	bw.Write(b[:4])
	binary.LittleEndian.PutUint32(b[:4], uint32(len(keys)))
	bw.Write(b[:4])
	for _, k := range keys {
		binary.LittleEndian.PutUint64(b[:], k)
		bw.Write(b[:])
		r := m.rows[k]
		for _, v := range m.weights[int(r)*relClasses : int(r+1)*relClasses] {
			binary.LittleEndian.PutUint16(b[:2], uint16(q(v)))
			bw.Write(b[:2])
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// decodeRelModel reads a model written by encode.
func decodeRelModel(data []byte) (*relModel, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("relation model: %w", err)
	}
	defer zr.Close()
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("relation model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(relModelMagic)) || len(raw) < len(relModelMagic)+12 {
		return nil, errors.New("relation model: bad header")
	}
	raw = raw[len(relModelMagic):]
	scale := math.Float32frombits(binary.LittleEndian.Uint32(raw))
	bias := math.Float32frombits(binary.LittleEndian.Uint32(raw[4:]))
	n := int(binary.LittleEndian.Uint32(raw[8:]))
	raw = raw[12:]
	const rec = 8 + 2*relClasses
	if !(scale > 0) || math.IsNaN(float64(bias)) || math.IsInf(float64(bias), 0) || n < 0 || len(raw) != n*rec {
		return nil, fmt.Errorf("relation model: %d bytes for %d features", len(raw), n)
	}
	m := &relModel{rows: make(map[uint64]int32, n), weights: make([]float32, 0, n*relClasses), noneBias: bias}
	for i := 0; i < n; i++ {
		r := raw[i*rec : (i+1)*rec]
		m.rows[binary.LittleEndian.Uint64(r)] = int32(i)
		for c := 0; c < relClasses; c++ {
			m.weights = append(m.weights, float32(int16(binary.LittleEndian.Uint16(r[8+2*c:])))/scale)
		}
	}
	m.sure = relSure
	m.freeze()
	return m, nil
}
