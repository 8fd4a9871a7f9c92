package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// bbcPath is the BBC benchmark corpus beside the repository (../shared, as in CI).
func bbcPath() string {
	if p := os.Getenv("NEWSGRAPH_BBC"); p != "" {
		return p
	}
	return filepath.Join("..", "..", "..", "shared", "data", "news", "bbc.jsonl")
}

func loadBBC(b *testing.B) []extract.Document {
	b.Helper()
	f, err := os.Open(bbcPath())
	if err != nil {
		b.Fatalf("benchmark corpus: %v (set NEWSGRAPH_BBC)", err)
	}
	defer f.Close()
	var docs []extract.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d extract.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatalf("bbc.jsonl: %v", err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return docs
}

// BenchmarkExtractBBC runs the whole extraction pipeline over the BBC corpus on one
// goroutine and reports MB/s of text and documents per second.
func BenchmarkExtractBBC(b *testing.B) {
	docs := loadBBC(b)
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Text))
	}
	ctx := context.Background()
	// The parser's model is decoded on first use, once per process: a
	// start-up cost (like New's), not a cost per megabyte extracted.
	if p.syn != nil {
		if _, err := p.syn.get(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			if _, err := p.Analyze(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		n++
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(bytes)*float64(n)/secs/1e6, "MB/s")
	b.ReportMetric(float64(len(docs))*float64(n)/secs, "docs/s")
	// The machine is shared, so wall time undercounts; the CPU time of this
	// process (one goroutine does the work, plus GC) is the one-core figure.
	if cpu := (cputime.Process() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(n)/cpu/1e6, "cpu-MB/s")
	}
}
