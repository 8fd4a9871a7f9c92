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
}

const modelMagic = "NGSYN1\n"

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
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
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
	return m, nil
}
