package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// A kill between creating a memtable log or the next value log and sizing it
// leaves an empty .mem or .vlog file (badger#2207); Open must clear it and
// open, losing nothing.
func TestOpenRemovesEmptyLogs(t *testing.T) {
	for _, name := range []string{"00042.mem", "000007.vlog"} {
		t.Run(name, func(t *testing.T) { testOpenRemovesEmptyLog(t, name) })
	}
}

func testOpenRemovesEmptyLog(t *testing.T, name string) {
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	before, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, name)
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir, Options{})
	if err != nil {
		t.Fatalf("Open with an empty log = %v; want it cleared", err)
	}
	defer s.Close()
	if _, err := os.Stat(empty); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("empty log still there: %v", err)
	}
	after, err := s.Stats(t.Context())
	if err != nil || after != before {
		t.Errorf("Stats after reopen = %+v, %v; want %+v", after, err, before)
	}
}
