package pipeline

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/sample"
)

// TestAnalyzeReusesBuffersSafely analyses sample documents one after the
// other and then from four goroutines at once: the pooled per-token buffers
// (scratch) must never carry one document into another's analysis.
func TestAnalyzeReusesBuffersSafely(t *testing.T) {
	docs, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	if n := 80; len(docs) > n {
		docs = docs[:n]
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	want := make([]string, len(docs))
	for i, d := range docs {
		a, err := p.Analyze(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(a)
		want[i] = string(b)
	}
	// A fresh pipeline's first document gets no pooled buffers: the
	// sequential run above compared with one whose buffers are all reused.
	got := make([]string, len(docs))
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < len(docs); i += 4 {
				// Every document twice, the second time on buffers that
				// just held others.
				for range 2 {
					a, err := p.Analyze(ctx, docs[len(docs)-1-i])
					if err != nil {
						t.Error(err)
						return
					}
					b, _ := json.Marshal(a)
					got[len(docs)-1-i] = string(b)
				}
			}
		})
	}
	wg.Wait()
	for i := range docs {
		if got[i] != want[i] {
			t.Fatalf("%s: the analysis differs when buffers are shared:\n%s\nwant\n%s", docs[i].ID, got[i], want[i])
		}
	}
}
