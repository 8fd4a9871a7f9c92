package ner

import (
	"bytes"
	"math"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract/ner/corpus"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// referenceEmit computes a sentence's emission scores the direct way: every
// feature of features() (the training definition) hashed and looked up, in
// order. The tagger's cached path must give the same bits.
func referenceEmit(tg *Tagger, words []string, glued []bool, hist *history) ([][numTags]float32, []tokInfo) {
	infos := make([]tokInfo, len(words))
	docInfo(tg.g, words, glued, infos, tg.m.clusters)
	emit := make([][numTags]float32, len(words))
	for i := range words {
		for _, f := range features(nil, infos, i, hist) {
			if w := tg.m.row(f); w != nil {
				addRow(&emit[i], w)
			}
		}
	}
	return emit, infos
}

// TestCachedFeaturesMatchReference runs whole documents through the tagger
// and through referenceEmit side by side (same label history) and wants
// identical emission scores and tags, so caching cannot drift from training.
func TestCachedFeaturesMatchReference(t *testing.T) {
	tg := newTagger(t)
	var docs [][]string // token texts per document, sentences found by the splitter
	texts := []string{
		"John KerryJohn Kerry met Sergey Lavrov in Paris. KERRY said U.S. Secretary of State John Kerry and Russian Foreign Minister Lavrov agreed.",
		"PERUGIA, Italy (AP) - Amanda Knox, 24, said on Sunday the “Italian” court erred. Knox’s lawyer, Carlo Dalla Vedova, declined.",
		"",
	}
	if !testing.Short() {
		texts = append(texts, loadBBC(t)[:200]...)
	}
	vdocs, err := corpus.ReadCoNLL(filepath.Join("testdata", "voa.conll"))
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, sents [][]string, glued [][]bool) {
		s := tg.getScratch()
		defer tg.putScratch(s)
		s.hist.reset()
		ref := history{counts: map[uint64][5]uint16{}}
		for k, ws := range sents {
			if len(ws) == 0 {
				continue
			}
			var gl []bool
			if glued != nil {
				gl = glued[k]
			}
			want, infos := referenceEmit(tg, ws, gl, &ref)
			tags := tg.tagSentence(s, ws, gl)
			for i := range ws {
				if s.emit[i] != want[i] {
					t.Fatalf("%s: sentence %d token %d %q: cached emission\n%v\nwant\n%v", name, k, i, ws[i], s.emit[i], want[i])
				}
			}
			ref.record(infos, tags)
		}
	}
	for d, txt := range texts {
		toks := tokenize.Tokenize(txt)
		var sents [][]string
		var glued [][]bool
		for _, se := range tokenize.SplitSentences(txt, toks) {
			var ws []string
			var gl []bool
			for _, tk := range toks[se.Start:se.End] {
				ws = append(ws, tk.Text)
				gl = append(gl, tk.Glued)
			}
			sents, glued = append(sents, ws), append(glued, gl)
		}
		docs = append(docs, nil)
		check("text "+string(rune('0'+d%10)), sents, glued)
	}
	for _, d := range vdocs {
		var sents [][]string
		for _, se := range d.Sentences {
			sents = append(sents, se.Words)
		}
		check("voa.conll", sents, nil)
	}
	if len(docs) < 3 {
		t.Fatal("no documents checked")
	}
}

// TestAddRowsMatchesGeneric holds the assembly row sum to the Go one, bit for
// bit, on awkward values (denormals, infinities, cancellation) and on row
// numbers outside the weights.
func TestAddRowsMatchesGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	special := []float32{0, float32(math.Copysign(0, -1)), 1e-45, -1e-40, 3.4e38, -3.4e38, float32(math.Inf(1)), 1e8, -1e8, 1e-8}
	weights := make([]float32, 50*rowLen+7)
	for i := range weights {
		if rng.IntN(4) == 0 {
			weights[i] = special[rng.IntN(len(special))]
		} else {
			weights[i] = float32(rng.NormFloat64() * 100)
		}
	}
	for trial := 0; trial < 2000; trial++ {
		rows := make([]int32, rng.IntN(30))
		for i := range rows {
			rows[i] = int32(rng.IntN(53)) - 1 // noRow .. one past the last row
		}
		var a, b [numTags]float32
		for k := range a {
			a[k] = float32(rng.NormFloat64())
		}
		b = a
		addRows(&a, weights, rows)
		addRowsGeneric(&b, weights, rows)
		for k := range a {
			if math.Float32bits(a[k]) != math.Float32bits(b[k]) {
				t.Fatalf("trial %d rows %v: lane %d = %v; generic %v", trial, rows, k, a[k], b[k])
			}
		}
	}
}

// TestWordTable stores keys that share their slot tag and home slot, so
// only the full key in the entry tells them apart, and grows the table.
func TestWordTable(t *testing.T) {
	var wt wordTable
	var ents []wordEntry
	add := func(key uint64) {
		ents = append(ents, wordEntry{key: key})
		wt.put(int32(len(ents)-1), ents)
	}
	const hi = 0x12345678 << 32
	for k := uint64(0); k < 3000; k++ {
		add(hi | k<<16 | 5) // same tag and home slot: the table grows twice
	}
	for id, e := range ents {
		if got, ok := wt.get(e.key, ents); !ok || got != int32(id) {
			t.Fatalf("get(%x) = %d, %v; want %d", e.key, got, ok, id)
		}
	}
	for _, k := range []uint64{hi | 6, hi | 3000<<16 | 5, 0, 1 << 63} {
		if id, ok := wt.get(k, ents); ok {
			t.Fatalf("get(%x) found entry %d (key %x)", k, id, ents[id].key)
		}
	}
	// candidate answers by the tag alone: some entry of the key's tag
	// (the caller checks the full key), or none for a tag no key has.
	for _, e := range ents {
		if id, ok := wt.candidate(e.key); !ok || slotTag(ents[id].key) != slotTag(e.key) {
			t.Fatalf("candidate(%x) = %d, %v", e.key, id, ok)
		}
	}
	if id, ok := wt.candidate(0x9abcdef0<<32 | 5); ok {
		t.Fatalf("candidate of an unknown tag found entry %d", id)
	}
	wt.reset()
	if _, ok := wt.get(ents[0].key, ents); ok {
		t.Fatal("reset table still finds a key")
	}
}

// TestSharedRowsKeepWeights decodes the shipped model with and without
// sharing repeated rows and wants every feature's weights bit for bit, and
// fewer rows stored.
func TestSharedRowsKeepWeights(t *testing.T) {
	shared, err := decodeModel(bytes.NewReader(embeddedModel), true)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := decodeModel(bytes.NewReader(embeddedModel), false)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, sl := range plain.slots {
		if sl.key == 0 {
			continue
		}
		n++
		a, b := shared.row(sl.key), plain.row(sl.key)
		if a == nil || b == nil {
			t.Fatalf("feature %x missing", sl.key)
		}
		for k := range a {
			if math.Float32bits(a[k]) != math.Float32bits(b[k]) {
				t.Fatalf("feature %x tag %d: shared %v, plain %v", sl.key, k+1, a[k], b[k])
			}
		}
	}
	if n < 50000 || len(shared.weights) >= len(plain.weights) {
		t.Fatalf("%d features; %d shared weights vs %d plain: nothing shared", n, len(shared.weights), len(plain.weights))
	}
}
