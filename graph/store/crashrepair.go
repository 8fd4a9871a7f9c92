package store

import (
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
)

// removeEmptyLogs deletes 0-byte *.mem and *.vlog files. Badger creates a
// memtable's write-ahead log, or the next value log, and only then sizes it
// and writes its header, so a process killed between the two (test/robust's
// kill harness hits both) leaves an empty file that makes the next
// badger.Open fail with "Create a new file" (dgraph-io/badger#2207, fix not
// yet released). An empty log holds no writes, so removing it loses nothing.
func removeEmptyLogs(dir string, log *slog.Logger) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if e.IsDir() || ext != ".mem" && ext != ".vlog" {
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
		log.Warn("removed an empty log left by a crash", "file", p)
	}
	return nil
}
