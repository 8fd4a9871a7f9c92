package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model is a trained tagger and parser: three weight tables (UPOS tags,
// parser moves, relations) and the relation names.
type Model struct {
	tags   *table
	moves  *table
	labels *table
	rels   []string
	root   int32 // index of "root" in rels
	// The shortcuts (shortcut.go): words with one tag, and tag pairs with
	// one relation.
	dictKeys []uint64
	dictTags []uint8
	rules    []labelRule
}

// modelMagic heads the file; NGSYN1 files (before the shortcuts) still load.
const (
	modelMagic   = "NGSYN2\n"
	modelMagicV1 = "NGSYN1\n"
)

// Encode writes the model gzip-compressed: magic, relation names, then per
// table its class count, row count and rows (key, non-zero weights as
// int16 steps of the table's own scale).
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	var b [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(b[:binary.PutUvarint(b[:], v)]) }
	putU(uint64(len(m.rels)))
	for _, r := range m.rels {
		putU(uint64(len(r)))
		bw.WriteString(r)
	}
	for _, t := range []*table{m.tags, m.moves, m.labels} {
		var maxAbs float32
		for _, v := range t.w {
			maxAbs = max(maxAbs, v, -v)
		}
		scale := float32(1)
		if maxAbs > 0 {
			scale = 32767 / maxAbs
		}
		putU(uint64(t.nClass))
		putU(uint64(len(t.order)))
		binary.LittleEndian.PutUint32(b[:4], math.Float32bits(scale))
		bw.Write(b[:4])
		q := make([]int16, t.nClass)
		for r, key := range t.order {
			binary.LittleEndian.PutUint64(b[:8], key)
			bw.Write(b[:8])
			nz := 0
			for c := range q {
				q[c] = int16(math.Round(float64(t.w[r*t.nClass+c] * scale)))
				if q[c] != 0 {
					nz++
				}
			}
			bw.WriteByte(byte(nz))
			for c, v := range q {
				if v != 0 {
					bw.WriteByte(byte(c))
					binary.LittleEndian.PutUint16(b[:2], uint16(v))
					bw.Write(b[:2])
				}
			}
		}
	}
	putU(uint64(len(m.dictKeys)))
	for i, k := range m.dictKeys {
		binary.LittleEndian.PutUint64(b[:8], k)
		bw.Write(b[:8])
		bw.WriteByte(m.dictTags[i])
	}
	putU(uint64(len(m.rules)))
	for _, r := range m.rules {
		bw.Write([]byte{r.dp, r.hp, r.dir, r.rel})
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

var errBadModel = errors.New("syntax: not a syntax model")

// DecodeModel reads a model written by Encode.
func DecodeModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax model: %w", err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || (string(magic) != modelMagic && string(magic) != modelMagicV1) {
		return nil, errBadModel
	}
	m := &Model{root: -1}
	nr, err := binary.ReadUvarint(br)
	if err != nil || nr > 255 {
		return nil, fmt.Errorf("syntax model: relation count: %w", errBadModel)
	}
	for i := range int(nr) {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 64 {
			return nil, fmt.Errorf("syntax model: relation %d: %w", i, errBadModel)
		}
		s := make([]byte, n)
		if _, err := io.ReadFull(br, s); err != nil {
			return nil, fmt.Errorf("syntax model: relation %d: %w", i, err)
		}
		if string(s) == "root" {
			m.root = int32(i)
		}
		m.rels = append(m.rels, string(s))
	}
	if m.root < 0 {
		return nil, fmt.Errorf("syntax model: no root relation: %w", errBadModel)
	}
	var b [8]byte
	for i, want := range []int{numTags, numMoves, len(m.rels)} {
		nc, err := binary.ReadUvarint(br)
		if err != nil || int(nc) != want {
			return nil, fmt.Errorf("syntax model: table %d has %d classes, want %d: %w", i, nc, want, errBadModel)
		}
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<26 {
			return nil, fmt.Errorf("syntax model: table %d size: %w", i, errBadModel)
		}
		if _, err := io.ReadFull(br, b[:4]); err != nil {
			return nil, fmt.Errorf("syntax model: table %d: %w", i, err)
		}
		scale := math.Float32frombits(binary.LittleEndian.Uint32(b[:4]))
		if !(scale > 0) {
			return nil, fmt.Errorf("syntax model: table %d scale: %w", i, errBadModel)
		}
		t := newTable(want, int(n))
		row := make([]float32, want)
		for range n {
			if _, err := io.ReadFull(br, b[:8]); err != nil {
				return nil, fmt.Errorf("syntax model: table %d: %w", i, err)
			}
			key := binary.LittleEndian.Uint64(b[:8])
			nz, err := br.ReadByte()
			if err != nil {
				return nil, fmt.Errorf("syntax model: table %d: %w", i, err)
			}
			clear(row)
			for range nz {
				if _, err := io.ReadFull(br, b[:3]); err != nil {
					return nil, fmt.Errorf("syntax model: table %d: %w", i, err)
				}
				c := int(b[0])
				if c >= want {
					return nil, fmt.Errorf("syntax model: table %d class %d: %w", i, c, errBadModel)
				}
				row[c] = float32(int16(binary.LittleEndian.Uint16(b[1:3]))) / scale
			}
			t.insert(key, row)
		}
		switch i {
		case 0:
			m.tags = t
		case 1:
			m.moves = t
		default:
			m.labels = t
		}
	}
	if string(magic) == modelMagicV1 {
		return m, nil
	}
	nd, err := binary.ReadUvarint(br)
	if err != nil || nd > 1<<20 {
		return nil, fmt.Errorf("syntax model: tag dictionary size: %w", errBadModel)
	}
	for range nd {
		if _, err := io.ReadFull(br, b[:8]); err != nil {
			return nil, fmt.Errorf("syntax model: tag dictionary: %w", err)
		}
		t, err := br.ReadByte()
		if err != nil || int(t) >= numTags {
			return nil, fmt.Errorf("syntax model: tag dictionary: %w", errBadModel)
		}
		m.dictKeys = append(m.dictKeys, binary.LittleEndian.Uint64(b[:8]))
		m.dictTags = append(m.dictTags, t)
	}
	nrules, err := binary.ReadUvarint(br)
	if err != nil || nrules > uint64(numTags*numTags*2) {
		return nil, fmt.Errorf("syntax model: relation rules: %w", errBadModel)
	}
	for range nrules {
		if _, err := io.ReadFull(br, b[:4]); err != nil {
			return nil, fmt.Errorf("syntax model: relation rules: %w", err)
		}
		r := labelRule{b[0], b[1], b[2], b[3]}
		if int(r.dp) >= numTags || int(r.hp) >= numTags || r.dir > 1 || int(r.rel) >= len(m.rels) {
			return nil, fmt.Errorf("syntax model: relation rule %v: %w", r, errBadModel)
		}
		m.rules = append(m.rules, r)
	}
	return m, nil
}

// prune drops rows that barely move a decision: tagger rows whose weights
// all lie within tags of 0, relation rows within labels of 0, and move rows
// whose three weights lie within moves of each other (adding the same
// amount to every move changes no choice). It judges the int16 steps Encode
// writes, so pruning a decoded model gives the model training would have
// written with the same thresholds.
func (m *Model) prune(tags, moves, labels float32) {
	m.tags = pruneTable(m.tags, tags, false)
	m.moves = pruneTable(m.moves, moves, true)
	m.labels = pruneTable(m.labels, labels, false)
}

func pruneTable(t *table, x float32, spread bool) *table {
	if x <= 0 {
		return t
	}
	scale := quantScale(t.w)
	limit := int32(math.Round(float64(x * scale)))
	var keep []int
	for r := range t.order {
		lo, hi := int32(0), int32(0)
		for c, w := range t.w[r*t.nClass : (r+1)*t.nClass] {
			q := int32(quant(w, scale))
			if spread && c == 0 {
				lo, hi = q, q
			}
			lo, hi = min(lo, q), max(hi, q)
		}
		if (spread && hi-lo >= limit) || (!spread && max(hi, -lo) >= limit) {
			keep = append(keep, r)
		}
	}
	nt := newTable(t.nClass, len(keep))
	for _, r := range keep {
		nt.insert(t.order[r], t.w[r*t.nClass:(r+1)*t.nClass])
	}
	return nt
}
