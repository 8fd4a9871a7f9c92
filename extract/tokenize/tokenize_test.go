package tokenize

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/sample"
)

func texts(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		if t.Glued {
			b.WriteByte('^')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The U.S. and the U.N. met Mr. Smith.", "The U.S. and the U.N. met Mr. Smith ."},
		{"Russia's army; Ukraine’s borders", "Russia 's army ; Ukraine ’s borders"},
		{"They don't know, can't say.", "They do n't know , ca n't say ."},
		{"It cost $11.1bn, or 1,000.5 yen (50%).", "It cost $ 11.1bn , or 1,000.5 yen ( 50 % ) ."},
		{"a well-known off-ramp", "a well-known off-ramp"},
		{`He said "no" and “yes” and 'maybe'.`, `He said " no " and “ yes ” and ' maybe ' .`},
		{"See https://example.com/a?b=1. Mail me@example.org!", "See https://example.com/a?b=1 . Mail me@example.org !"},
		{"John KerryJohn KerryEquilibrium/ Sustainability", "John Kerry ^John Kerry ^Equilibrium / Sustainability"},
		{"McDonald and MacArthur bought an iPhone from DeLay", "McDonald and MacArthur bought an iPhone from DeLay"},
		{"O'Brien met D'Alema at 9:45 p.m. on Jan. 5", "O'Brien met D'Alema at 9:45 p.m. on Jan. 5"},
		{"No. 2 official. No more.", "No. 2 official . No more ."},
		{"Wait... what -- really?!", "Wait ... what -- really ? !"},
		{"Ukrainians' future", "Ukrainians ' future"},
		// Treebank-tokenized text keeps the possessive apart: still one clitic.
		{"Pakistan 's army and the 'sixties' ' s", "Pakistan 's army and the ' sixties ' ' s"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := texts(Tokenize(tc.in)); got != tc.want {
			t.Errorf("Tokenize(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestOffsetsAreCodePoints(t *testing.T) {
	in := "Zürich’s “Łódź” café — Sergeï Lavrov said."
	toks := Tokenize(in)
	runes := []rune(in)
	for _, tk := range toks {
		if got := string(runes[tk.Start:tk.End]); got != tk.Text {
			t.Errorf("token %q at [%d,%d) reads %q", tk.Text, tk.Start, tk.End, got)
		}
	}
	want := "Zürich ’s “ Łódź ” café — Sergeï Lavrov said ."
	if got := texts(toks); got != want {
		t.Errorf("Tokenize(%q) = %q; want %q", in, got, want)
	}
	if toks[0].SpaceBefore || !toks[2].SpaceBefore || toks[1].SpaceBefore {
		t.Errorf("SpaceBefore wrong: %+v", toks[:3])
	}
}

func sentences(text string) []string {
	toks := Tokenize(text)
	var out []string
	for _, s := range SplitSentences(text, toks) {
		out = append(out, string([]rune(text)[s.CharStart:s.CharEnd]))
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith met Dr. Jones in the U.S. on Jan. 5. They talked.",
			[]string{"Mr. Smith met Dr. Jones in the U.S. on Jan. 5.", "They talked."}},
		{`He said "we will win." Then he left.`, []string{`He said "we will win."`, "Then he left."}},
		{"Kerry: 'Ukrainians will decide'\n\n\nSecretary of State John Kerry spoke.",
			[]string{"Kerry: 'Ukrainians will decide'", "Secretary of State John Kerry spoke."}},
		{"Headline without stop\n\nBody text here. More (really.) Yes!", []string{"Headline without stop", "Body text here.", "More (really.)", "Yes!"}},
		{"He moved to the U.S. The move was quick.", []string{"He moved to the U.S.", "The move was quick."}},
		{"“Really?” he asked.", []string{"“Really?” he asked."}},
		{"Ünïcödé first. Ça va.", []string{"Ünïcödé first.", "Ça va."}},
		{"He lives in Tampa, Fla., and works there. Yes.", []string{"He lives in Tampa, Fla., and works there.", "Yes."}},
	}
	for _, tc := range tests {
		got := sentences(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("SplitSentences(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"John KerryJohn Kerry", "U.S. Mr. ’s n't", "\xff\xfe a.b", "a\n\n b", "http://x.y/", "@x.y", "9:45 p.m."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		n := utf8.RuneCountInString(s)
		last := 0
		for _, tk := range toks {
			if tk.Start < last || tk.End <= tk.Start || tk.End > n || tk.Text == "" {
				t.Fatalf("bad token %+v (text has %d code points)", tk, n)
			}
			last = tk.End
		}
		sents := SplitSentences(s, toks)
		next := 0
		for _, se := range sents {
			if se.Start != next || se.End <= se.Start || se.End > len(toks) {
				t.Fatalf("bad sentence %+v after %d of %d tokens", se, next, len(toks))
			}
			next = se.End
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
		// The ASCII shortcut must agree with counting code points.
		counted := tokenizer{text: s}
		if want := counted.run(); !reflect.DeepEqual(toks, want) && len(toks)+len(want) > 0 {
			t.Fatalf("tokens %v; counting gives %v", toks, want)
		}
		if want := splitSentences(s, toks, false); !reflect.DeepEqual(sents, want) {
			t.Fatalf("sentences %v; counting gives %v", sents, want)
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov discussed ways to de-escalate the crisis in Ukraine’s east on Sunday, the U.S. said. ", 200)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		toks := Tokenize(text)
		SplitSentences(text, toks)
	}
}

// TestPlainChunk: the shortcut for plain words gives the tokens the general
// path gives, on the sample news and on words made to sit at its edges.
func TestPlainChunk(t *testing.T) {
	docs, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"said, Kerry, KerryJohn, McDonald, NextEra, iPhone, 2014, 3rd, A1, abc, ABC, ABCD, AbcD, U2, ,, a,b, x,, 'Kerry, Kerry's, IAEA, IAEAs"}
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	plain := 0
	for _, text := range texts {
		slow := tokenizer{text: text, general: true}
		for _, tk := range Tokenize(text) {
			if !strings.ContainsAny(tk.Text, ".-'’") {
				plain++
			}
		}
		want := slow.run()
		if got := Tokenize(text); !reflect.DeepEqual(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("token %d: shortcut %+v, general path %+v", i, got[i], want[i])
				}
			}
			t.Fatalf("shortcut gives %d tokens, general path %d", len(got), len(want))
		}
	}
	if plain == 0 {
		t.Fatal("no plain words in the test text")
	}
}

func TestAppendTokens(t *testing.T) {
	a, b := "Kerry met Lavrov in Paris.", "Putin called Obama on Friday, the U.S. said."
	buf := AppendTokens(nil, a)
	if !reflect.DeepEqual(buf, Tokenize(a)) {
		t.Fatalf("AppendTokens(nil, a) = %v, want Tokenize(a)", buf)
	}
	buf = AppendTokens(buf[:0], b) // the buffer of a, reused
	if !reflect.DeepEqual(buf, Tokenize(b)) {
		t.Fatalf("AppendTokens into a used buffer = %v, want Tokenize(b)", buf)
	}
	if cap(Tokenize(b)) < Capacity(b) {
		t.Errorf("Tokenize allocates less than Capacity")
	}
}

// TestASCIIShortcut: in all-ASCII text the tokenizer and the sentence
// splitter take byte offsets for code-point offsets without counting; they
// must give what counting gives, here on the sample news (most of it
// ASCII) and on texts with blank lines and odd spacing.
func TestASCIIShortcut(t *testing.T) {
	docs, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Headline\n\nThe U.S. said. He left.\n \n\tNext one", "a  b\r\n\r\nc. D", "x"}
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	ascii := 0
	for _, text := range texts {
		if !asciiOnly(text) {
			if utf8.ValidString(text) && strings.IndexFunc(text, func(r rune) bool { return r >= 0x80 }) < 0 {
				t.Fatalf("asciiOnly(%.40q) = false; want true", text)
			}
			continue
		}
		ascii++
		counted := tokenizer{text: text}
		want := counted.run()
		got := Tokenize(text)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%.40q: ASCII tokens differ from counted ones", text)
		}
		if s, w := splitSentences(text, got, true), splitSentences(text, got, false); !reflect.DeepEqual(s, w) {
			t.Fatalf("%.40q: ASCII sentences %v; counted %v", text, s, w)
		}
	}
	if ascii < 3 {
		t.Fatalf("only %d ASCII texts to test", ascii)
	}
	for _, s := range []string{"", "abcdefgh", "abcdefg\x80", "\xc3\xa9abcdefgh", "abcdefghijklmno\xff"} {
		want := strings.IndexFunc(s, func(r rune) bool { return r >= 0x80 }) < 0
		if got := asciiOnly(s); got != want {
			t.Errorf("asciiOnly(%q) = %v; want %v", s, got, want)
		}
	}
}
