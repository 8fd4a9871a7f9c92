package graph

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/newsgraph/newsgraph/graph/guard"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Defaults for the zero fields of ServerConfig.
const (
	DefaultComplexityLimit = 5000
	DefaultQueryTimeout    = 30 * time.Second
	DefaultMaxBodyBytes    = 1 << 20
)

// ServerConfig configures NewHandler. Store is required; the zero value of
// every other field is usable. (Config is taken: gqlgen's generated code uses
// that name for the executable schema's configuration.)
type ServerConfig struct {
	Store    *store.Store
	Ingester Ingester     // nil: ingestDocument answers INGEST_DISABLED
	Logger   *slog.Logger // nil: discard
	// UI serves "/" and every path not listed in NewHandler; nil serves a
	// small page linking to the playground.
	UI http.Handler
	// Playground serves GET /playground; nil serves gqlgen's GraphiQL page,
	// which loads its scripts from a CDN (ui.Playground serves them locally).
	Playground http.Handler
	// ComplexityLimit bounds the estimated cost of one operation (lists count
	// their `first` times their selection); 0 means DefaultComplexityLimit.
	ComplexityLimit int
	// QueryTimeout bounds each root field of an operation; 0 means DefaultQueryTimeout.
	QueryTimeout time.Duration
	// MaxBodyBytes bounds a request body and a websocket message; 0 means
	// DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxDepth bounds selection nesting; 0 means DefaultMaxDepth.
	MaxDepth int
	// Analytics serves the analytics fields; nil builds one over Store. Pass
	// one to share its cache with other users of the same store.
	Analytics *analytics.Engine
	// ResponseCache is how many query responses NewHandler keeps for the
	// current store version (see responseCache); 0 keeps none.
	ResponseCache int
	// Guard checks every operation on every transport (write permission,
	// document limits, operations per websocket) and reads a websocket's
	// connection_init payload; pair it with guard.New over the handler, its
	// Config.WebsocketsGuarded set. nil: no operation-level checks, as for a
	// handler used without the guard.
	Guard *guard.Operations
	// AllowedOrigins are the cross-origin pages (as guard.Config.AllowedOrigins,
	// "*" for any) whose websockets are accepted; same-origin ones always are.
	AllowedOrigins []string
	// WebsocketWriteTimeout bounds one write to a websocket: a client that
	// stops reading for this long is disconnected. 0 means
	// DefaultWebsocketWriteTimeout.
	WebsocketWriteTimeout time.Duration
	// gqlgenOnly leaves every field to gqlgen's executor, turning the plain
	// writer (plain.go) off: its tests compare the two.
	gqlgenOnly bool
	// plainAnswers, when set, counts the root fields the plain writer answered.
	plainAnswers *atomic.Int64
}

func (c ServerConfig) withDefaults() ServerConfig {
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.ComplexityLimit == 0 {
		c.ComplexityLimit = DefaultComplexityLimit
	}
	if c.QueryTimeout == 0 {
		c.QueryTimeout = DefaultQueryTimeout
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.WebsocketWriteTimeout == 0 {
		c.WebsocketWriteTimeout = DefaultWebsocketWriteTimeout
	}
	if c.MaxDepth == 0 {
		c.MaxDepth = DefaultMaxDepth
	}
	if c.Analytics == nil && c.Store != nil {
		c.Analytics = analytics.New(c.Store)
	}
	return c
}

// NewHandler serves the GraphQL API and its companions:
//
//	/graphql     POST, GET (queries only) and websocket (graphql-ws, graphql-transport-ws)
//	/playground  GraphiQL pointed at /graphql
//	/healthz     200 "ok"
//	/            cfg.UI
func NewHandler(cfg ServerConfig) http.Handler {
	h, _ := newHandler(cfg)
	return h
}

// newHandler is NewHandler, also returning its response cache (nil when off).
func newHandler(cfg ServerConfig) (http.Handler, *responseCache) {
	cfg = cfg.withDefaults()
	mux := http.NewServeMux()
	var gql http.Handler = NewServer(cfg)
	var rc *responseCache
	if cfg.ResponseCache > 0 {
		rc = newResponseCache(cfg.Store, cfg.ResponseCache)
		gql = rc.wrap(gql)
	}
	gql = limitBody(cfg.MaxBodyBytes, gql)
	mux.Handle("/graphql", gql)
	pg := cfg.Playground
	if pg == nil {
		pg = playground.Handler("Newsgraph", "/graphql")
	}
	mux.Handle("GET /playground", pg)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok"))
	})
	ui := cfg.UI
	if ui == nil {
		ui = http.HandlerFunc(defaultUI)
	}
	mux.Handle("/", ui)
	return mux, rc
}

// NewServer is the bare gqlgen server behind /graphql, for callers that route
// themselves. It gives every operation its own dataloaders.
func NewServer(cfg ServerConfig) *handler.Server {
	cfg = cfg.withDefaults()
	es := NewExecutableSchema(schemaConfig(cfg))
	srv := handler.New(newCustomComplexity(es))

	readLimit := cfg.MaxBodyBytes
	ws := transport.Websocket{
		KeepAlivePingInterval: 10 * time.Second,
		// A socket that never says connection_init holds a slot for nothing.
		InitTimeout:      10 * time.Second,
		PayloadReadLimit: &readLimit,
		Implementation: timedSockets{
			CoderWebsocketImplementation: transport.CoderWebsocketImplementation{AcceptOptions: acceptOrigins(cfg.AllowedOrigins)},
			timeout:                      cfg.WebsocketWriteTimeout,
		},
	}
	if cfg.Guard != nil {
		ws.InitFunc = cfg.Guard.InitFunc
	}
	srv.AddTransport(ws)
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(postTransport{bufs: &sync.Pool{}})

	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	if cfg.Guard != nil {
		// After persisted queries, so a hash-only message is measured as the
		// text it stands for.
		srv.Use(cfg.Guard)
	}
	srv.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	srv.Use(depthLimit{max: cfg.MaxDepth})

	srv.SetErrorPresenter(presentError(cfg.Logger))
	srv.SetRecoverFunc(recoverPanic(cfg.Logger))

	st := cfg.Store
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withLoaders(ctx, st))
	})
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		noteResponse(ctx, resp)
		return resp
	})
	timeout := cfg.QueryTimeout
	plain, _ := es.(*executableSchema)
	srv.AroundRootFields(func(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
		// Children resolve inside next, so the deadline covers the whole field tree.
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		if plain != nil && !cfg.gqlgenOnly {
			if m, ok := plainRootField(ctx, plain); ok {
				if cfg.plainAnswers != nil {
					cfg.plainAnswers.Add(1)
				}
				return m
			}
		}
		return next(ctx)
	})
	return srv
}

func schemaConfig(cfg ServerConfig) Config {
	c := Config{Resolvers: &Resolver{Store: cfg.Store, Ingester: cfg.Ingester, Logger: cfg.Logger, Analytics: cfg.Analytics,
		models: newModelCache(cfg.Store), plainWriters: &sync.Pool{}}}
	setComplexity(&c.Complexity)
	setAnalyticsComplexity(&c.Complexity)
	return c
}

func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

const defaultUIPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Newsgraph</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>Newsgraph</h1>
<p>The knowledge graph is served over GraphQL at <code>/graphql</code>.</p>
<p><a href="/playground">Open the GraphQL playground</a></p>
</body></html>
`

func defaultUI(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(defaultUIPage))
}
