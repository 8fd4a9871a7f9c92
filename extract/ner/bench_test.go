package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// sharedData finds the shared data folder: $NEWSGRAPH_DATA, or ../shared/data
// beside the repository (CI layout).
func sharedData(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("NEWSGRAPH_DATA"); d != "" {
		return d
	}
	d, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "data"))
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func loadBBC(tb testing.TB) []string {
	tb.Helper()
	path := filepath.Join(sharedData(tb), "news", "bbc.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatalf("benchmark needs the BBC news (set NEWSGRAPH_DATA to the shared data folder): %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, doc.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// BenchmarkTagBBC measures the whole front end (tokenize, split sentences,
// tag) over the BBC news corpus on one goroutine.
func BenchmarkTagBBC(b *testing.B) {
	texts := loadBBC(b)
	tg, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var bytes, toks int64
	for _, t := range texts {
		bytes += int64(len(t))
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	n := 0
	for b.Loop() {
		toks = 0
		for _, t := range texts {
			tk := tokenize.Tokenize(t)
			ss := tokenize.SplitSentences(t, tk)
			tg.TagDocument(tk, ss)
			toks += int64(len(tk))
		}
		n++
	}
	sec := b.Elapsed().Seconds() / float64(n)
	b.ReportMetric(float64(bytes)/1e6/sec, "MB/s")
	// On a shared machine wall time undercounts; CPU time of this process
	// (one goroutine does the work) is the one-core figure.
	if cpu := (cputime.Process() - cpu0).Seconds() / float64(n); cpu > 0 {
		b.ReportMetric(float64(bytes)/1e6/cpu, "cpu-MB/s")
	}
	b.ReportMetric(float64(toks)/sec, "tokens/s")
}
