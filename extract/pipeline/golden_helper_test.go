package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/sample"
)

// golden pins one view of the analysis of bundled sample stories: each story's
// rendering is compared with testdata/<dir>/<id><ext>, or written there when
// update is set (after a deliberate change; read the diff).
type golden struct {
	stories   []string
	published string // anchors relative dates; "" keeps the story's own
	dir, ext  string
	update    bool
	render    func(*extract.Analysis) ([]byte, error)
	rerun     string // the command that rewrites the files
}

func (g golden) check(t *testing.T) {
	t.Helper()
	byID := sampleByID(t)
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range g.stories {
		d, ok := byID[id]
		if !ok {
			t.Fatalf("sample has no story %s", id)
		}
		if g.published != "" {
			d.Published = g.published
		}
		a, err := p.Analyze(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := g.render(a)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", g.dir, id+g.ext)
		if g.update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run %s)", err, g.rerun)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Analyze(%s) =\n%s\nwant (%s)\n%s", id, got, path, want)
		}
	}
}

// sampleByID indexes the bundled sample stories by id.
func sampleByID(t *testing.T) map[string]extract.Document {
	t.Helper()
	docs, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]extract.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	return byID
}
