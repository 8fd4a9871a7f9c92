package tokenize

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

// go test ./extract/tokenize -run TestCommonWords -commonwords-build ../../../shared/data/ud_english_ewt/en_ewt-ud-train.conllu
// rebuilds commonwords.txt.
var commonBuild = flag.String("commonwords-build", "", "UD English CoNLL-U file: rebuild commonwords.txt from it")

func TestCommonWords(t *testing.T) {
	if *commonBuild != "" {
		f, err := os.Open(*commonBuild)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var b bytes.Buffer
		if err := BuildCommonWords(f, &b, 2); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("commonwords.txt", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, w := range []string{"more", "next", "tube", "the", "said"} {
		if !IsCommonWord(w) {
			t.Errorf("IsCommonWord(%q) = false; want true", w)
		}
	}
	for _, w := range []string{"kerry", "lavrov", "russia", "obama"} {
		if IsCommonWord(w) {
			t.Errorf("IsCommonWord(%q) = true; want false", w)
		}
	}
	// The builder keeps lower-case words and drops proper nouns.
	in := strings.Repeat("2\tmore\tmore\tADJ\n2\tKerry\tKerry\tPROPN\n", 10)
	var b bytes.Buffer
	if err := BuildCommonWords(strings.NewReader(in), &b, 5); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "more\n" {
		t.Errorf("BuildCommonWords = %q; want %q", got, "more\n")
	}
}

func TestCamelBrands(t *testing.T) {
	cases := map[string]string{
		"NextEra Energy":       "NextEra|Energy",
		"on YouTube today":     "on|YouTube|today",
		"John KerryJohn Kerry": "John|Kerry|John|Kerry",
		"KerryEquilibrium/":    "Kerry|Equilibrium|/",
	}
	for in, want := range cases {
		var got []string
		for _, tk := range Tokenize(in) {
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != want {
			t.Errorf("Tokenize(%q) = %s; want %s", in, g, want)
		}
	}
}
