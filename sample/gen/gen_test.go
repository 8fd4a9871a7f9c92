package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dataDir is the shared data folder as seen from this package's directory.
var dataDir = filepath.Join("..", "..", "..", "shared", "data")

func toks(s string) sentence {
	var out sentence
	for _, w := range strings.Fields(s) {
		pos := "NN"
		switch w {
		case `"`:
			pos = "``"
		case "'":
			pos = "POS"
		case "`'":
			w, pos = "'", "``"
		}
		out = append(out, token{Word: w, POS: pos, Tag: "O"})
	}
	return out
}

func TestDetokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`Families carried banners with slogans as " Bush Number One Terrorist " and " Stop the Bombings . "`,
			`Families carried banners with slogans as "Bush Number One Terrorist" and "Stop the Bombings."`},
		{`Britain 's party , he said ; it ca n't ( really ) cost $ 5 or 8 % !`,
			`Britain's party, he said; it can't (really) cost $5 or 8%!`},
		{`He lives in the U.S .`, `He lives in the U.S.`},
		{`He lives in the U.S. .`, `He lives in the U.S.`},
		{`The U.S envoy met the U.N chief`, `The U.S. envoy met the U.N. chief`},
		{`the soldiers ' families`, `the soldiers' families`},
		{`reform , " he said .`, `reform," he said.`},
		{`" We will win , " he said , " and soon . "`, `"We will win," he said, "and soon."`},
		{`a ` + "`'" + ` sordid chapter ` + "`'" + ` ended`, `a 'sordid chapter' ended`},
		{`New~York had 1,00,000 fans and won 03-Jun , 06-Apr`, `New York had 100,000 fans and won 6-3, 4-6`},
		{`they 'll talk … about it [ sic ] # 1`, `they'll talk… about it [sic] #1`},
	} {
		if got := detokenize(toks(c.in)); got != c.want {
			t.Errorf("detokenize(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestHeadline(t *testing.T) {
	for in, want := range map[string]string{
		"Cuba and Panama restore ties.": "Cuba and Panama restore ties",
		"An official with the German firm Bilfinger Berger, Thomas Horbach, said the gunmen stopped the supply boat Wednesday.":  "An official with the German firm Bilfinger Berger",
		"Thousands of demonstrators have marched through London to protest the war in Iraq and demand the withdrawal of troops.": "Thousands of demonstrators have marched through London to protest the war in Iraq and…",
	} {
		if got := headline(in); got != want {
			t.Errorf("headline(%q) = %q; want %q", in, got, want)
		}
	}
}

func loadGMB(t *testing.T) []sentence {
	t.Helper()
	f, err := os.Open(filepath.Join(dataDir, "gmb", "ner_dataset.csv"))
	if err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	defer f.Close()
	sents, err := readGMB(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// goldStarts are the story starts (1-based sentence numbers) marked by hand in
// the first 420 sentences of the GMB file; segment's parameters were tuned on them.
var goldStarts = []int{1, 8, 14, 19, 23, 29, 35, 41, 46, 52, 58, 64, 80, 87, 92, 99, 107, 114, 120, 126,
	132, 139, 144, 149, 155, 160, 168, 173, 182, 189, 196, 201, 208, 214, 219, 225, 230, 235, 240, 245,
	251, 258, 263, 269, 276, 281, 288, 295, 301, 307, 313, 318, 325, 333, 337, 343, 349, 353, 362, 369,
	374, 379, 386, 394, 401, 407, 412, 418}

func TestSegmentQuality(t *testing.T) {
	sents := loadGMB(t)
	if len(sents) != 47959 {
		t.Errorf("read %d sentences; want 47959", len(sents))
	}
	starts := segment(sents)
	gold := map[int]bool{}
	for _, g := range goldStarts {
		gold[g-1] = true
	}
	tp, found := 0, 0
	for _, s := range starts {
		if s >= 420 {
			break
		}
		found++
		if gold[s] {
			tp++
		}
	}
	prec, rec := float64(tp)/float64(found), float64(tp)/float64(len(goldStarts))
	t.Logf("boundaries: precision %.2f recall %.2f; %d stories in all", prec, rec, len(starts))
	if prec < 0.85 || rec < 0.70 {
		t.Errorf("boundary precision %.2f recall %.2f; want >= 0.85 and >= 0.70", prec, rec)
	}
	if n := len(starts); n < 5000 || n > 7500 {
		t.Errorf("%d stories; VOA stories run about 6-8 sentences, want 5000-7500", n)
	}
}

// TestCommittedSampleIsCurrent regenerates the sample and compares it with the
// committed files, so a change to the generator cannot silently drift.
func TestCommittedSampleIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerates the sample")
	}
	loadGMB(t) // skips without the data
	out := t.TempDir()
	extra := filepath.Join(out, extraFile)
	if err := run(dataDir, out, extra, 350, 2640, 4, 12); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ got, committed string }{
		{filepath.Join(out, "voa.jsonl"), filepath.Join("..", "voa.jsonl")},
		{filepath.Join(out, "seed.txt"), filepath.Join("..", "seed.txt")},
		{filepath.Join(out, "seed.json"), filepath.Join("..", "seed.json")},
		{extra, filepath.Join("..", "..", "testdata", "events", extraFile)},
	} {
		got, err := os.ReadFile(c.got)
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(c.committed)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, committed) {
			t.Errorf("%s differs from the generator's output: run go generate ./sample", c.committed)
		}
	}
	// The extra stories continue the bundled ones' numbering.
	lines := bytes.Split(bytes.TrimSpace(mustRead(t, extra)), []byte("\n"))
	if len(lines) != 2640 || !bytes.Contains(lines[0], []byte(`"id":"voa-0351"`)) || !bytes.Contains(lines[2639], []byte(`"id":"voa-2990"`)) {
		t.Errorf("%s: %d stories, first %.30s; want 2640, voa-0351..voa-2990", extraFile, len(lines), lines[0])
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
