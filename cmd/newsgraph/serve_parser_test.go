package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/pipeline"
)

// watchedPipeline is the real pipeline, telling when serve asks it to load
// its parser.
type watchedPipeline struct {
	*pipeline.Pipeline
	calls  atomic.Int32
	loaded chan error
}

func (w *watchedPipeline) LoadParser() error {
	w.calls.Add(1)
	err := w.Pipeline.LoadParser()
	w.loaded <- err
	return err
}

// TestServeLoadsParserAtStart: a server that takes writes loads the
// parser's model in the background as it starts, before any ingest asks
// for it; a read-only server, which never ingests, does not.
func TestServeLoadsParserAtStart(t *testing.T) {
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(writeTokenEnv, "")
	for _, c := range []struct {
		token string
		want  bool
	}{{"", false}, {"secret", true}} {
		s, err := openStore(t.TempDir(), false, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ex := &watchedPipeline{Pipeline: p, loaded: make(chan error, 1)}
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		o := serveOptions{access: access{writeToken: c.token}, gc: gcOptions{percent: 100}}
		go func() { done <- serve(ctx, s, ex, o, ln, io.Discard, slog.New(slog.DiscardHandler)) }()
		select {
		case err := <-ex.loaded:
			if !c.want {
				t.Errorf("token %q: a read-only server loaded the parser", c.token)
			}
			if err != nil {
				t.Errorf("token %q: LoadParser: %v", c.token, err)
			}
		case <-time.After(map[bool]time.Duration{true: time.Minute, false: 300 * time.Millisecond}[c.want]):
			if c.want {
				t.Errorf("token %q: the parser was not loaded within a minute of start", c.token)
			}
		}
		cancel()
		if err := <-done; err != nil {
			t.Errorf("token %q: serve: %v", c.token, err)
		}
		s.Close()
		if n := ex.calls.Load(); n != map[bool]int32{true: 1, false: 0}[c.want] {
			t.Errorf("token %q: %d calls of LoadParser", c.token, n)
		}
	}
}
