package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"

	"github.com/dustin/go-humanize"

	"github.com/newsgraph/newsgraph/ingest"
)

type ingestOptions struct {
	db          string
	date        string
	workers     int
	batch       int
	maxDocBytes string
	quiet       bool
	paths       []string
}

// partialError reports that some inputs failed (each already named on stderr)
// while the others were ingested: exit status 1.
type partialError struct {
	failed, total int
}

func (e partialError) Error() string {
	return fmt.Sprintf("ingest: %d of %d inputs failed (named above); the rest were ingested", e.failed, e.total)
}

func (e partialError) ExitCode() int { return 1 }

// runIngest adds files, folders and stdin to the store (contract:
// `newsgraph ingest [--db DIR] [--date D] PATH...`).
func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", stderr,
		"Usage: newsgraph ingest [--db DIR] [--date YYYY-MM-DD] [--workers N] PATH...",
		"PATH is a .txt, .jsonl or .html file, a folder (read recursively) or - for stdin.")
	var o ingestOptions
	fs.StringVar(&o.db, "db", defaultDB, "store folder")
	fs.StringVar(&o.date, "date", "", "published date YYYY-MM-DD for documents that have none")
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "extraction workers")
	fs.IntVar(&o.batch, "batch", ingest.DefaultBatchSize, "documents per store write (the store splits it into as few transactions as badger allows)")
	fs.StringVar(&o.maxDocBytes, "max-doc-bytes", "10MiB", "largest document accepted (e.g. 10MiB, 50MB)")
	fs.BoolVar(&o.quiet, "quiet", false, "no progress output")
	paths, help, err := parseWithArgs(fs, args)
	if help || err != nil {
		return err
	}
	o.paths = paths
	if len(o.paths) == 0 {
		fs.Usage()
		return usageErr("ingest: no PATH given")
	}
	if o.date != "" {
		if _, err := ingest.NormalizeDate(o.date); err != nil {
			return usageErr(fmt.Sprintf("ingest: --date %q: want YYYY-MM-DD", o.date))
		}
	}
	if o.workers < 1 {
		return usageErr(fmt.Sprintf("ingest: --workers %d: want at least 1", o.workers))
	}
	if o.batch < 1 {
		return usageErr(fmt.Sprintf("ingest: --batch %d: want at least 1", o.batch))
	}
	maxBytes, err := humanize.ParseBytes(o.maxDocBytes)
	if err != nil || maxBytes == 0 || maxBytes > 1<<40 {
		return usageErr(fmt.Sprintf("ingest: --max-doc-bytes %q: want a size like 10MiB", o.maxDocBytes))
	}

	ex, err := newExtractor()
	if err != nil {
		return err
	}
	s, err := openStore(o.db, false, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		return err
	}
	cfg := ingest.Config{
		Store:       s,
		Extractor:   ex,
		Workers:     o.workers,
		BatchSize:   o.batch,
		Date:        o.date,
		Errors:      stderr,
		MaxDocBytes: int64(maxBytes),
	}
	if !o.quiet {
		cfg.Progress = stderr
	}
	sum, runErr := ingest.Run(ctx, cfg, o.paths)
	totals := storeTotals(ctx, s)
	if err := s.Close(); err != nil && runErr == nil {
		runErr = err
	}
	fmt.Fprintln(stdout, sum)
	fmt.Fprintln(stdout, totals)
	var failed *ingest.FailedError
	if errors.As(runErr, &failed) {
		return partialError{failed: failed.Failed, total: failed.Total}
	}
	return runErr
}
