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
	"net/url"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/guard"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ui"
)

type serveOptions struct {
	db   string
	addr string
	access
	gc gcOptions
	// responseCache is how many query responses to keep per store version
	// (graph.ServerConfig.ResponseCache).
	responseCache int
}

// defaultResponseCache bounds the response cache by entries; the cache also
// bounds itself by bytes (64 MiB).
const defaultResponseCache = 20000

// gcOptions tune the garbage collector for serving. A GraphQL response
// allocates many small short-lived objects while the live heap (store caches)
// is comparatively stable, so the default GOGC of 100 collects far more often
// than memory needs: at 32 concurrent clients the collector and its sweeping
// took about a tenth of the CPU. A higher percentage trades some memory for
// that; the limit caps the trade when memory is short.
type gcOptions struct {
	percent  int
	limitMiB int64
}

// defaultGCPercent is used when neither --gc-percent nor $GOGC is set.
const defaultGCPercent = 400

func (g *gcOptions) register(fs *flag.FlagSet) {
	fs.IntVar(&g.percent, "gc-percent", 0, fmt.Sprintf("garbage collection target percentage (GOGC); 0: $GOGC if set, else %d; -1 turns the collector off (with --memory-limit only)", defaultGCPercent))
	fs.Int64Var(&g.limitMiB, "memory-limit", 0, "soft memory limit in MiB (GOMEMLIMIT); 0: $GOMEMLIMIT if set, else none")
}

// resolved fills the defaults.
func (g gcOptions) resolved() gcOptions {
	if g.percent == 0 {
		g.percent = defaultGCPercent
		// The runtime already applied $GOGC; keep an operator's choice.
		switch env := os.Getenv("GOGC"); {
		case env == "off":
			g.percent = -1
		case env != "":
			if n, err := strconv.Atoi(env); err == nil {
				g.percent = n
			}
		}
	}
	return g
}

// apply sets the process's collector; the settings are process-wide, so only
// commands that serve call it, once, before serving.
func (g gcOptions) apply() {
	g = g.resolved()
	debug.SetGCPercent(g.percent)
	if g.limitMiB > 0 {
		debug.SetMemoryLimit(g.limitMiB << 20)
	}
}

func (g gcOptions) String() string {
	g = g.resolved()
	s := fmt.Sprintf("GOGC %d", g.percent)
	if g.limitMiB > 0 {
		s += fmt.Sprintf(", memory limit %d MiB", g.limitMiB)
	} else if os.Getenv("GOMEMLIMIT") != "" {
		s += ", memory limit $GOMEMLIMIT"
	}
	return s
}

// serveBlockCache is the badger block cache of a serving store. The store's
// read cache answers nearly every request once warm, so badger's blocks are
// read mostly while it warms; a block cache sized for ingest (256 MiB) then
// keeps every block the warm-up touched, two objects each that every
// collection marks: on bbc+reuters three times as many as on bbc, and the
// collections' marking competes with requests for the cores. Bounded at a
// few MiB, the serving process's badger heap stays about the same size
// whatever the store holds.
const serveBlockCache = 8 << 20

// serveStoreOptions are the store options of a serving process.
func serveStoreOptions(logger *slog.Logger) store.Options {
	return store.Options{Logger: logger, BlockCacheSize: serveBlockCache}
}

// access is how the server guards itself (graph/guard): who may write, which
// origins may call it from a browser.
type access struct {
	writeToken  string
	corsOrigins string
}

// writeTokenEnv is read when --write-token is not given; an environment
// variable keeps the token out of `ps` listings.
const writeTokenEnv = "NEWSGRAPH_WRITE_TOKEN"

func (a *access) register(fs *flag.FlagSet) {
	fs.StringVar(&a.writeToken, "write-token", "", "token that mutations must send as 'Authorization: Bearer TOKEN', on a websocket as the connection_init payload {\"Authorization\": \"Bearer TOKEN\"} (default $"+writeTokenEnv+"; none: read-only; queries and subscriptions need no token)")
	fs.StringVar(&a.corsOrigins, "cors-origin", "", "comma-separated origins (https://host:port) whose pages may call the API and open websockets; * for any")
}

func (a access) token() string {
	if a.writeToken != "" {
		return a.writeToken
	}
	return os.Getenv(writeTokenEnv)
}

// guardConfig is the guard for a server listening on addr; one bound to
// loopback answers only to loopback host names, so a DNS-rebound web page
// cannot reach it. The GraphQL handler installs guard.NewOperations(cfg), which
// checks each websocket operation, so read-only clients may open sockets.
func (a access) guardConfig(addr string, logger *slog.Logger) guard.Config {
	cfg := guard.Config{WriteToken: a.token(), Logger: logger, WebsocketsGuarded: true}
	for _, o := range strings.Split(a.corsOrigins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.AllowedOrigins = append(cfg.AllowedOrigins, o)
		}
	}
	if host, _, err := net.SplitHostPort(addr); err == nil {
		if ip := net.ParseIP(host); host == "localhost" || (ip != nil && ip.IsLoopback()) {
			cfg.AllowedHosts = guard.LoopbackHosts
		}
	}
	return cfg
}

// parseServeFlags reads the flags that serve and demo share: both end up
// serving. help is true after -h, which is not an error.
func parseServeFlags(name string, args []string, stderr io.Writer) (o serveOptions, help bool, err error) {
	fs := newFlags(name, stderr, "Usage: newsgraph "+name+" [flags]")
	fs.StringVar(&o.db, "db", defaultDB, "data folder")
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen address")
	o.access.register(fs)
	o.gc.register(fs)
	fs.IntVar(&o.responseCache, "response-cache", defaultResponseCache, "query responses kept until the next write (0: none)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return o, help, err
	}
	switch {
	case o.responseCache < 0:
		return o, false, usageErr(fmt.Sprintf("%s: --response-cache %d: must not be negative", name, o.responseCache))
	case o.gc.limitMiB < 0:
		return o, false, usageErr(fmt.Sprintf("%s: --memory-limit %d: must not be negative", name, o.gc.limitMiB))
	case o.gc.percent < -1:
		return o, false, usageErr(fmt.Sprintf("%s: --gc-percent %d: want -1 (with --memory-limit), 0 or more", name, o.gc.percent))
	case o.gc.percent == -1 && o.gc.limitMiB == 0:
		return o, false, usageErr(name + ": --gc-percent -1 turns the collector off, so it needs --memory-limit")
	}
	return o, false, nil
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o, help, err := parseServeFlags("serve", args, stderr)
	if help || err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	s, err := openStoreWith(o.db, serveStoreOptions(logger))
	if err != nil {
		return err
	}
	defer s.Close()
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	ln, err := listen("serve", o.addr)
	if err != nil {
		return err
	}
	return serve(ctx, s, ex, o, ln, stdout, logger)
}

// exampleQuery is printed at start-up so a new user has something to paste.
const exampleQuery = `{ entities(search: "kerry", first: 5) { edges { node { id name type aliases { text } roles { title org } } } } }`

// listen opens the server's address. demo calls it before its ingest, so a
// busy port is reported at once rather than after the work.
func listen(cmd, addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("%s: listen on %s: the port is taken (another newsgraph still running?); pass --addr with another port, e.g. --addr 127.0.0.1:0 for any free one: %w", cmd, addr, err)
		}
		return nil, fmt.Errorf("%s: listen on %s: %w", cmd, addr, err)
	}
	return ln, nil
}

// parserLoader is an extractor whose dependency parser can be loaded ahead
// of the first document that needs it (*pipeline.Pipeline).
type parserLoader interface {
	LoadParser() error
}

var _ parserLoader = (*pipeline.Pipeline)(nil)

// serve runs the HTTP server until ctx is cancelled, then shuts down gracefully.
// The extractor is passed in because demo has already loaded the models to ingest.
// It takes over ln and closes it.
func serve(ctx context.Context, s *store.Store, ex ingest.Extractor, o serveOptions, ln net.Listener, stdout io.Writer, logger *slog.Logger) error {
	defer ln.Close()
	acc := o.access
	o.gc.apply()
	page, err := ui.Handler()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	pg, err := ui.Playground("/graphql")
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	gcfg := acc.guardConfig(ln.Addr().String(), logger)
	h := graph.NewHandler(graph.ServerConfig{
		Store:          s,
		Ingester:       &ingest.Single{Store: s, Extractor: ex},
		Logger:         logger,
		UI:             page,
		Playground:     pg,
		ResponseCache:  o.responseCache,
		Guard:          guard.NewOperations(gcfg),
		AllowedOrigins: gcfg.AllowedOrigins,
	})
	srv := &http.Server{
		Handler:           guard.New(gcfg, h),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(stdout, "Newsgraph is serving %s\n", base)
	fmt.Fprintf(stdout, "  Explore:    %s/\n", base)
	fmt.Fprintf(stdout, "  GraphQL:    %s/graphql\n", base)
	// The playground keeps its query in the URL: this link opens it ready to run.
	fmt.Fprintf(stdout, "  Playground: %s/playground?%s\n", base, url.Values{"query": {exampleQuery}}.Encode())
	fmt.Fprintf(stdout, "  Try:        curl -s %s/graphql -H 'Content-Type: application/json' \\\n", base)
	fmt.Fprintf(stdout, "                -d '{\"query\":%q}'\n", exampleQuery)
	if acc.token() == "" {
		fmt.Fprintf(stdout, "  Writes:     disabled (read-only); --write-token or $%s enables the mutations\n", writeTokenEnv)
	} else {
		fmt.Fprintf(stdout, "  Writes:     mutations need 'Authorization: Bearer <write token>' (websocket: in connection_init)\n")
	}
	fmt.Fprintf(stdout, "Press Ctrl-C to stop.\n")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	// A server that takes writes decodes the dependency parser's model while
	// it waits for its first request, so that the first ingest does not wait
	// for the model; a read-only one never parses, and never pays for it.
	if pl, ok := ex.(parserLoader); ok && acc.token() != "" {
		go func() {
			if err := pl.LoadParser(); err != nil {
				logger.Warn("dependency parser not loaded; event participants are read by the word rules only", "err", err)
			}
		}()
	}
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
