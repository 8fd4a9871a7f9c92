package syntax

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// testRels are relation names for synthetic models: "root" and 50 more.
func testRels() []string {
	rels := []string{"root"}
	for i := range 50 {
		rels = append(rels, fmt.Sprintf("rel%d", i))
	}
	return rels
}

// testRow is one row a sink is fed: its key and each class's step.
type testRow struct {
	key uint64
	q   []int16
}

// randomTables makes rows for the three tables: most classes 0, as in the
// shipped model, and each table's largest |step| exactly maxStep.
func randomTables(rng *rand.Rand, rows, maxStep int) [3][]testRow {
	var out [3][]testRow
	for i, nClass := range []int{numTags, numMoves, len(testRels())} {
		for r := range rows {
			q := make([]int16, nClass)
			for c := range q {
				if nClass == numMoves || rng.IntN(4) == 0 {
					q[c] = int16(rng.IntN(2*maxStep+1) - maxStep)
				}
			}
			if r == 0 {
				q[0] = int16(-maxStep)
			}
			out[i] = append(out[i], testRow{rng.Uint64() | 1, q})
		}
	}
	return out
}

func feed(s tableSink, tables [3][]testRow, scale float32) {
	for i, rows := range tables {
		s.begin(i, len(rows[0].q), len(rows), scale)
		for _, r := range rows {
			s.row(r.key, r.q)
		}
		s.end()
	}
}

// TestLoadMatchesNewWith feeds the same rows to the training layout (which
// NewWith lays out for parsing) and to the one load builds, and wants every
// score the same, for scales where the steps carry over as they are (every
// encoded model) and where NewWith's re-quantizing changes them.
func TestLoadMatchesNewWith(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	rels := testRels()
	for _, c := range []struct {
		maxStep int
		scale   float32
	}{{32767, 1031.9314}, {32768, 528.50385}, {3, 0.5}, {20000, 3e-3}, {1, 1e-30}} {
		tables := randomTables(rng, 3000, c.maxStep)
		var fl floatTables
		var fa fastTables
		feed(&fl, tables, c.scale)
		feed(&fa, tables, c.scale)
		a := NewWith(&Model{tags: fl.t[0], moves: fl.t[1], labels: fl.t[2], rels: rels})
		b := parserFrom(&Model{rels: rels}, fa.tags, fa.moves, fa.labels)
		var feats []uint64
		for k := range 3000 {
			feats = append(feats, tables[k%3][k].key, rng.Uint64())
		}
		for len(feats) > 0 {
			f := feats[:min(len(feats), 40)]
			feats = feats[len(f):]
			if x, y := a.moves.score(f), b.moves.score(f); x != y {
				t.Fatalf("max step %d, scale %v: move scores %v from load; want %v", c.maxStep, c.scale, y, x)
			}
			for _, st := range [][2]*sparseTable{{a.tags, b.tags}, {a.labels, b.labels}} {
				x, y := make([]int32, len(rels)), make([]int32, len(rels))
				st[0].score(f, x)
				st[1].score(f, y)
				if !slices.Equal(x, y) {
					t.Fatalf("max step %d, scale %v: scores %v from load; want %v", c.maxStep, c.scale, y, x)
				}
			}
		}
	}
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// smallModel encodes a synthetic model of a few thousand rows.
func smallModel(t *testing.T) []byte {
	t.Helper()
	var fl floatTables
	feed(&fl, randomTables(rand.New(rand.NewPCG(1, 2)), 2000, 32767), 1000)
	m := &Model{tags: fl.t[0], moves: fl.t[1], labels: fl.t[2], rels: testRels(), dictKeys: []uint64{42}, dictTags: []uint8{3},
		rules: []labelRule{{1, 2, 1, 3}}}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestLoadFileErrors wants a cut or damaged model file to give an error
// that names the file and says what is wrong, never a panic or a parser.
func TestLoadFileErrors(t *testing.T) {
	good := smallModel(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "model.bin")
	load := func(data []byte) error {
		t.Helper()
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		p, err := LoadFile(path)
		if err == nil {
			return nil
		}
		if p != nil {
			t.Errorf("LoadFile gave a parser and the error %v", err)
		}
		if !strings.Contains(err.Error(), path) {
			t.Errorf("error %q does not name %s", err, path)
		}
		return err
	}
	if err := load(good); err != nil {
		t.Fatalf("LoadFile(good model) = %v", err)
	}
	// Cuts: in the gzip header, in the magic, in each table, in the gzip trailer.
	for _, n := range []int{0, 5, 12, 30, len(good) / 4, len(good) / 2, len(good) * 3 / 4, len(good) - 20, len(good) - 8, len(good) - 1} {
		err := load(good[:n])
		switch {
		case err == nil:
			t.Errorf("model cut to %d of %d bytes: nil error", n, len(good))
		case n >= 10 && !errors.Is(err, io.ErrUnexpectedEOF):
			t.Errorf("model cut to %d of %d bytes: %v; want a truncation (io.ErrUnexpectedEOF)", n, len(good), err)
		}
	}
	// Damage: each flipped byte (past the gzip header) is caught by a field
	// check or by the gzip checksum that loading reads to.
	rng := rand.New(rand.NewPCG(3, 4))
	for range 12 {
		bad := bytes.Clone(good)
		i := 10 + rng.IntN(len(bad)-10)
		bad[i] ^= byte(1 + rng.IntN(255))
		if err := load(bad); err == nil {
			t.Errorf("model with byte %d changed: nil error", i)
		}
	}
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"trailing bytes", append(bytes.Clone(good), "more"...), "bytes after the end"},
		{"not gzip", []byte("this is not a model, just a text file"), "not gzip"},
		{"another gzip file", gzipped(t, "NGSYN9\nsomething else"), "not a syntax model"},
		{"a gzipped relation count past 255", gzipped(t, modelMagic+"\xff\x03"), "relation count"},
	} {
		if err := load(c.data); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v; want one saying %q", c.name, err, c.want)
		}
	}
	if _, err := LoadFile(filepath.Join(dir, "missing.bin")); err == nil || !strings.Contains(err.Error(), "missing.bin") {
		t.Errorf("LoadFile(missing file) = %v; want an error naming it", err)
	}
}

// FuzzLoad feeds load model contents (gzipped here, since a fuzzer seldom
// makes a valid gzip member): any contents give a parser or an error, never
// a panic, and a parser parses.
func FuzzLoad(f *testing.F) {
	var fl floatTables
	feed(&fl, randomTables(rand.New(rand.NewPCG(5, 6)), 20, 300), 100)
	m := &Model{tags: fl.t[0], moves: fl.t[1], labels: fl.t[2], rels: testRels(), dictKeys: []uint64{7}, dictTags: []uint8{1},
		rules: []labelRule{{2, 3, 0, 4}}}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		f.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		f.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(plain)
	f.Add(plain[:len(plain)/2])
	f.Add([]byte(modelMagicV1 + "\x01\x04root\x11\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := load(bytes.NewReader(gzipped(t, string(data))))
		if err != nil {
			return
		}
		checkTree(t, []string{"Kerry", "meets", "Lavrov", "."}, p.Parse([]string{"Kerry", "meets", "Lavrov", "."}))
	})
}

// TestNewAllocates bounds what decoding the embedded model allocates: about
// what the parser keeps (12.5 MB), where decoding through the training
// layout allocated 238 MB (BenchmarkNew prints both figures).
func TestNewAllocates(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(p)
	const limit = 30 << 20
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > limit {
		t.Errorf("New allocated %.1f MB; want at most %d MB", float64(alloc)/(1<<20), limit>>20)
	}
}
