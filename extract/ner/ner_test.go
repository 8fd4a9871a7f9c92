package ner

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/ner/corpus"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

func newTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// TestQualityFloor holds the tagger to a minimum on hand-labelled Voice of
// America sentences (testdata/voa.conll), which are not in the training data.
func TestQualityFloor(t *testing.T) {
	tg := newTagger(t)
	docs, err := corpus.ReadCoNLL(filepath.Join("testdata", "voa.conll"))
	if err != nil {
		t.Fatal(err)
	}
	s := tg.Evaluate(docs)
	plo := s.Micro("PER", "LOC", "ORG")
	if plo.Gold < 70 {
		t.Fatalf("fixture has %d PER/LOC/ORG entities; want at least 70", plo.Gold)
	}
	const floor = 0.85
	if f := plo.F1(); f < floor {
		var b bytes.Buffer
		s.Report(&b)
		t.Errorf("PER/LOC/ORG F1 on testdata/voa.conll = %.3f; want >= %.2f\n%s", f, floor, b.String())
	}
}

// TestCoNLLDevFloor measures eng.testa when the shared data is present.
func TestCoNLLDevFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the shared data")
	}
	path := filepath.Join(sharedData(t), "conll2003", "eng.testa")
	docs, err := corpus.ReadCoNLL(path)
	if err != nil {
		t.Fatalf("shared data not found (set NEWSGRAPH_DATA): %v", err)
	}
	s := newTagger(t).Evaluate(docs)
	if f := s.Micro("PER", "LOC", "ORG").F1(); f < 0.90 {
		var b bytes.Buffer
		s.Report(&b)
		t.Errorf("PER/LOC/ORG F1 on eng.testa = %.4f; want >= 0.90\n%s", f, b.String())
	}
}

func spanText(toks []tokenize.Token, sp Span) string {
	ws := make([]string, 0, sp.End-sp.Start)
	for _, tk := range toks[sp.Start:sp.End] {
		ws = append(ws, tk.Text)
	}
	return strings.Join(ws, " ")
}

// TestSeedArticle checks the article Newsgraph was designed around, scraped
// noise included.
func TestSeedArticle(t *testing.T) {
	// The article is the publisher's: it stays in the shared data, not here.
	text, err := os.ReadFile(filepath.Join(sharedData(t), "seed", "kerry-lavrov-2014-03-30.txt"))
	if err != nil {
		t.Fatalf("shared data not found (set NEWSGRAPH_DATA): %v", err)
	}
	toks := tokenize.Tokenize(string(text))
	spans := newTagger(t).TagDocument(toks, tokenize.SplitSentences(string(text), toks))
	got := map[string]map[string]int{}
	for _, sp := range spans {
		txt := spanText(toks, sp)
		if got[txt] == nil {
			got[txt] = map[string]int{}
		}
		got[txt][sp.Type]++
		for i := sp.Start + 1; i < sp.End; i++ {
			if toks[i].Glued {
				t.Errorf("span %q crosses into glued token %q", txt, toks[i].Text)
			}
		}
	}
	want := map[string]string{
		"John Kerry": "PER", "Sergey Lavrov": "PER", "Kerry": "PER", "Lavrov": "PER", "Obama": "PER",
		"Vladimir Putin": "PER", "Paris": "LOC", "Ukraine": "LOC", "Russia": "LOC", "Crimea": "LOC",
		"Kiev": "LOC", "U.S.": "LOC", "United States": "LOC", "Russian": "MISC", "Ukrainian": "MISC",
	}
	for txt, typ := range want {
		if got[txt][typ] == 0 {
			t.Errorf("no %s span %q; got %v", typ, txt, got[txt])
		}
		for other, n := range got[txt] {
			if other != typ && n*4 > got[txt][typ] {
				t.Errorf("%q tagged %s %d times (and %s %d times)", txt, other, n, typ, got[txt][typ])
			}
		}
	}
	for txt := range got {
		if strings.Contains(txt, "Secretary") || strings.Contains(txt, "Minister") || strings.Contains(txt, "President") {
			t.Errorf("title inside entity span %q", txt)
		}
		if strings.Contains(txt, "Kerry John") || strings.Contains(txt, "Kerry Equilibrium") {
			t.Errorf("span %q crosses a glue boundary", txt)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	tg := newTagger(t)
	var buf bytes.Buffer
	if err := tg.m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := DecodeModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tg2 := NewWith(m2, tg.g)
	words := [][]string{{"Russian", "Foreign", "Minister", "Sergey", "Lavrov", "met", "John", "Kerry", "in", "Paris", "."}}
	a, b := tg.TagSentences(words), tg2.TagSentences(words)
	if strings.Join(a[0], " ") != strings.Join(b[0], " ") {
		t.Errorf("re-encoded model tags %v; original %v", b[0], a[0])
	}
	if want := "B-MISC O O B-PER I-PER O B-PER I-PER O B-LOC O"; strings.Join(a[0], " ") != want {
		t.Errorf("TagSentences(%v) = %v; want %s", words[0], a[0], want)
	}
	if _, err := DecodeModel(bytes.NewReader([]byte("garbage"))); err == nil {
		t.Error("DecodeModel(garbage) succeeded")
	}
}

func FuzzTagDocument(f *testing.F) {
	tg := newTagger(f)
	for _, s := range []string{"John KerryJohn Kerry met Sergey Lavrov.", "\xff\xfe U.S.", "", "a\n\nB C D E F G H"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize.Tokenize(s)
		sents := tokenize.SplitSentences(s, toks)
		last := 0
		for _, sp := range tg.TagDocument(toks, sents) {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(toks) || sp.Score < 0 || sp.Score > 1 {
				t.Fatalf("bad span %+v over %d tokens", sp, len(toks))
			}
			for i := sp.Start + 1; i < sp.End; i++ {
				if toks[i].Glued {
					t.Fatalf("span %+v crosses glued token %d", sp, i)
				}
			}
			last = sp.End
		}
	})
}

// TestVerbSplitsPersons: in a short headline-like sentence the tagger once read
// "Kerry met Lavrov" as one person; a common lower-case word never continues a
// person's name, while name particles ("de", "vom") still do.
func TestVerbSplitsPersons(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		text string
		want []string // the PER spans, in order
	}{
		{"Kerry met Lavrov in Paris.", []string{"Kerry", "Lavrov"}},
		{"Frederik de Klerk met Nelson Mandela.", []string{"Frederik de Klerk", "Nelson Mandela"}},
		{"Ernst vom Rath was shot in Paris.", []string{"Ernst vom Rath"}},
	} {
		toks := tokenize.Tokenize(c.text)
		var got []string
		for _, sp := range tg.TagDocument(toks, tokenize.SplitSentences(c.text, toks)) {
			if sp.Type != "PER" {
				continue
			}
			var ws []string
			for _, tk := range toks[sp.Start:sp.End] {
				ws = append(ws, tk.Text)
			}
			got = append(got, strings.Join(ws, " "))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: PER spans %q; want %q", c.text, got, c.want)
		}
	}
}
