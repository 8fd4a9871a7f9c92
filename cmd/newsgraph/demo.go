package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/sample"
)

// runDemo is the README's first command: ingest the bundled sample news (a no-op
// when it is already stored: ingest is idempotent) and serve the graph.
func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o, help, err := parseServeFlags("demo", args, stderr)
	if help || err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	s, err := openStore(o.db, false, logger)
	if err != nil {
		return err
	}
	defer s.Close()
	// The port first: a busy one should not cost the user an ingest.
	ln, err := listen("demo", o.addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	docs, err := sample.Documents()
	if err != nil {
		return fmt.Errorf("demo: sample news: %w", err)
	}
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	if st, err := s.Stats(ctx); err == nil && st.Documents > 0 {
		// A second demo reuses the graph; say so before the summary counts
		// every bundled article as skipped.
		fmt.Fprintf(stdout, "Reusing the graph in %s (%d documents); checking for bundled articles it lacks ...\n", o.db, st.Documents)
	} else {
		fmt.Fprintf(stdout, "Ingesting %d bundled sample articles into %s ...\n", len(docs), o.db)
	}
	sum, err := ingest.RunDocuments(ctx, ingest.Config{Store: s, Extractor: ex, Progress: stderr, Errors: stderr}, docs)
	if err != nil {
		return fmt.Errorf("demo: ingest sample news: %w", err)
	}
	fmt.Fprintln(stdout, sum.String())
	fmt.Fprintln(stdout, storeTotals(ctx, s))
	return serve(ctx, s, ex, o, ln, stdout, logger)
}
