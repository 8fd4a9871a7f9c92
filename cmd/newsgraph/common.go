package main

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

// defaultDB is where every command keeps the graph unless --db says otherwise (contract).
const defaultDB = "./newsgraph-data"

func openStore(dir string, readOnly bool, logger *slog.Logger) (*store.Store, error) {
	if !readOnly {
		if err := removeEmptyMemtables(dir, logger); err != nil {
			return nil, fmt.Errorf("open store %s: %w", dir, err)
		}
	}
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

// removeEmptyMemtables deletes 0-byte *.mem files. Badger creates a memtable's
// write-ahead log and only then sizes it, so a process killed between the two
// (test/robust's kill harness hits it) leaves an empty file that makes the next
// badger.Open fail with "Create a new file" (dgraph-io/badger#2207, fix not yet
// released). An empty log holds no writes, so removing it loses nothing.
// This belongs in store.Open; it lives here until the store does it.
func removeEmptyMemtables(dir string, logger *slog.Logger) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".mem" {
			continue
		}
		fi, err := e.Info()
		if err != nil || fi.Size() != 0 {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if err := os.Remove(p); err != nil {
			return err
		}
		logger.Warn("removed an empty memtable log left by a crash", "file", p)
	}
	return nil
}
