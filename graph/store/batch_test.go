package store

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// batchCorpus mixes documents that exercise every resolution rule, merged
// relations and events, a repeat of an earlier document (skipped) and a
// document that fails (changed text under a stored id).
func batchCorpus() []IngestDoc {
	var docs []IngestDoc
	docs = append(docs, kerryLavrov()...)
	docs = append(docs, lavrovDocs()...)
	// Alias counts that tie and overtake each other from document to document.
	place := func(ext string, forms ...string) IngestDoc {
		e := extract.Entity{ID: "x", Name: "Xland", Type: extract.Location, Aliases: forms[1:]}
		for i, f := range forms {
			e.Mentions = append(e.Mentions, extract.Mention{Text: f, Start: i * 10, End: i*10 + len(f)})
		}
		return doc(ext, "2014-03-29", "Xland.", extract.Analysis{Entities: []extract.Entity{e}})
	}
	docs = append(docs, place("x1", "Xland", "Pee", "Queue", "Xland", "Xland"), place("x2", "Xland", "Queue"),
		place("x3", "Xland", "Pee"), place("x4", "Xland", "Arr", "Ess"), place("x5", "Xland", "Ess"))
	docs = append(docs, synthDocs(30, 5)...)
	docs = append(docs,
		doc("bare", "2014-04-01", "Kerry spoke.", extract.Analysis{
			Entities: []extract.Entity{ent("a", extract.Person, "Kerry")}}),
		doc("john", "2014-04-02", "John Kerry spoke. Kerry left.", extract.Analysis{
			Entities: []extract.Entity{ent("a", extract.Person, "John Kerry", "Kerry")}}),
	)
	docs = append(docs, twoKerrys()...)
	docs = append(docs, kerryLavrov()[0]) // same id and text: skipped
	changed := lavrovDocs()[0]
	changed.Doc.Text = "a different text"
	docs = append(docs, changed) // same id, other text: fails
	docs = append(docs, synthDocs(40, 6)[30:]...)
	for i := range docs[len(docs)-10:] {
		docs[len(docs)-10+i].Doc.ExtID += "-b"
	}
	return docs
}

// stableDump is Dump with the ingest and resolution times blanked, which are
// the only values that depend on when a document was written, and J posting
// blocks written as one line per document, since blocks follow the batches.
func stableDump(t *testing.T, s *Store) string {
	t.Helper()
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(dump(t, s)), "\n") {
		k, v, _ := strings.Cut(line, " ")
		if strings.HasPrefix(k, hex.EncodeToString([]byte{pDoc})) || strings.HasPrefix(k, hex.EncodeToString([]byte{pResolution})) {
			raw, err := hex.DecodeString(v)
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			if err := json.Unmarshal(raw, &m); err != nil {
				t.Fatalf("value of %s: %v", k, err)
			}
			delete(m, "IngestedAt")
			delete(m, "At")
			b, _ := json.Marshal(m)
			v = string(b)
		}
		if strings.HasPrefix(k, hex.EncodeToString([]byte{pDocWord})) {
			// Posting blocks depend on batching; the postings must not.
			key, _ := hex.DecodeString(k)
			val, _ := hex.DecodeString(v)
			ids, err := appendBlock(nil, binary.BigEndian.Uint64(key[len(key)-8:]), val)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range ids {
				out = append(out, hex.EncodeToString(wordKey(pDocWord, string(key[1:len(key)-9]), id))+" ")
			}
			continue
		}
		out = append(out, k+" "+v)
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

// TestBatchingDoesNotChangeTheStore ingests the same documents one per call,
// all in one call and in batches of 7: a batch is one transaction, but each
// document must see the ones before it exactly as with a transaction each,
// and a failing document must leave nothing while the others are written.
func TestBatchingDoesNotChangeTheStore(t *testing.T) {
	ctx := context.Background()
	run := func(size int, opts Options) (string, []IngestResult, []error) {
		docs := batchCorpus()
		s, err := Open(t.TempDir(), opts)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var res []IngestResult
		var errs []error
		for i := 0; i < len(docs); i += size {
			r, e := s.Ingest(ctx, docs[i:min(i+size, len(docs))])
			res, errs = append(res, r...), append(errs, e...)
			if i == 0 {
				// Builds the fuzzy index, so the batches after this one
				// update it in memory and the last check compares.
				checkIndexes(t, s)
			}
		}
		checkIndexes(t, s)
		return stableDump(t, s), res, errs
	}
	want, wantRes, wantErrs := run(1, Options{})
	failed := 0
	for i, err := range wantErrs {
		if err != nil {
			failed++
			if !errors.Is(err, ErrTextChanged) {
				t.Errorf("document %d: %v", i, err)
			}
		}
	}
	if failed != 1 {
		t.Fatalf("one document per call: %d failed; want the changed one only", failed)
	}
	for _, tc := range []struct {
		name string
		size int
		opts Options
	}{
		{"batches of 7", 7, Options{}},
		{"one batch", 1000, Options{}},
		// Badger allows a transaction 15% of a memtable: this batch is
		// too big for a 1 MiB one and is written in parts.
		{"one batch, split", 1000, Options{MemTableSize: 1 << 20}},
	} {
		got, res, errs := run(tc.size, tc.opts)
		if d := diffDumps(got, want); d != "" || got != want {
			t.Errorf("%s: store differs from one document per call: %s", tc.name, d)
		}
		for i := range res {
			if res[i] != wantRes[i] || (errs[i] == nil) != (wantErrs[i] == nil) {
				t.Errorf("%s: document %d: %+v, %v; want %+v, %v", tc.name, i, res[i], errs[i], wantRes[i], wantErrs[i])
			}
		}
	}
}
