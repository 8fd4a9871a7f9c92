package export

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph/store"
)

// benchStore holds docs articles of 10 entities each, drawn from a pool of
// 2,000 so entities recur, with a relation and an event per article.
func benchStore(b *testing.B, docs int) *store.Store {
	b.Helper()
	s, err := store.Open(b.TempDir(), store.Options{GCInterval: -1})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	batch := make([]store.IngestDoc, 0, docs)
	for d := range docs {
		a := &extract.Analysis{}
		for i := range 10 {
			name := fmt.Sprintf("Entity %d", (d*7+i*131)%2000)
			a.Entities = append(a.Entities, extract.Entity{ID: fmt.Sprint(i), Name: name, Type: extract.Person,
				Mentions: []extract.Mention{{Text: name, End: len(name)}}})
		}
		a.Relations = []extract.Relation{{Type: "MET_WITH", Source: "0", Target: "1", Confidence: 0.8, Evidence: []extract.Evidence{{Text: "x"}}}}
		a.Events = []extract.Event{{Type: "MEET", Date: "2014-03-30", Confidence: 0.8, Evidence: []extract.Evidence{{Text: "x"}},
			Participants: []extract.Participant{{Entity: "0"}, {Entity: "1"}}}}
		batch = append(batch, store.IngestDoc{Doc: store.Document{ExtID: fmt.Sprint("d", d), Published: "2014-03-30", Text: fmt.Sprint("text ", d)}, Analysis: a})
	}
	if _, errs := s.Ingest(context.Background(), batch); errs[0] != nil {
		b.Fatal(errs[0])
	}
	return s
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func BenchmarkExport(b *testing.B) {
	s := benchStore(b, 500)
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			var w countWriter
			var c Counts
			for b.Loop() {
				var err error
				if c, err = Export(context.Background(), s, f, Filter{}, func(string) (io.Writer, error) { return &w, nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(c.Entities+c.Relations+c.Events)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
			b.ReportMetric(float64(w.n)/1e6/b.Elapsed().Seconds(), "MB/s")
		})
	}
}
