package syntax

import (
	"fmt"
	"io"
	"os"
)

// Loading a parser decodes the model file straight into the tables parsing
// reads (fast.go), row by row. Decoding into the training layout first
// (float32 weights for every class of every row, 32 MB, with a hash index
// and a key list beside them, each copied as it grew) allocated 238 MB once
// per process for a parser that keeps 12.5 MB, and took 0.45-0.55 s of CPU
// to load's 0.15 s (BenchmarkNew).

// LoadFile builds a parser from a model file written by Model.Encode (the
// embedded one is New's).
func LoadFile(path string) (*Parser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	defer f.Close()
	p, err := load(f)
	if err != nil {
		return nil, fmt.Errorf("syntax: model %s: %w", path, err)
	}
	return p, nil
}

func load(r io.Reader) (*Parser, error) {
	var s fastTables
	m, err := decodeModel(r, &s)
	if err != nil {
		return nil, err
	}
	return parserFrom(m, s.tags, s.moves, s.labels), nil
}

// fastTables is the tableSink that builds a parser's tables.
type fastTables struct {
	tags, labels *sparseTable
	moves        *moveTable
	cur          int
	scale        float32       // the file's scale for the current table
	maxStep      int32         // the largest |step| in the current table so far
	classes      []classWeight // the current row's non-zero classes
}

func (s *fastTables) begin(i, nClass, rows int, scale float32) {
	s.cur, s.scale, s.maxStep = i, scale, 0
	switch i {
	case 0:
		s.tags = newSparseTableFor(nClass, rows)
	case 1:
		s.moves = newMoveTableFor(rows)
	default:
		s.labels = newSparseTableFor(nClass, rows)
	}
}

func (s *fastTables) row(key uint64, q []int16) {
	s.classes = s.classes[:0]
	for c, v := range q {
		if v != 0 {
			s.classes = append(s.classes, classWeight{uint16(c), v})
			s.maxStep = max(s.maxStep, int32(v), -int32(v))
		}
	}
	switch s.cur {
	case 0:
		s.tags.insert(key, s.classes)
	case 1:
		s.moves.insert(key, [numMoves]int16(q))
	default:
		s.labels.insert(key, s.classes)
	}
}

// end gives the table the steps the training layout would have given it:
// NewWith re-quantizes the decoded floats with a scale of their own (the
// largest |weight| as 32767), which is the file's scale within a rounding,
// and keeps every step as it is; restep does the arithmetic NewWith does,
// so that a file where it does not (hand-made, or a future encoder) still
// parses as NewWith(DecodeModel(file)) parses.
func (s *fastTables) end() {
	scale, step := restep(s.scale, s.maxStep)
	switch s.cur {
	case 0:
		s.tags.scale = scale
		s.tags.restep(step)
	case 1:
		s.moves.scale = scale
		s.moves.restep(step)
	default:
		s.labels.scale = scale
		s.labels.restep(step)
	}
}

// restep returns the scale quantScale gives the weights step/fileScale of a
// table whose largest |step| is maxStep, and what quant makes of each step
// under it; nil when that is every step itself.
func restep(fileScale float32, maxStep int32) (float32, *[1 << 16]int16) {
	// Division by a positive scale keeps the order of magnitudes, so the
	// largest |weight| is the largest |step|'s.
	scale := float32(1)
	if maxAbs := float32(maxStep) / fileScale; maxAbs != 0 {
		scale = 32767 / maxAbs
	}
	same := true
	for v := -min(maxStep, 32768); v <= min(maxStep, 32767); v++ {
		if quant(float32(int16(v))/fileScale, scale) != int16(v) {
			same = false
			break
		}
	}
	if same {
		return scale, nil
	}
	var to [1 << 16]int16
	for v := range to {
		to[v] = quant(float32(int16(uint16(v)))/fileScale, scale)
	}
	return scale, &to
}

func (mt *moveTable) restep(to *[1 << 16]int16) {
	if to == nil {
		return
	}
	for i := range mt.slots {
		for c, v := range mt.slots[i].w {
			mt.slots[i].w[c] = to[uint16(v)]
		}
	}
}

// restep leaves a class whose step becomes 0 in its row, where NewWith
// leaves it out: a 0 adds nothing to a score.
func (st *sparseTable) restep(to *[1 << 16]int16) {
	if to == nil {
		return
	}
	for i := range st.slots {
		sl := &st.slots[i]
		if sl.n <= inlineClasses {
			for k := range sl.w[:sl.n] {
				sl.w[k] = to[uint16(sl.w[k])]
			}
		}
	}
	for i := range st.entries {
		st.entries[i].w = to[uint16(st.entries[i].w)]
	}
}
