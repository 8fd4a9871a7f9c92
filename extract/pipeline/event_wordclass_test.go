package pipeline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite event_wordclass.tsv and the event golden files")

// sharedData is the shared data folder beside the repository (as in CI).
func sharedData(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("NEWSGRAPH_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, "ud_english_ewt")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("shared data not found at %s: %v", dir, err)
		}
		t.Skipf("shared data not found at %s (set NEWSGRAPH_DATA)", dir)
	}
	return dir
}

// TestWordClassesUpToDate rebuilds the word-class list from the treebank and
// checks the embedded copy is what our code makes from it.
func TestWordClassesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the treebank")
	}
	ud := filepath.Join(sharedData(t), "ud_english_ewt")
	var buf bytes.Buffer
	files := []string{
		filepath.Join(ud, "en_ewt-ud-train.conllu"),
		filepath.Join(ud, "en_ewt-ud-dev.conllu"),
		filepath.Join(ud, "en_ewt-ud-test.conllu"),
	}
	if err := BuildWordClasses(files, &buf); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("event_wordclass.tsv", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(buf.Bytes(), wordClassTSV) {
		t.Errorf("event_wordclass.tsv is stale: run go test -run TestWordClassesUpToDate -update ./extract/pipeline")
	}
}

func TestWordClasses(t *testing.T) {
	wc := loadWordClasses()
	cases := []struct {
		word string
		want wclass
	}{
		{"police", wNoun}, {"the", wDet}, {"arrested", wPart}, {"with", wPrep}, {"will", wModal}, {"say", wVerb},
	}
	for _, c := range cases {
		if got := wc.of(c.word, c.word); got&c.want == 0 {
			t.Errorf("classes(%q) = %b; want %b among them", c.word, got, c.want)
		}
	}
}
