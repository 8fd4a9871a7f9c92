package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ui"
)

type serveOptions struct {
	db   string
	addr string
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o serveOptions
	fs.StringVar(&o.db, "db", defaultDB, "data folder")
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen address")
	if err := fs.Parse(args); err != nil {
		return usageErr(err.Error())
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Sprintf("serve: unexpected argument %q", fs.Arg(0)))
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	s, err := openStore(o.db, false, logger)
	if err != nil {
		return err
	}
	defer s.Close()
	return serve(ctx, s, o.addr, stdout, logger)
}

// exampleQuery is printed at start-up so a new user has something to paste.
const exampleQuery = `{ entities(search: "kerry", first: 5) { edges { node { id name type aliases { text } roles { title org } } } } }`

// serve runs the HTTP server until ctx is cancelled, then shuts down gracefully.
func serve(ctx context.Context, s *store.Store, addr string, stdout io.Writer, logger *slog.Logger) error {
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	page, err := ui.Handler()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	h := graph.NewHandler(graph.ServerConfig{
		Store:    s,
		Ingester: &ingest.Single{Store: s, Extractor: ex},
		Logger:   logger,
		UI:       page,
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: listen on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(stdout, "Newsgraph is serving %s\n", base)
	fmt.Fprintf(stdout, "  Explore:    %s/\n", base)
	fmt.Fprintf(stdout, "  GraphQL:    %s/graphql\n", base)
	fmt.Fprintf(stdout, "  Playground: %s/playground\n", base)
	fmt.Fprintf(stdout, "  Try:        curl -s %s/graphql -H 'Content-Type: application/json' \\\n", base)
	fmt.Fprintf(stdout, "                -d '{\"query\":%q}'\n", exampleQuery)
	fmt.Fprintf(stdout, "Press Ctrl-C to stop.\n")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}
