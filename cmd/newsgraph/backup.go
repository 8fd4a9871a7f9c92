package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/dustin/go-humanize"
)

// runBackup writes a full or incremental backup of the store
// (`newsgraph backup --out FILE [--since V]`).
func runBackup(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("backup", stderr,
		"Usage: newsgraph backup [--db DIR] --out FILE [--since VERSION]",
		"Without --since, a full backup; with the version a previous backup printed, only what changed since.")
	db := fs.String("db", defaultDB, "store folder")
	out := fs.String("out", "", "backup file to write (- for stdout)")
	since := fs.Uint64("since", 0, "version printed by the previous backup: write only later changes")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *out == "" {
		fs.Usage()
		return usageErr("backup: --out FILE is required")
	}
	// Not read-only: Badger's read-only mode refuses a store that was not
	// closed cleanly, and a backup should work on exactly such a store.
	s, err := openStore(*db, false, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer s.Close()

	report := stdout
	var w io.Writer = stdout
	var f *os.File
	if *out != "-" {
		// Written beside the target and renamed into place, so a failed backup
		// never leaves a truncated file under the name a restore would use.
		if f, err = os.CreateTemp(filepath.Dir(*out), ".backup-*"); err != nil {
			return fmt.Errorf("backup: %w", err)
		}
		defer os.Remove(f.Name())
		defer f.Close()
		w = f
	} else {
		report = stderr
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	cw := &countingWriter{w: bw}
	next, err := s.Backup(ctx, cw, *since)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil && f != nil {
		if err = f.Sync(); err == nil {
			if err = f.Close(); err == nil {
				err = os.Rename(f.Name(), *out)
			}
		}
	}
	if err != nil {
		return fmt.Errorf("backup to %s: %w", *out, err)
	}
	kind := "full"
	if *since > 0 {
		kind = fmt.Sprintf("incremental since version %d", *since)
	}
	fmt.Fprintf(report, "backup (%s) written to %s: %s\n", kind, *out, humanize.Bytes(uint64(cw.n)))
	fmt.Fprintf(report, "store version %d; next incremental: newsgraph backup --db %s --since %d --out FILE\n", next, *db, next)
	return nil
}

// runRestore rebuilds an empty store from a full backup and its incrementals
// (`newsgraph restore [--db DIR] FILE...`).
func runRestore(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("restore", stderr,
		"Usage: newsgraph restore [--db DIR] FULL [INCREMENTAL...]",
		"DIR must be new or empty; backups are loaded in the order given.")
	db := fs.String("db", defaultDB, "store folder to create")
	files, help, err := parseWithArgs(fs, args)
	if help || err != nil {
		return err
	}
	if len(files) == 0 {
		fs.Usage()
		return usageErr("restore: no backup FILE given")
	}
	var readers []io.Reader
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("restore: %w", err)
		}
		defer f.Close()
		readers = append(readers, bufio.NewReaderSize(f, 1<<20))
	}
	s, err := openStore(*db, false, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Restore(ctx, readers...); err != nil {
		return fmt.Errorf("restore %v into %s: %w", files, *db, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "restored %d backup(s) into %s: %d documents, %d entities, %d relations, %d events\n",
		len(files), *db, st.Documents, st.Entities, st.Relations, st.Events)
	return nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
