package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/dustin/go-humanize"

	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

// defaultDB is where every command keeps the graph unless --db says otherwise (contract).
const defaultDB = "./newsgraph-data"

func openStore(dir string, readOnly bool, logger *slog.Logger) (*store.Store, error) {
	return openStoreWith(dir, store.Options{Logger: logger, ReadOnly: readOnly})
}

// openStoreWith is openStore with all of the store's options.
func openStoreWith(dir string, opts store.Options) (*store.Store, error) {
	s, err := store.Open(dir, opts)
	if err != nil {
		// Badger locks its folder; the usual cause is a second newsgraph
		// (a demo left running) on the same folder, which its message does
		// not say.
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return nil, fmt.Errorf("open store %s: another newsgraph process is using it; stop that one or pass --db with another folder: %w", dir, err)
		}
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return s, nil
}

// storeTotals is the line printed after an ingest: what the store holds now,
// which an ingest that skipped everything would otherwise leave unsaid.
func storeTotals(ctx context.Context, s *store.Store) string {
	st, err := s.Stats(ctx)
	if err != nil {
		return fmt.Sprintf("store totals unavailable: %v", err)
	}
	c := func(n int) string { return humanize.Comma(int64(n)) }
	return fmt.Sprintf("the graph holds %s documents, %s entities, %s relations, %s events, %s quotes",
		c(st.Documents), c(st.Entities), c(st.Relations), c(st.Events), c(st.Quotes))
}

// newExtractor loads the embedded models once; the pipeline is safe for concurrent use.
func newExtractor() (ingest.Extractor, error) {
	p, err := pipeline.New()
	if err != nil {
		return nil, fmt.Errorf("load extractor: %w", err)
	}
	return p, nil
}
