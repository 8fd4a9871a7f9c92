package sample

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDocuments(t *testing.T) {
	docs, err := Documents()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 301 || len(docs) > 401 {
		t.Fatalf("%d documents; want the seed and 300-400 stories", len(docs))
	}
	seed := docs[0]
	sum := sha256.Sum256([]byte(seed.Text))
	if seed.Published != "2014-03-30" || seed.Title != "Kerry: 'Ukrainians will decide their future'" ||
		seed.ID != "sha256:"+hex.EncodeToString(sum[:]) || !strings.Contains(seed.Text, "Sergey Lavrov") {
		t.Errorf("seed = %q %q %q", seed.ID, seed.Title, seed.Published)
	}
	// Tokenizer artefacts that detokenization must have removed.
	artefacts := regexp.MustCompile(`\s[,.;:!?%)]|\(\s|\$\s\d| 's\b| n't\b|~|\d{1,2},\d{2},\d{3}\b`)
	ids := map[string]bool{}
	total := 0
	for i, d := range docs[1:] {
		if want := fmt.Sprintf("voa-%04d", i+1); d.ID != want {
			t.Errorf("story %d id %q; want %q", i, d.ID, want)
		}
		if ids[d.ID] {
			t.Errorf("duplicate id %s", d.ID)
		}
		ids[d.ID] = true
		if d.Source != "VOA (public domain, via GMB)" || d.Published != "" || d.Title == "" || utf8.RuneCountInString(d.Title) > 91 {
			t.Errorf("%s: source %q published %q title %q", d.ID, d.Source, d.Published, d.Title)
		}
		if !utf8.ValidString(d.Text) {
			t.Errorf("%s: invalid UTF-8", d.ID)
		}
		paras := strings.Split(d.Text, "\n\n")
		if len(paras) < 4 || len(paras) > 25 {
			t.Errorf("%s: %d sentences", d.ID, len(paras))
		}
		for _, p := range paras {
			if m := artefacts.FindString(p); m != "" {
				t.Errorf("%s: tokenizer artefact %q in %q", d.ID, m, p)
			}
			if strings.Count(p, `"`)%2 != 0 {
				t.Errorf("%s: unpaired quote in %q", d.ID, p)
			}
		}
		total += len(d.Text)
	}
	if total > 2<<20 {
		t.Errorf("stories hold %d bytes; the sample should stay under 2 MiB", total)
	}
}
