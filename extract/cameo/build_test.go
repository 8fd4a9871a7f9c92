package cameo

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/sample"
)

var update = flag.Bool("update", false, "rewrite data/derived.tsv from the shared data sets")

// sharedData finds the shared data folder that sits beside the repository.
func sharedData(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("NEWSGRAPH_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, "petrarch2", "CAMEO.2.0.txt")); err != nil {
		t.Skipf("shared data not found at %s (set NEWSGRAPH_DATA)", dir)
	}
	return dir
}

func buildSources(t *testing.T, dir string) Sources {
	t.Helper()
	ud := filepath.Join(dir, "ud_english_ewt")
	docs, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	var bundled []string
	for _, d := range docs {
		bundled = append(bundled, d.Text)
	}
	return Sources{
		News:    filepath.Join(dir, "gmb", "ner_dataset.csv"),
		Exclude: bundled,
		CAMEO:   filepath.Join(dir, "petrarch2", "CAMEO.2.0.txt"),
		UD: []string{
			filepath.Join(ud, "en_ewt-ud-train.conllu"),
			filepath.Join(ud, "en_ewt-ud-dev.conllu"),
			filepath.Join(ud, "en_ewt-ud-test.conllu"),
		},
	}
}

// TestDerivedUpToDate rebuilds data/derived.tsv and checks the embedded copy
// matches, so the shipped list is what our code makes from the sources.
func TestDerivedUpToDate(t *testing.T) {
	dir := sharedData(t)
	var buf bytes.Buffer
	if err := Build(buildSources(t, dir), &buf); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(filepath.Join("data", "derived.tsv"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(filepath.Join("data", "derived.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, buf.Bytes()) {
		t.Errorf("data/derived.tsv is stale: run go test ./extract/cameo -run TestDerivedUpToDate -update")
	}
	embedded, _ := dataFS.ReadFile("data/CAMEO.2.0.txt")
	src, err := os.ReadFile(buildSources(t, dir).CAMEO)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(embedded, src) {
		t.Errorf("data/CAMEO.2.0.txt differs from %s", buildSources(t, dir).CAMEO)
	}
}

func TestBuildErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := Build(Sources{CAMEO: filepath.Join(t.TempDir(), "missing.txt")}, &buf); err == nil {
		t.Error("Build with a missing dictionary succeeded; want an error")
	}
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, []byte("# nothing\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Build(Sources{CAMEO: empty}, &buf); err == nil {
		t.Error("Build with an empty dictionary succeeded; want an error")
	}
}
