// Package ingest reads news from files, directories and stdin, runs extraction
// on all cores and writes the analyses to the store through one batching writer.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Extractor turns one document into its analysis; extract.Pipeline satisfies it.
// It must be safe for concurrent use.
type Extractor interface {
	Analyze(ctx context.Context, d extract.Document) (*extract.Analysis, error)
}

// DefaultBatchSize is Config.BatchSize when none is given.
const DefaultBatchSize = 1024

// Config configures Run. Store and Extractor are required.
type Config struct {
	Store     *store.Store
	Extractor Extractor
	// Workers run extraction; default runtime.GOMAXPROCS(0).
	Workers int
	// BatchSize is how many documents go into one store.Ingest call; default
	// 1024. The store writes a call in as few transactions as badger's limits
	// allow (a few hundred news documents each): bigger transactions write
	// fewer keys (a word's posting block and an entity's record are written
	// once per transaction), and a crash loses at most the transaction being
	// written, which re-ingest restores. A batch is also written when it
	// holds BatchBytes of text or has waited a second.
	BatchSize  int
	BatchBytes int64 // default 4 MiB
	// Date is the published date (YYYY-MM-DD) of documents that have none.
	Date string
	// Progress gets a progress bar when it is a terminal, else a plain line every
	// ~2 s; nil for none.
	Progress io.Writer
	// Errors gets one line per failed input; nil discards them (they still count).
	Errors io.Writer
	// MaxDocBytes bounds one document; default DefaultMaxDocBytes.
	MaxDocBytes int64
	// Stdin is read for the path "-"; default os.Stdin.
	Stdin io.Reader
}

// Run ingests the documents of paths. Bad inputs are reported on cfg.Errors and
// skipped while the rest is ingested; if any failed, Run returns a *FailedError
// with the summary of what was done. Documents are written in input order, so
// the same inputs give the same ids in a fresh store whatever the worker count.
func Run(ctx context.Context, cfg Config, paths []string) (Summary, error) {
	return run(ctx, cfg, func(ctx context.Context, opts ReadOptions) iter.Seq[Item] {
		return Read(ctx, paths, opts)
	}, func() int64 { return totalBytes(paths) })
}

// RunDocuments ingests documents already in memory (the bundled sample, say)
// through the same workers and writer as Run. Messages name a document by its
// id, or by its position when it has none.
func RunDocuments(ctx context.Context, cfg Config, docs []extract.Document) (Summary, error) {
	var total int64
	for _, d := range docs {
		total += int64(len(d.Text))
	}
	return run(ctx, cfg, func(ctx context.Context, opts ReadOptions) iter.Seq[Item] {
		return func(yield func(Item) bool) {
			for i, d := range docs {
				name := d.ID
				if name == "" {
					name = fmt.Sprintf("document %d", i+1)
				}
				it := Item{Input: name, Bytes: int64(len(d.Text)), Doc: d}
				if err := Prepare(&it.Doc, opts.maxBytes()); err != nil {
					it.Err = &InputError{Input: name, Err: err}
				}
				if ctx.Err() != nil || !yield(it) {
					return
				}
			}
		}
	}, func() int64 { return total })
}

func run(ctx context.Context, cfg Config, read func(context.Context, ReadOptions) iter.Seq[Item], total func() int64) (Summary, error) {
	start := time.Now()
	if cfg.Store == nil || cfg.Extractor == nil {
		return Summary{}, errors.New("ingest: Config needs a Store and an Extractor")
	}
	if cfg.Date != "" {
		d, err := NormalizeDate(cfg.Date)
		if err != nil {
			return Summary{}, fmt.Errorf("ingest: --date: %w", err)
		}
		cfg.Date = d
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	if cfg.BatchBytes <= 0 {
		cfg.BatchBytes = 4 << 20
	}
	if cfg.Errors == nil {
		cfg.Errors = io.Discard
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// inFlight bounds the documents between reader and writer, which bounds the
	// writer's reorder buffer and memory whatever the speed of each document.
	window := cfg.Workers*4 + cfg.BatchSize
	inFlight := make(chan struct{}, window)
	jobs := make(chan *job, cfg.Workers)
	done := make(chan *job, window)

	go func() {
		defer close(jobs)
		seq := 0
		for it := range read(ctx, ReadOptions{MaxDocBytes: cfg.MaxDocBytes, Stdin: cfg.Stdin}) {
			select {
			case inFlight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			j := &job{seq: seq, Item: it}
			seq++
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()

	workersDone := make(chan struct{})
	for range cfg.Workers {
		go func() {
			defer func() { workersDone <- struct{}{} }()
			for j := range jobs {
				if j.Err == nil {
					if j.Doc.Published == "" {
						j.Doc.Published = cfg.Date
					}
					j.analysis, j.Err = analyze(ctx, cfg.Extractor, j.Input, j.Line, j.Doc)
					if j.Err == nil {
						// Indexing words here keeps that work off the single writer.
						j.words = store.DocumentWords(j.Doc.Title, j.Doc.Text)
					}
				}
				done <- j
			}
		}()
	}
	go func() {
		for range cfg.Workers {
			<-workersDone
		}
		close(done)
	}()

	w := newWriter(ctx, cfg, total, start)
	for j := range done {
		w.receive(j)
		<-inFlight
	}
	w.finish()
	sum := w.sum
	sum.Duration = time.Since(start)
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if sum.Failed > 0 {
		return sum, &FailedError{Failed: sum.Failed, Total: sum.Failed + sum.Documents + sum.Skipped}
	}
	return sum, nil
}

// job is one item on its way through the pipeline.
type job struct {
	seq int
	Item
	analysis *extract.Analysis
	words    []string // store.DocumentWords of the document
}

// analyze runs the extractor, turning a panic into this document's error so one
// odd input cannot bring down a batch.
func analyze(ctx context.Context, ex Extractor, input string, line int, d extract.Document) (a *extract.Analysis, err error) {
	defer func() {
		if p := recover(); p != nil {
			a = nil
			err = &InputError{Input: input, Line: line, Err: fmt.Errorf("extractor panic: %v (at %s)", p, panicSite(debug.Stack()))}
		}
	}()
	a, err = ex.Analyze(ctx, d)
	if err == nil && a == nil {
		err = errors.New("extractor returned no analysis")
	}
	if err != nil {
		return nil, &InputError{Input: input, Line: line, Err: fmt.Errorf("extract: %w", err)}
	}
	return a, nil
}

// panicSite finds the function and line that panicked in a goroutine stack, so
// the report stays one line yet says where to look.
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") && i+3 < len(lines) {
			fn := lines[i+2]
			if k := strings.LastIndexByte(fn, '('); k > 0 {
				fn = fn[:k]
			}
			loc := strings.TrimSpace(lines[i+3])
			if k := strings.LastIndex(loc, " +0x"); k > 0 {
				loc = loc[:k]
			}
			return fn + " " + loc
		}
	}
	return "unknown site"
}

// Single ingests one document at a time, for the GraphQL ingestDocument mutation.
type Single struct {
	Store       *store.Store
	Extractor   Extractor
	MaxDocBytes int64 // default DefaultMaxDocBytes
}

// IngestDocument checks, extracts and stores d. Re-ingesting the same document
// returns a result with Skipped set and changes nothing.
func (s Single) IngestDocument(ctx context.Context, d extract.Document) (store.IngestResult, error) {
	max := s.MaxDocBytes
	if max <= 0 {
		max = DefaultMaxDocBytes
	}
	if s.Store == nil || s.Extractor == nil {
		return store.IngestResult{}, errors.New("ingest: Single needs a Store and an Extractor")
	}
	name := "document"
	if d.ID != "" {
		name = "document " + d.ID
	}
	if err := Prepare(&d, max); err != nil {
		return store.IngestResult{}, &InputError{Input: name, Err: err}
	}
	a, err := analyze(ctx, s.Extractor, name, 0, d)
	if err != nil {
		return store.IngestResult{}, err
	}
	res, errs := s.Store.Ingest(ctx, []store.IngestDoc{{Doc: storeDoc(d, a), Analysis: a}})
	if len(errs) > 0 && errs[0] != nil {
		return store.IngestResult{}, &InputError{Input: name, Err: errs[0]}
	}
	if len(res) != 1 {
		return store.IngestResult{}, &InputError{Input: name, Err: fmt.Errorf("store returned %d results for 1 document", len(res))}
	}
	return res[0], nil
}

func storeDoc(d extract.Document, a *extract.Analysis) store.Document {
	return store.Document{
		Sentences: a.Sentences,
		ExtID:     d.ID,
		Title:     d.Title,
		URL:       d.URL,
		Source:    d.Source,
		Published: d.Published,
		Text:      d.Text,
	}
}
