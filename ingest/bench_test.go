package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// bbcPath is the BBC corpus beside the repository (../shared, as in CI); it is
// research-only data, read in place and never copied into the repository.
func bbcPath(b *testing.B) string {
	p := os.Getenv("NEWSGRAPH_BBC")
	if p == "" {
		p = filepath.Join("..", "..", "shared", "data", "news", "bbc.jsonl")
	}
	if _, err := os.Stat(p); err != nil {
		b.Skipf("benchmark corpus: %v (set NEWSGRAPH_BBC)", err)
	}
	return p
}

// cpuSeconds is the CPU time (user and system) this process has used.
func cpuSeconds(b *testing.B) float64 {
	b.Helper()
	return cputime.Process().Seconds()
}

func benchIngest(b *testing.B, ex Extractor, workers int) {
	path := bbcPath(b)
	batch, _ := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_BATCH"))
	b.ReportAllocs()
	var docs int
	var bytes int64
	// The machine is shared: CPU time, unlike wall time, hardly depends on
	// what else runs, so cpu-MB/s compares runs far better than MB/s.
	cpu0 := cpuSeconds(b)
	for b.Loop() {
		b.StopTimer()
		s, err := store.Open(b.TempDir(), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Run(context.Background(), Config{Store: s, Extractor: ex, Workers: workers, BatchSize: batch}, []string{path})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
		docs += sum.Documents
		bytes += sum.Bytes
	}
	secs := b.Elapsed().Seconds()
	cpu := cpuSeconds(b) - cpu0
	b.ReportMetric(float64(docs)/secs, "docs/s")
	b.ReportMetric(float64(bytes)/secs/1e6, "MB/s")
	b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(bytes)/cpu/1e6, "cpu-MB/s")
}

// BenchmarkIngestBBC is the whole ingest path into a fresh store: reading,
// extraction on every core, resolution and batched writes.
func BenchmarkIngestBBC(b *testing.B) {
	p, err := pipeline.New()
	if err != nil {
		b.Fatal(err)
	}
	benchIngest(b, p, 0)
}

// BenchmarkIngestWriterBBC replaces extraction with capWords to measure what
// reading and the store writer alone can take.
func BenchmarkIngestWriterBBC(b *testing.B) {
	benchIngest(b, capWords{}, 0)
}

// replay is an Extractor that returns analyses made beforehand, keyed by
// document text, so a benchmark over it measures what ingest costs besides
// extraction: reading, the worker pool, the writer and the store.
type replay map[string]*extract.Analysis

func (r replay) Analyze(ctx context.Context, d extract.Document) (*extract.Analysis, error) {
	a, ok := r[d.Text]
	if !ok {
		return nil, fmt.Errorf("replay: document %q was not analysed beforehand", d.ID)
	}
	return a, nil
}

// BenchmarkIngestStoreBBC is BenchmarkIngestBBC without the extraction: the
// analyses are made once before the timer starts and replayed, so its
// cpu-MB/s is the store side's alone (BenchmarkIngestBBC's cpu-s/op is this
// one's plus BenchmarkExtractBBC's).
func BenchmarkIngestStoreBBC(b *testing.B) {
	path := bbcPath(b)
	p, err := pipeline.New()
	if err != nil {
		b.Fatal(err)
	}
	r := replay{}
	for it := range Read(context.Background(), []string{path}, ReadOptions{}) {
		if it.Err != nil {
			b.Fatal(it.Err)
		}
		a, err := p.Analyze(context.Background(), it.Doc)
		if err != nil {
			b.Fatal(err)
		}
		r[it.Doc.Text] = a
	}
	benchIngest(b, r, 0)
}
