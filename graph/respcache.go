package graph

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph/store"
)

// responseCache keeps whole /graphql responses of queries, keyed by the exact
// request (content type and body) and valid for one store version: the
// knowledge graph changes only when a write commits, and analysts and UIs
// repeat the same queries (an entity page, a search box, a path) far more
// often than the graph changes. A hit skips parsing, validation and
// execution, which is most of a response's cost.
//
// Only a request that executed exactly one query operation without errors is
// kept, and only if the store version did not move while it ran, so limits,
// errors and mutations behave exactly as without the cache: a hit returns
// what executing that same request at that same version returned.
type responseCache struct {
	st       *store.Store
	maxItems int
	mu       sync.RWMutex
	version  uint64
	items    map[string]cachedResponse
	size     int // bytes of keys and bodies held
	hits     atomic.Int64
}

type cachedResponse struct {
	contentType string
	body        []byte
}

// Bounds on what one entry and the whole cache hold.
const (
	maxCachedRequest  = 8 << 10
	maxCachedResponse = 256 << 10
	maxCacheBytes     = 64 << 20
)

func newResponseCache(st *store.Store, maxItems int) *responseCache {
	return &responseCache{st: st, maxItems: maxItems, items: map[string]cachedResponse{}}
}

func (c *responseCache) get(version uint64, key []byte) (cachedResponse, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.version != version {
		return cachedResponse{}, false
	}
	e, ok := c.items[string(key)]
	return e, ok
}

func (c *responseCache) put(version uint64, key string, e cachedResponse) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version < c.version {
		return // a response from before a write another request already saw
	}
	n := len(key) + len(e.body)
	if version != c.version || len(c.items) >= c.maxItems || c.size+n > maxCacheBytes {
		// A new version makes every entry stale; a full cache starts over,
		// which keeps it simple and bounded (refilling costs one execution
		// per distinct request).
		c.version, c.items, c.size = version, map[string]cachedResponse{}, 0
	}
	c.items[key] = e
	c.size += n
}

// cacheNote is how the gqlgen server tells the cache what a request did.
type cacheNote struct {
	mu        sync.Mutex
	responses int
	ok        bool
}

type cacheNoteKey struct{}

// noteResponse records one response of the operation in ctx.
func noteResponse(ctx context.Context, resp *graphql.Response) {
	n, _ := ctx.Value(cacheNoteKey{}).(*cacheNote)
	if n == nil {
		return
	}
	ok := resp != nil && len(resp.Errors) == 0 && len(resp.Extensions) == 0 && resp.HasNext == nil &&
		graphql.HasOperationContext(ctx) && graphql.GetOperationContext(ctx).Operation != nil &&
		graphql.GetOperationContext(ctx).Operation.Operation == ast.Query
	n.mu.Lock()
	n.responses++
	n.ok = ok
	n.mu.Unlock()
}

func (n *cacheNote) cacheable() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.responses == 1 && n.ok
}

// wrap serves cached responses and fills the cache. It runs after limitBody,
// which has read the body into memory.
func (c *responseCache) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || isWebsocket(r) || r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		var body []byte
		var err error
		if b, ok := r.Body.(*bufferedBody); ok {
			body = b.bytes // left unread for the next handler
		} else {
			body, err = io.ReadAll(r.Body)
			r.Body = &bufferedBody{Reader: bytes.NewReader(body), bytes: body}
		}
		if err != nil || len(body) > maxCachedRequest || bytes.Contains(body, []byte("persistedQuery")) {
			// Persisted-query registrations have a side effect (the APQ
			// cache) a cached answer would skip.
			next.ServeHTTP(w, r)
			return
		}
		key := make([]byte, 0, len(body)+40)
		key = append(key, r.Header.Get("Content-Type")...)
		key = append(key, 0)
		key = append(key, body...)
		version := c.st.Generation()
		if e, ok := c.get(version, key); ok {
			c.hits.Add(1)
			w.Header().Set("Content-Type", e.contentType)
			_, _ = w.Write(e.body)
			return
		}
		note := &cacheNote{}
		rec := &recordingWriter{ResponseWriter: w}
		next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), cacheNoteKey{}, note)))
		if !note.cacheable() || rec.overflow || (rec.status != 0 && rec.status != http.StatusOK) || c.st.Generation() != version {
			return
		}
		c.put(version, string(key), cachedResponse{contentType: w.Header().Get("Content-Type"), body: rec.buf.Bytes()})
	})
}

// recordingWriter passes a response through while keeping a copy of it.
type recordingWriter struct {
	http.ResponseWriter
	status   int
	buf      bytes.Buffer
	overflow bool
}

func (w *recordingWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *recordingWriter) Write(b []byte) (int, error) {
	if !w.overflow {
		if w.buf.Len()+len(b) > maxCachedResponse {
			w.overflow = true
			w.buf = bytes.Buffer{}
		} else {
			w.buf.Write(b)
		}
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's flusher.
func (w *recordingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
