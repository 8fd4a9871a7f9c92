package store

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/sample"
)

// searchAll pages through SearchDocuments and returns the ids found.
func searchAll(t *testing.T, s *Store, q string) []uint64 {
	t.Helper()
	var ids []uint64
	p := Page{Limit: 37}
	for {
		docs, info, err := s.SearchDocuments(context.Background(), q, p)
		if err != nil {
			t.Fatalf("SearchDocuments(%q): %v", q, err)
		}
		for _, d := range docs {
			ids = append(ids, d.ID)
		}
		if !info.HasNext {
			return ids
		}
		p.After = info.Next
	}
}

// TestDocumentSearchMatchesReference checks the J posting blocks against an
// inverted index built here from the bundled sample's words: every word and
// pairs of words find exactly the documents holding them, after ingest in
// batches of several sizes and after deleting documents, including ones
// whose id is the key of a block.
func TestDocumentSearchMatchesReference(t *testing.T) {
	src, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	if len(src) > 120 {
		src = src[:120]
	}
	docs := make([]IngestDoc, len(src))
	for i, d := range src {
		docs[i] = IngestDoc{Doc: Document{ExtID: d.ID, Title: d.Title, Published: d.Published, Text: d.Text},
			Analysis: &extract.Analysis{}}
	}
	s, _ := newTestStore(t)
	ctx := context.Background()
	ref := map[string][]uint64{} // word -> ascending document ids
	for i := 0; i < len(docs); {
		n := []int{1, 5, 32, 17}[i%4]
		res, errs := s.Ingest(ctx, docs[i:min(i+n, len(docs))])
		for j, r := range res {
			if errs[j] != nil {
				t.Fatal(errs[j])
			}
			d := docs[i+j].Doc
			for _, w := range dedupe(wordsOf(d.Title + " " + d.Text)) {
				ref[w] = append(ref[w], r.DocID)
			}
		}
		i += n
	}
	words := make([]string, 0, len(ref))
	for w := range ref {
		words = append(words, w)
	}
	slices.Sort(words)
	check := func(when string) {
		t.Helper()
		bad := 0
		for i, w := range words {
			if got := searchAll(t, s, w); !slices.Equal(got, ref[w]) && bad < 5 {
				bad++
				t.Errorf("%s: search %q = %v; want %v", when, w, got, ref[w])
			}
			if i%7 != 0 {
				continue
			}
			// A pair of words: the intersection.
			v := words[(i*31+3)%len(words)]
			var want []uint64
			for _, id := range ref[w] {
				if slices.Contains(ref[v], id) {
					want = append(want, id)
				}
			}
			if got := searchAll(t, s, w+" "+v); !slices.Equal(got, want) && bad < 5 {
				bad++
				t.Errorf("%s: search %q = %v; want %v", when, w+" "+v, got, want)
			}
		}
	}
	check("after ingest")
	if len(words) < 1000 {
		t.Fatalf("only %d distinct words in the sample", len(words))
	}

	// Batches hold documents 1, 2-6, 7-38, 39-70, ...: delete 7 (the first
	// of its batch, so blocks keyed by it move to 8), then 8, 40 (inside a
	// batch) and the last.
	for _, id := range []uint64{7, 8, 40, uint64(len(docs))} {
		r, err := s.DeleteDocument(ctx, id)
		if err != nil || !r.Deleted {
			t.Fatalf("DeleteDocument(%d) = %+v, %v", id, r, err)
		}
		for w, ids := range ref {
			ref[w] = slices.DeleteFunc(ids, func(x uint64) bool { return x == id })
		}
	}
	check("after deletes")
	if got := searchAll(t, s, words[0]); fmt.Sprint(got) != fmt.Sprint(ref[words[0]]) {
		t.Errorf("search %q = %v; want %v", words[0], got, ref[words[0]])
	}
}
