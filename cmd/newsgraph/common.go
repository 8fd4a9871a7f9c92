package main

import (
	"fmt"
	"log/slog"

	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

// defaultDB is where every command keeps the graph unless --db says otherwise (contract).
const defaultDB = "./newsgraph-data"

func openStore(dir string, readOnly bool, logger *slog.Logger) (*store.Store, error) {
	s, err := store.Open(dir, store.Options{Logger: logger, ReadOnly: readOnly})
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return s, nil
}

// newExtractor loads the embedded models once; the pipeline is safe for concurrent use.
func newExtractor() (ingest.Extractor, error) {
	p, err := pipeline.New()
	if err != nil {
		return nil, fmt.Errorf("load extractor: %w", err)
	}
	return p, nil
}
