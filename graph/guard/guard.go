// Package guard is the HTTP middleware in front of the GraphQL server that
// decides who may do what: mutations need the write token (none configured
// means read-only), cross-origin browsers need to be on the CORS allow-list,
// Host must be one the server answers to (against DNS rebinding), each client
// gets a bounded number of requests in flight, and documents that are too
// long, deep or wide are refused before gqlgen parses, validates or plans them.
//
// It parses the request's GraphQL itself (gqlparser, with a token limit) so the
// decision does not depend on gqlgen's transports, and fails closed: a request
// it cannot classify is refused, not passed on. A websocket carries operations
// the middleware never sees, so Operations (operations.go) applies the same
// checks to each of them inside gqlgen; a Guard lets read-only sockets through
// only when Config.WebsocketsGuarded says that extension is installed.
package guard

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
)

// Error codes sent as extensions.code.
const (
	CodeForbidden       = "FORBIDDEN"       // no write token configured, or origin/host not allowed
	CodeUnauthenticated = "UNAUTHENTICATED" // write token missing or wrong
	CodeTooManyRequests = "TOO_MANY_REQUESTS"
	CodeBodyTooLarge    = "PAYLOAD_TOO_LARGE"
	CodeBatch           = "BATCH_NOT_SUPPORTED"
	CodeBadRequest      = "BAD_REQUEST"
	CodeParseFailed     = "GRAPHQL_PARSE_FAILED"
	CodeTooDeep         = "QUERY_TOO_DEEP"
	CodeTooWide         = "QUERY_TOO_WIDE"
	// CodePersistedQueryNotFound is what Apollo's persisted-query protocol
	// answers for an unknown hash; clients then resend the query text, which
	// the guard can inspect.
	CodePersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND"
)

// Limits bound one request. Zero fields take the Default values.
type Limits struct {
	MaxBodyBytes int64 // request body; default 1 MiB, as graph.DefaultMaxBodyBytes
	MaxTokens    int   // lexical tokens in the query text
	MaxDepth     int   // nesting of selections, fragments expanded
	MaxFields    int   // fields selected, aliases and fragments expanded
	// MaxInFlight is how many requests one client (remote IP) may have open at
	// once; a websocket counts for as long as it is open.
	MaxInFlight int
	// MaxSockets is how many websockets may be open at once, all clients
	// together; MaxSocketOperations how many operations (subscriptions
	// included) may run at once on one of them.
	MaxSockets          int
	MaxSocketOperations int
}

// Defaults: generous for the UI and scripts (the UI's largest query has ~60
// fields, 7 levels), small enough that validation and planning stay cheap.
const (
	DefaultMaxBodyBytes = 1 << 20
	DefaultMaxTokens    = 10000
	DefaultMaxDepth     = 15
	DefaultMaxFields    = 1000
	DefaultMaxInFlight  = 64
	// A socket costs a few goroutines and buffers while open; the UI keeps one
	// with two subscriptions.
	DefaultMaxSockets          = 256
	DefaultMaxSocketOperations = 16
)

func (l Limits) withDefaults() Limits {
	if l.MaxBodyBytes <= 0 {
		l.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if l.MaxTokens <= 0 {
		l.MaxTokens = DefaultMaxTokens
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxFields <= 0 {
		l.MaxFields = DefaultMaxFields
	}
	if l.MaxInFlight <= 0 {
		l.MaxInFlight = DefaultMaxInFlight
	}
	if l.MaxSockets <= 0 {
		l.MaxSockets = DefaultMaxSockets
	}
	if l.MaxSocketOperations <= 0 {
		l.MaxSocketOperations = DefaultMaxSocketOperations
	}
	return l
}

// Config configures New.
type Config struct {
	// WriteToken, when set, lets requests carrying "Authorization: Bearer
	// <WriteToken>" run mutations. Empty: the server is read-only.
	WriteToken string
	// AllowedOrigins lists the origins ("https://example.org", scheme, host and
	// port as browsers send them) whose pages may call the API from another
	// origin; "*" allows any. Same-origin requests are always allowed.
	AllowedOrigins []string
	// AllowedHosts lists the host names (without port) the server answers to;
	// empty allows any. A server bound to loopback should list only loopback
	// names, so a DNS-rebound page cannot reach it under its own name.
	AllowedHosts []string
	// WebsocketsGuarded says the GraphQL handler behind the guard installs
	// NewOperations(cfg) (graph.ServerConfig.Guard), which checks every
	// websocket operation; then sockets are open to read-only clients. False:
	// the guard cannot see what a socket will do, so the upgrade itself needs
	// the write token.
	WebsocketsGuarded bool
	// Path is where GraphQL is served; default "/graphql".
	Path   string
	Limits Limits
	Logger *slog.Logger // nil: discard
}

// LoopbackHosts is AllowedHosts for a server listening on loopback only.
var LoopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// Guard is the middleware; build it with New.
type Guard struct {
	cfg      Config
	next     http.Handler
	tokenSum [sha256.Size]byte

	mu       sync.Mutex
	inFlight map[string]int
	sockets  int             // websockets open
	pure     map[string]bool // persisted-query hashes of documents without mutations
}

// maxPureHashes bounds the remembered persisted-query hashes; when full the set
// starts over, which only costs clients one resend of their query text.
const maxPureHashes = 4096

// New wraps next.
func New(cfg Config, next http.Handler) *Guard {
	if cfg.Path == "" {
		cfg.Path = "/graphql"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.Limits = cfg.Limits.withDefaults()
	g := &Guard{cfg: cfg, next: next, inFlight: map[string]int{}, pure: map[string]bool{}}
	if cfg.WriteToken != "" {
		g.tokenSum = sha256.Sum256([]byte(cfg.WriteToken))
	}
	return g
}

// refusal is an answer the guard gives instead of the next handler.
type refusal struct {
	status int
	code   string
	msg    string
}

func (g *Guard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if ref := g.checkHost(r); ref != nil {
		g.refuse(w, r, ref)
		return
	}
	preflight, ref := g.cors(w, r)
	if ref != nil {
		g.refuse(w, r, ref)
		return
	}
	if preflight {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	client := clientKey(r)
	if !g.acquire(client) {
		w.Header().Set("Retry-After", "1")
		g.refuse(w, r, &refusal{http.StatusTooManyRequests, CodeTooManyRequests,
			fmt.Sprintf("too many requests in flight from %s (limit %d); retry when one finishes", client, g.cfg.Limits.MaxInFlight)})
		return
	}
	defer g.release(client)
	if r.URL.Path == g.cfg.Path {
		if g.cfg.WebsocketsGuarded && isUpgrade(r) {
			g.serveSocket(w, r)
			return
		}
		if ref := g.checkGraphQL(r); ref != nil {
			g.refuse(w, r, ref)
			return
		}
		if !isUpgrade(r) {
			// Operations need not measure this document again (a socket's
			// operations, which come later, it must).
			r = r.WithContext(context.WithValue(r.Context(), inspectedKey{}, true))
		}
	}
	g.next.ServeHTTP(w, r)
}

// serveSocket passes an upgrade on while fewer than MaxSockets are open; the
// handler returns when the socket closes. Origin and Host were checked by
// ServeHTTP; each operation is checked by Operations.
func (g *Guard) serveSocket(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	full := g.sockets >= g.cfg.Limits.MaxSockets
	if !full {
		g.sockets++
	}
	g.mu.Unlock()
	if full {
		w.Header().Set("Retry-After", "5")
		g.refuse(w, r, &refusal{http.StatusTooManyRequests, CodeTooManyRequests,
			fmt.Sprintf("too many websockets open (limit %d); retry later or use POST", g.cfg.Limits.MaxSockets)})
		return
	}
	defer func() {
		g.mu.Lock()
		g.sockets--
		g.mu.Unlock()
	}()
	g.next.ServeHTTP(w, r)
}

func (g *Guard) checkHost(r *http.Request) *refusal {
	if len(g.cfg.AllowedHosts) == 0 {
		return nil
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if slices.ContainsFunc(g.cfg.AllowedHosts, func(a string) bool { return strings.EqualFold(a, host) }) {
		return nil
	}
	return &refusal{http.StatusForbidden, CodeForbidden, fmt.Sprintf("host %q is not served here (allowed: %s)", r.Host, strings.Join(g.cfg.AllowedHosts, ", "))}
}

// cors answers for the Origin header: same-origin passes, listed origins get
// CORS headers (and preflights their answer), others are refused, since a
// browser would still send their request and the server would still act on it.
func (g *Guard) cors(w http.ResponseWriter, r *http.Request) (preflight bool, ref *refusal) {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false, nil
	}
	w.Header().Add("Vary", "Origin")
	if sameOrigin(origin, r.Host) {
		return false, nil
	}
	if !slices.Contains(g.cfg.AllowedOrigins, origin) && !slices.Contains(g.cfg.AllowedOrigins, "*") {
		return false, &refusal{http.StatusForbidden, CodeForbidden, fmt.Sprintf("origin %q is not allowed (serve --cors-origin adds origins)", origin)}
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
		h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
		h.Set("Access-Control-Max-Age", "600")
		return true, nil
	}
	return false, nil
}

func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.EqualFold(u.Host, host)
}

// clientKey identifies a client by remote IP: a proxy in front would make
// every request one client, which errs on the side of limiting.
func clientKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func (g *Guard) acquire(client string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.inFlight[client] >= g.cfg.Limits.MaxInFlight {
		return false
	}
	g.inFlight[client]++
	return true
}

func (g *Guard) release(client string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.inFlight[client]--; g.inFlight[client] <= 0 {
		delete(g.inFlight, client)
	}
}

// isUpgrade is gqlgen's test for its websocket transport (any Upgrade header),
// not an exact "websocket": the websocket library accepts "Upgrade: foo,
// websocket", which an exact comparison would pass on as a plain GET.
func isUpgrade(r *http.Request) bool {
	return r.Header.Get("Upgrade") != ""
}

// params is the part of a GraphQL request the guard reads.
type params struct {
	Query         string `json:"query"`
	OperationName string `json:"operationName"`
	Extensions    struct {
		PersistedQuery *struct {
			Sha256Hash string `json:"sha256Hash"`
		} `json:"persistedQuery"`
	} `json:"extensions"`
}

func (g *Guard) checkGraphQL(r *http.Request) *refusal {
	if isUpgrade(r) {
		// Without Operations behind, websocket messages are not inspected, so
		// the socket as a whole is a write path: it needs the token like a
		// mutation does.
		return g.authorize(r, "the websocket transport (use POST or GET for queries)")
	}
	var p params
	switch r.Method {
	case http.MethodGet:
		q := r.URL.Query()
		p.Query, p.OperationName = q.Get("query"), q.Get("operationName")
		if ext := q.Get("extensions"); ext != "" {
			if err := json.Unmarshal([]byte(ext), &p.Extensions); err != nil {
				return &refusal{http.StatusBadRequest, CodeBadRequest, fmt.Sprintf("extensions parameter is not JSON: %v", err)}
			}
		}
	case http.MethodPost:
		if ref := g.readPost(r, &p); ref != nil {
			return ref
		}
	default:
		return nil // OPTIONS and the rest carry no operation; gqlgen answers them
	}
	hash := ""
	if p.Extensions.PersistedQuery != nil {
		hash = strings.ToLower(p.Extensions.PersistedQuery.Sha256Hash)
	}
	if p.Query == "" {
		if hash == "" {
			return nil // gqlgen reports the missing query
		}
		g.mu.Lock()
		known := g.pure[hash]
		g.mu.Unlock()
		if known || g.authorized(r) {
			return nil
		}
		// Unknown to the guard: make the client send the text so it can be read.
		return &refusal{http.StatusOK, CodePersistedQueryNotFound, "PersistedQueryNotFound"}
	}
	sh, err := inspect(p.Query, p.OperationName, g.cfg.Limits)
	if err != nil {
		var le *limitError
		if errors.As(err, &le) {
			status := http.StatusBadRequest
			if le.code == CodeParseFailed {
				status = http.StatusUnprocessableEntity // as gqlgen answers parse failures
			}
			return &refusal{status, le.code, le.msg}
		}
		return &refusal{http.StatusBadRequest, CodeBadRequest, err.Error()}
	}
	if sh.mutation {
		if ref := g.authorize(r, "mutations"); ref != nil {
			return ref
		}
	}
	if sh.pure && hash != "" && hashOf(p.Query) == hash {
		g.mu.Lock()
		if len(g.pure) >= maxPureHashes {
			clear(g.pure)
		}
		g.pure[hash] = true
		g.mu.Unlock()
	}
	return nil
}

func hashOf(q string) string {
	s := sha256.Sum256([]byte(q))
	return hex.EncodeToString(s[:])
}

// readPost reads the (bounded) body, leaves a copy for the next handler and
// decodes the fields the guard needs.
func (g *Guard) readPost(r *http.Request, p *params) *refusal {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return &refusal{http.StatusUnsupportedMediaType, CodeBadRequest, fmt.Sprintf("POST needs Content-Type: application/json, got %q", r.Header.Get("Content-Type"))}
	}
	max := g.cfg.Limits.MaxBodyBytes
	tooLarge := &refusal{http.StatusRequestEntityTooLarge, CodeBodyTooLarge, fmt.Sprintf("request body larger than %d bytes", max)}
	if r.ContentLength > max {
		return tooLarge
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, max+1))
	if err != nil {
		return &refusal{http.StatusBadRequest, CodeBadRequest, fmt.Sprintf("reading the request body: %v", err)}
	}
	if int64(len(body)) > max {
		return tooLarge
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		return &refusal{http.StatusBadRequest, CodeBatch, "batched requests (a JSON array) are not supported; send one operation per request"}
	}
	if err := json.Unmarshal(body, p); err != nil {
		return &refusal{http.StatusBadRequest, CodeBadRequest, fmt.Sprintf("request body is not a GraphQL JSON request: %v", err)}
	}
	return nil
}

// authorized reports whether r carries the configured write token.
func (g *Guard) authorized(r *http.Request) bool {
	return g.cfg.WriteToken != "" && bearerMatches(r.Header.Get("Authorization"), &g.tokenSum)
}

// bearerMatches reports whether auth is "Bearer <token>" for the token whose
// digest is sum.
func bearerMatches(auth string, sum *[sha256.Size]byte) bool {
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok {
		return false
	}
	// Comparing digests keeps the comparison constant-time whatever the lengths.
	got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	return subtle.ConstantTimeCompare(got[:], sum[:]) == 1
}

func (g *Guard) authorize(r *http.Request, what string) *refusal {
	return writeRefusal(g.cfg.WriteToken != "", permissionOf(r.Header.Get("Authorization"), g.cfg.WriteToken != "", &g.tokenSum), what, sendHeader)
}

// How a client sends the token, for refusals.
const (
	sendHeader   = "send Authorization: Bearer <token>"
	sendSocketed = `send {"Authorization": "Bearer <token>"} as the connection_init payload`
)

// writeRefusal is the answer to a write attempt with perm, nil when allowed;
// HTTP and websocket clients get the same codes; how says where the token goes.
func writeRefusal(configured bool, perm permission, what, how string) *refusal {
	switch {
	case !configured:
		return &refusal{http.StatusForbidden, CodeForbidden,
			what + " are disabled: this server is read-only (start it with --write-token or NEWSGRAPH_WRITE_TOKEN to allow writes)"}
	case perm == permWrite:
		return nil
	case perm == permNone:
		return &refusal{http.StatusUnauthorized, CodeUnauthenticated, what + " need the write token: " + how}
	}
	return &refusal{http.StatusUnauthorized, CodeUnauthenticated, what + " need the write token: the token sent is wrong"}
}

func (g *Guard) refuse(w http.ResponseWriter, r *http.Request, ref *refusal) {
	if ref.status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
	}
	if ref.code != CodePersistedQueryNotFound {
		g.cfg.Logger.Info("guard refused a request", "client", clientKey(r), "method", r.Method, "path", r.URL.Path, "code", ref.code, "reason", ref.msg)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(ref.status)
	body := map[string]any{
		"errors": []map[string]any{{"message": ref.msg, "extensions": map[string]any{"code": ref.code}}},
		"data":   nil,
	}
	_ = json.NewEncoder(w).Encode(body)
}
