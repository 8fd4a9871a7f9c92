package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/sample"
)

type demoOptions struct {
	db   string
	addr string
	access
}

// runDemo is the README's first command: ingest the bundled sample news (a no-op
// when it is already stored: ingest is idempotent) and serve the graph.
func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o demoOptions
	fs.StringVar(&o.db, "db", defaultDB, "data folder")
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen address")
	o.access.register(fs)
	if err := fs.Parse(args); err != nil {
		return usageErr(err.Error())
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Sprintf("demo: unexpected argument %q", fs.Arg(0)))
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	s, err := openStore(o.db, false, logger)
	if err != nil {
		return err
	}
	defer s.Close()
	docs, err := sample.Documents()
	if err != nil {
		return fmt.Errorf("demo: sample news: %w", err)
	}
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Ingesting %d bundled sample articles into %s ...\n", len(docs), o.db)
	sum, err := ingest.RunDocuments(ctx, ingest.Config{Store: s, Extractor: ex, Progress: stderr, Errors: stderr}, docs)
	if err != nil {
		return fmt.Errorf("demo: ingest sample news: %w", err)
	}
	fmt.Fprintln(stdout, sum.String())
	return serve(ctx, s, o.addr, o.access, stdout, logger)
}
