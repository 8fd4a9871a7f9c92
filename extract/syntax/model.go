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

var errBadModel = errors.New("not a syntax model, or a damaged one")

// tableNames name the weight tables in errors, in file order.
var tableNames = [3]string{"tags", "moves", "relations"}

// maxTableRows bounds a table's row count (the shipped model's largest has
// 655,231): a reader sizes its table from the count before the rows come,
// and a corrupt count must be an error, not an allocation of gigabytes.
const maxTableRows = 1 << 23

// tableSink takes a model's weight tables row by row as decodeModel reads
// them, so that a reader wanting another layout (the parser's, fast.go)
// builds it directly and never holds the whole model decoded into floats.
type tableSink interface {
	// begin starts table i (tableNames): its class count, its row count and
	// the scale of its int16 steps (weight = step / scale).
	begin(i, nClass, rows int, scale float32)
	// row adds one row: its key (never 0) and each class's step, 0 for the
	// classes the file leaves out. q is overwritten by the next call.
	row(key uint64, q []int16)
	// end closes the table begun last.
	end()
}

// DecodeModel reads a model written by Encode.
func DecodeModel(r io.Reader) (*Model, error) {
	var s floatTables
	m, err := decodeModel(r, &s)
	if err != nil {
		return nil, fmt.Errorf("syntax model: %w", err)
	}
	m.tags, m.moves, m.labels = s.t[0], s.t[1], s.t[2]
	return m, nil
}

// floatTables is the tableSink of DecodeModel: the training layout, float32
// weights, which Encode writes and prune judges.
type floatTables struct {
	t     [3]*table
	cur   int
	scale float32
	w     []float32
}

func (s *floatTables) begin(i, nClass, rows int, scale float32) {
	s.cur, s.scale = i, scale
	s.t[i] = newTable(nClass, rows)
	s.w = make([]float32, nClass)
}

func (s *floatTables) row(key uint64, q []int16) {
	for c, v := range q {
		s.w[c] = float32(v) / s.scale
	}
	s.t[s.cur].insert(key, s.w)
}

func (s *floatTables) end() {}

// decodeModel reads a model written by Encode, handing its weight tables to
// sink row by row; the Model it returns has everything else (relation
// names, tag dictionary, relation rules) and no tables. Errors name the
// part of the file that is wrong and why.
func decodeModel(r io.Reader, sink tableSink) (*Model, error) {
	// gzip reads a ByteReader byte-exact, so what is left of it after the
	// member is what follows in the file.
	if _, ok := r.(io.ByteReader); !ok {
		r = bufio.NewReader(r)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("not gzip: %w", err)
	}
	zr.Multistream(false) // Encode writes one member; bytes after it are damage
	mr := &modelReader{r: zr, raw: r, buf: make([]byte, 64<<10)}
	magic, err := mr.next(len(modelMagic))
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	v1 := string(magic) == modelMagicV1
	if !v1 && string(magic) != modelMagic {
		return nil, fmt.Errorf("header %q: %w", magic, errBadModel)
	}
	m := &Model{root: -1}
	nr, err := mr.uvarint()
	if err != nil {
		return nil, fmt.Errorf("relation count: %w", err)
	}
	if nr > 255 {
		return nil, fmt.Errorf("relation count %d: %w", nr, errBadModel)
	}
	m.rels = make([]string, 0, nr)
	for i := range int(nr) {
		n, err := mr.uvarint()
		if err != nil {
			return nil, fmt.Errorf("relation %d: %w", i, err)
		}
		if n > 64 {
			return nil, fmt.Errorf("relation %d: name of %d bytes: %w", i, n, errBadModel)
		}
		s, err := mr.next(int(n))
		if err != nil {
			return nil, fmt.Errorf("relation %d: %w", i, err)
		}
		if string(s) == "root" {
			m.root = int32(i)
		}
		m.rels = append(m.rels, string(s))
	}
	if m.root < 0 {
		return nil, fmt.Errorf("no root relation: %w", errBadModel)
	}
	q := make([]int16, max(numTags, numMoves, len(m.rels)))
	for i, want := range []int{numTags, numMoves, len(m.rels)} {
		name := tableNames[i]
		nc, err := mr.uvarint()
		if err != nil {
			return nil, fmt.Errorf("table %s: class count: %w", name, err)
		}
		if nc != uint64(want) {
			return nil, fmt.Errorf("table %s has %d classes, want %d: %w", name, nc, want, errBadModel)
		}
		n, err := mr.uvarint()
		if err != nil {
			return nil, fmt.Errorf("table %s: row count: %w", name, err)
		}
		if n > maxTableRows {
			return nil, fmt.Errorf("table %s: %d rows, more than any model has: %w", name, n, errBadModel)
		}
		b, err := mr.next(4)
		if err != nil {
			return nil, fmt.Errorf("table %s: scale: %w", name, err)
		}
		scale := math.Float32frombits(binary.LittleEndian.Uint32(b))
		if !(scale > 0) {
			return nil, fmt.Errorf("table %s: scale %v: %w", name, scale, errBadModel)
		}
		sink.begin(i, want, int(n), scale)
		row := q[:want]
		for r := range n {
			b, err := mr.next(9)
			if err != nil {
				return nil, fmt.Errorf("table %s: row %d of %d: %w", name, r, n, err)
			}
			key := binary.LittleEndian.Uint64(b)
			if key == 0 {
				key = 1 // 0 marks an empty slot; the training table maps it so too
			}
			nz := int(b[8])
			if b, err = mr.next(3 * nz); err != nil {
				return nil, fmt.Errorf("table %s: row %d of %d: %w", name, r, n, err)
			}
			clear(row)
			for k := 0; k < len(b); k += 3 {
				c := int(b[k])
				if c >= want {
					return nil, fmt.Errorf("table %s: row %d: class %d of %d: %w", name, r, c, want, errBadModel)
				}
				row[c] = int16(binary.LittleEndian.Uint16(b[k+1 : k+3]))
			}
			sink.row(key, row)
		}
		sink.end()
	}
	if !v1 {
		if err := m.decodeShortcuts(mr); err != nil {
			return nil, err
		}
	}
	// Reading to the end checks the gzip checksum and length, which catch
	// a damaged or cut file whose damage the fields above happen to pass.
	if err := mr.end(); err != nil {
		return nil, fmt.Errorf("after the last table: %w", err)
	}
	return m, nil
}

// decodeShortcuts reads the tag dictionary and the relation rules
// (shortcut.go), which NGSYN1 files do not have.
func (m *Model) decodeShortcuts(mr *modelReader) error {
	nd, err := mr.uvarint()
	if err != nil {
		return fmt.Errorf("tag dictionary: %w", err)
	}
	if nd > 1<<20 {
		return fmt.Errorf("tag dictionary: %d words: %w", nd, errBadModel)
	}
	m.dictKeys = make([]uint64, 0, nd)
	m.dictTags = make([]uint8, 0, nd)
	for i := range nd {
		b, err := mr.next(9)
		if err != nil {
			return fmt.Errorf("tag dictionary: word %d of %d: %w", i, nd, err)
		}
		if int(b[8]) >= numTags {
			return fmt.Errorf("tag dictionary: word %d: tag %d: %w", i, b[8], errBadModel)
		}
		m.dictKeys = append(m.dictKeys, binary.LittleEndian.Uint64(b))
		m.dictTags = append(m.dictTags, b[8])
	}
	nrules, err := mr.uvarint()
	if err != nil {
		return fmt.Errorf("relation rules: %w", err)
	}
	if nrules > uint64(numTags*numTags*2) {
		return fmt.Errorf("relation rules: %d: %w", nrules, errBadModel)
	}
	m.rules = make([]labelRule, 0, nrules)
	for i := range nrules {
		b, err := mr.next(4)
		if err != nil {
			return fmt.Errorf("relation rule %d of %d: %w", i, nrules, err)
		}
		r := labelRule{b[0], b[1], b[2], b[3]}
		if int(r.dp) >= numTags || int(r.hp) >= numTags || r.dir > 1 || int(r.rel) >= len(m.rels) {
			return fmt.Errorf("relation rule %v: %w", r, errBadModel)
		}
		m.rules = append(m.rules, r)
	}
	return nil
}

// modelReader hands out the decompressed file in slices of its own buffer:
// a model is some 850,000 rows of a few fields each, and a slice of a
// buffer costs no call and no copy per field, as io.ReadFull on a
// bufio.Reader did.
type modelReader struct {
	r    io.Reader
	raw  io.Reader // the file, under the gzip reader r
	buf  []byte
	i, n int // buf[i:n] is read and not yet handed out
}

// next returns the next k bytes (k <= len(buf)), valid until the next call;
// a file that ends first gives io.ErrUnexpectedEOF.
func (mr *modelReader) next(k int) ([]byte, error) {
	if mr.n-mr.i < k {
		if err := mr.fill(k); err != nil {
			return nil, err
		}
	}
	b := mr.buf[mr.i : mr.i+k : mr.i+k]
	mr.i += k
	return b, nil
}

// fill reads until buf holds k bytes not handed out, or the file ends.
func (mr *modelReader) fill(k int) error {
	mr.n = copy(mr.buf, mr.buf[mr.i:mr.n])
	mr.i = 0
	for mr.n < k {
		c, err := mr.r.Read(mr.buf[mr.n:])
		mr.n += c
		switch {
		case err == nil:
		case mr.n >= k:
			return nil // the error again at the next read, if that comes
		case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
			return errTruncated
		default:
			return fmt.Errorf("damaged compressed data: %w", err)
		}
	}
	return nil
}

var errTruncated = fmt.Errorf("file ends early (truncated?): %w", io.ErrUnexpectedEOF)

// uvarint reads one binary.Uvarint.
func (mr *modelReader) uvarint() (uint64, error) {
	if mr.n-mr.i < binary.MaxVarintLen64 {
		// a varint may be the last field of the file, shorter than the most
		if err := mr.fill(binary.MaxVarintLen64); err != nil && mr.n == 0 {
			return 0, err
		}
	}
	v, k := binary.Uvarint(mr.buf[mr.i:mr.n])
	switch {
	case k == 0:
		return 0, errTruncated
	case k < 0:
		return 0, fmt.Errorf("varint overflows: %w", errBadModel)
	}
	mr.i += k
	return v, nil
}

// end wants the file to end here. Reading to the gzip member's end checks
// its checksum and length.
func (mr *modelReader) end() error {
	if mr.i < mr.n {
		return fmt.Errorf("%d bytes more: %w", mr.n-mr.i, errBadModel)
	}
	var b [1]byte
	for {
		c, err := mr.r.Read(b[:])
		if c > 0 {
			return fmt.Errorf("more bytes: %w", errBadModel)
		}
		switch {
		case err == io.EOF:
			if c, _ := mr.raw.Read(b[:]); c > 0 {
				return fmt.Errorf("bytes after the end of the compressed model: %w", errBadModel)
			}
			return nil
		case errors.Is(err, io.ErrUnexpectedEOF):
			return errTruncated
		case err != nil:
			return fmt.Errorf("damaged compressed data: %w", err)
		}
	}
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
