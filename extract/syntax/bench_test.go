package syntax

import (
	"runtime"
	"testing"

	"github.com/newsgraph/newsgraph/internal/cputime"
)

// BenchmarkParse tags and parses EWT dev sentence by sentence and reports
// words per second and nanoseconds per word; the cpu- metrics divide by
// the process's CPU time instead of the wall clock, which other processes
// on a shared machine stretch.
func BenchmarkParse(b *testing.B) {
	p := newParser(b)
	sents := readUD(b, "dev")
	var buf []Word
	benchWords(b, sents, func(s Sentence) { buf = p.ParseInto(buf, s.Words) })
}

// BenchmarkTag is the tagger alone.
func BenchmarkTag(b *testing.B) {
	p := newParser(b)
	sents := readUD(b, "dev")
	benchWords(b, sents, func(s Sentence) { p.Tag(s.Words) })
}

func benchWords(b *testing.B, sents []Sentence, f func(Sentence)) {
	words := 0
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, s := range sents {
			f(s)
			words += len(s.Words)
		}
	}
	cpu := (cputime.Process() - cpu0).Seconds()
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(words)/sec, "words/s")
	b.ReportMetric(sec*1e9/float64(words), "ns/word")
	if cpu > 0 {
		b.ReportMetric(float64(words)/cpu, "cpu-words/s")
		b.ReportMetric(cpu*1e9/float64(words), "cpu-ns/word")
	}
	b.ReportMetric(0, "ns/op")
}

// BenchmarkNew decodes the embedded model and reports the heap a parser
// keeps (live-MB, after a collection) and what decoding allocates on the
// way (alloc-MB): a pipeline holds one parser for as long as it runs.
// cpu-ms is the process's CPU time per decode, the collections included.
func BenchmarkNew(b *testing.B) {
	var live, alloc uint64
	cpu0 := cputime.Process()
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		p, err := New()
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		live += after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc)
		alloc += after.TotalAlloc - before.TotalAlloc
		runtime.KeepAlive(p)
	}
	b.ReportMetric(float64(live)/float64(b.N)/(1<<20), "live-MB")
	b.ReportMetric(float64(alloc)/float64(b.N)/(1<<20), "alloc-MB")
	b.ReportMetric((cputime.Process()-cpu0).Seconds()*1e3/float64(b.N), "cpu-ms")
}
