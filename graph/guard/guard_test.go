package guard_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/guard"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

const token = "s3cret-token"

// newServer serves the real GraphQL handler over a real store and extractor,
// behind a guard configured by cfg.
func newServer(t *testing.T, cfg guard.Config) (*httptest.Server, *store.Store) {
	t.Helper()
	st, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	h := graph.NewHandler(graph.ServerConfig{Store: st, Ingester: &ingest.Single{Store: st, Extractor: p}})
	srv := httptest.NewServer(guard.New(cfg, h))
	t.Cleanup(srv.Close)
	return srv, st
}

type gqlResponse struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (r gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// client times out so a request the guard wrongly lets through (a websocket
// upgrade, say) fails the test instead of hanging it.
var client = &http.Client{Timeout: 20 * time.Second}

func do(t *testing.T, req *http.Request) gqlResponse {
	t.Helper()
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var out gqlResponse
	if err := json.Unmarshal(body, &out); err != nil {
		t.Fatalf("%s %s: response is not JSON (%v): %s", req.Method, req.URL, err, body)
	}
	out.Status = resp.StatusCode
	return out
}

func post(t *testing.T, srv *httptest.Server, body any, header ...string) gqlResponse {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return do(t, req)
}

func documents(t *testing.T, st *store.Store) int {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Documents
}

const mutation = `mutation Add($text: String!, $id: String) { ingestDocument(input: {id: $id, text: $text}) { skipped document { extId } } }`

func addVars(id string) map[string]any {
	return map[string]any{"id": id, "text": "John Kerry met Sergei Lavrov in Paris on Sunday."}
}

func TestMutationsNeedToken(t *testing.T) {
	t.Run("read-only by default", func(t *testing.T) {
		srv, st := newServer(t, guard.Config{})
		r := post(t, srv, map[string]any{"query": `{ stats { documents } }`})
		if r.Status != 200 || len(r.Errors) > 0 {
			t.Fatalf("query on a read-only server = %d %+v; want 200 and data", r.Status, r.Errors)
		}
		r = post(t, srv, map[string]any{"query": mutation, "variables": addVars("a")}, "Authorization", "Bearer "+token)
		if r.Status != http.StatusForbidden || r.code() != guard.CodeForbidden || !strings.Contains(r.Errors[0].Message, "--write-token") {
			t.Fatalf("mutation on a read-only server = %d %s %+v; want 403 FORBIDDEN naming --write-token", r.Status, r.code(), r.Errors)
		}
		// The same mutation hidden behind a query in one document, by GET and by operationName.
		mixed := `query Q { stats { documents } } ` + mutation
		r = post(t, srv, map[string]any{"query": mixed, "operationName": "Add", "variables": addVars("b")})
		if r.code() != guard.CodeForbidden {
			t.Errorf("mixed document running the mutation: code %q; want FORBIDDEN", r.code())
		}
		r = post(t, srv, map[string]any{"query": mixed, "variables": addVars("b")})
		if r.code() != guard.CodeForbidden {
			t.Errorf("mixed document without operationName: code %q; want FORBIDDEN (fail closed)", r.code())
		}
		r = post(t, srv, map[string]any{"query": mixed, "operationName": "Q"})
		if r.Status != 200 || len(r.Errors) > 0 {
			t.Errorf("mixed document running the query = %d %+v; want data", r.Status, r.Errors)
		}
		q := url.Values{"query": {`mutation { ingestDocument(input: {text: "Paris is in France."}) { skipped } }`}}
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?"+q.Encode(), nil)
		if r := do(t, req); r.code() != guard.CodeForbidden {
			t.Errorf("GET mutation: code %q; want FORBIDDEN", r.code())
		}
		if n := documents(t, st); n != 0 {
			t.Fatalf("read-only server stored %d documents; want 0", n)
		}
	})
	t.Run("token", func(t *testing.T) {
		srv, st := newServer(t, guard.Config{WriteToken: token})
		r := post(t, srv, map[string]any{"query": mutation, "variables": addVars("a")})
		if r.Status != http.StatusUnauthorized || r.code() != guard.CodeUnauthenticated {
			t.Errorf("mutation without token = %d %s; want 401 UNAUTHENTICATED", r.Status, r.code())
		}
		r = post(t, srv, map[string]any{"query": mutation, "variables": addVars("a")}, "Authorization", "Bearer wrong")
		if r.Status != http.StatusUnauthorized || r.code() != guard.CodeUnauthenticated {
			t.Errorf("mutation with a wrong token = %d %s; want 401 UNAUTHENTICATED", r.Status, r.code())
		}
		if n := documents(t, st); n != 0 {
			t.Fatalf("refused mutations stored %d documents", n)
		}
		r = post(t, srv, map[string]any{"query": mutation, "variables": addVars("a")}, "Authorization", "Bearer "+token)
		if r.Status != 200 || len(r.Errors) > 0 {
			t.Fatalf("mutation with the token = %d %+v; want data", r.Status, r.Errors)
		}
		if n := documents(t, st); n != 1 {
			t.Fatalf("stored %d documents after one accepted mutation; want 1", n)
		}
	})
}

// Apollo persisted queries send only a hash once the server knows the text;
// a mutation registered by a writer must not run for a client without the token.
func TestPersistedQueriesCannotSmuggleMutations(t *testing.T) {
	srv, st := newServer(t, guard.Config{WriteToken: token})
	ext := func(q string) map[string]any {
		s := sha256.Sum256([]byte(q))
		return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(s[:])}}
	}
	query := `{ stats { documents } }`
	if r := post(t, srv, map[string]any{"query": query, "extensions": ext(query)}); len(r.Errors) > 0 {
		t.Fatalf("registering a query: %+v", r.Errors)
	}
	if r := post(t, srv, map[string]any{"extensions": ext(query)}); r.Status != 200 || len(r.Errors) > 0 {
		t.Fatalf("hash-only known query = %d %+v; want data", r.Status, r.Errors)
	}
	// A writer registers the mutation with gqlgen's persisted-query cache.
	if r := post(t, srv, map[string]any{"query": mutation, "variables": addVars("a"), "extensions": ext(mutation)}, "Authorization", "Bearer "+token); len(r.Errors) > 0 {
		t.Fatalf("writer's mutation: %+v", r.Errors)
	}
	r := post(t, srv, map[string]any{"variables": addVars("b"), "extensions": ext(mutation)})
	if r.code() != guard.CodePersistedQueryNotFound {
		t.Errorf("hash-only mutation without token: code %q; want %s", r.code(), guard.CodePersistedQueryNotFound)
	}
	if n := documents(t, st); n != 1 {
		t.Fatalf("stored %d documents; want 1 (the smuggled mutation must not run)", n)
	}
	if r := post(t, srv, map[string]any{"variables": addVars("b"), "extensions": ext(mutation)}, "Authorization", "Bearer "+token); len(r.Errors) > 0 {
		t.Fatalf("hash-only mutation with the token: %+v", r.Errors)
	}
	if n := documents(t, st); n != 2 {
		t.Fatalf("stored %d documents; want 2", n)
	}
}

func TestWebsocketNeedsToken(t *testing.T) {
	upgrade := func(srv *httptest.Server, auth string) (*http.Response, gqlResponse) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql", nil)
		for k, v := range map[string]string{"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
			"Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Protocol": "graphql-transport-ws"} {
			req.Header.Set(k, v)
		}
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var r gqlResponse
		if resp.StatusCode != http.StatusSwitchingProtocols {
			if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
				t.Fatalf("refusal is not JSON: %v", err)
			}
		}
		return resp, r
	}
	readOnly, _ := newServer(t, guard.Config{})
	if resp, r := upgrade(readOnly, "Bearer "+token); resp.StatusCode != http.StatusForbidden || r.code() != guard.CodeForbidden {
		t.Errorf("websocket upgrade on a read-only server = %d %s; want 403 FORBIDDEN", resp.StatusCode, r.code())
	}
	writable, _ := newServer(t, guard.Config{WriteToken: token})
	if resp, r := upgrade(writable, ""); resp.StatusCode != http.StatusUnauthorized || r.code() != guard.CodeUnauthenticated {
		t.Errorf("websocket upgrade without the token = %d %s; want 401 UNAUTHENTICATED", resp.StatusCode, r.code())
	}
	if resp, _ := upgrade(writable, "Bearer "+token); resp.StatusCode != http.StatusSwitchingProtocols {
		t.Errorf("websocket upgrade with the token = %d; want 101", resp.StatusCode)
	}
}

func TestCORSAndHost(t *testing.T) {
	srv, _ := newServer(t, guard.Config{AllowedOrigins: []string{"https://ui.example"}, AllowedHosts: guard.LoopbackHosts})
	preflight := func(origin string) *http.Response {
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	if resp := preflight("https://ui.example"); resp.StatusCode != http.StatusNoContent || resp.Header.Get("Access-Control-Allow-Origin") != "https://ui.example" {
		t.Errorf("preflight from an allowed origin = %d, Allow-Origin %q; want 204 and the origin", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
	}
	if resp := preflight("https://evil.example"); resp.StatusCode != http.StatusForbidden || resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight from another origin = %d, Allow-Origin %q; want 403 and none", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
	}
	if r := post(t, srv, map[string]any{"query": `{ stats { documents } }`}, "Origin", "https://evil.example"); r.Status != http.StatusForbidden || r.code() != guard.CodeForbidden {
		t.Errorf("POST from another origin = %d %s; want 403 FORBIDDEN", r.Status, r.code())
	}
	if r := post(t, srv, map[string]any{"query": `{ stats { documents } }`}, "Origin", srv.URL); r.Status != 200 || len(r.Errors) > 0 {
		t.Errorf("same-origin POST = %d %+v; want data", r.Status, r.Errors)
	}
	// DNS rebinding: the attacker's name resolves to 127.0.0.1, so the browser sends its Host.
	b, _ := json.Marshal(map[string]any{"query": `{ stats { documents } }`})
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Host = "rebound.example:8080"
	req.Header.Set("Origin", "http://rebound.example:8080")
	if r := do(t, req); r.Status != http.StatusForbidden || r.code() != guard.CodeForbidden {
		t.Errorf("request for Host rebound.example = %d %s; want 403 FORBIDDEN", r.Status, r.code())
	}
}

func TestLimits(t *testing.T) {
	srv, _ := newServer(t, guard.Config{})
	aliases := func(n int) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " a%d: stats { documents }", i)
		}
		b.WriteString("}")
		return b.String()
	}
	// Ten fragments each spreading the next twice: 2^10 copies of one field.
	var bomb strings.Builder
	bomb.WriteString("{ stats { ...F0 } }")
	for i := range 10 {
		fmt.Fprintf(&bomb, " fragment F%d on Stats { ...F%d ...F%d }", i, i+1, i+1)
	}
	bomb.WriteString(" fragment F10 on Stats { documents }")
	cases := []struct {
		name   string
		body   any
		status int
		code   string
	}{
		// Valid and cheap by the complexity estimate (one neighbour per level), but a walk 17 hops deep.
		{"deep", map[string]any{"query": "{ entities(first: 1) { edges { node { " + strings.Repeat("neighbors(first: 1) { ", 14) + "id" + strings.Repeat(" }", 14) + " } } } }"}, 400, guard.CodeTooDeep},
		{"parser depth", map[string]any{"query": strings.Repeat("{a", 5000) + strings.Repeat("}", 5000)}, 422, guard.CodeParseFailed},
		{"alias flood", map[string]any{"query": aliases(600)}, 400, guard.CodeTooWide},
		// Without the guard this 140 KB document holds gqlgen's validation for over 20 s.
		{"token flood", map[string]any{"query": "{" + strings.Repeat(" stats", 20000) + "}"}, 422, guard.CodeParseFailed},
		{"fragment bomb", map[string]any{"query": bomb.String()}, 400, guard.CodeTooWide},
		{"batch", []any{map[string]any{"query": "{ stats { documents } }"}, map[string]any{"query": "{ stats { documents } }"}}, 400, guard.CodeBatch},
		{"huge variables", map[string]any{"query": "{ stats { documents } }", "variables": map[string]any{"x": strings.Repeat("x", 2<<20)}}, 413, guard.CodeBodyTooLarge},
		{"not json", "{", 400, guard.CodeBadRequest},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := post(t, srv, c.body)
			if r.Status != c.status || r.code() != c.code {
				t.Fatalf("status %d code %q (%+v); want %d %s", r.Status, r.code(), r.Errors, c.status, c.code)
			}
			if r.Errors[0].Message == "" {
				t.Fatal("refusal without a message")
			}
		})
	}
	// Limits in the graph package itself still answer behind the guard.
	r := post(t, srv, map[string]any{"query": `{ entities(first: 1000000) { edges { node { id } } } }`})
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "at most") {
		t.Fatalf("first: 1000000 = %d %+v; want an error naming the maximum", r.Status, r.Errors)
	}
}

// A client with MaxInFlight requests open gets 429 for the next one, another
// client is unaffected, and the slot comes back when a request finishes.
func TestInFlightPerClient(t *testing.T) {
	release := make(chan struct{})
	var entered sync.WaitGroup
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			entered.Done()
			<-release
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"data":{}}`)
	})
	g := guard.New(guard.Config{Limits: guard.Limits{MaxInFlight: 2}}, slow)
	serveAs := func(remote, path string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.RemoteAddr = remote
		rec := httptest.NewRecorder()
		g.ServeHTTP(rec, req)
		return rec
	}
	var done sync.WaitGroup
	entered.Add(2)
	for range 2 {
		done.Add(1)
		go func() { defer done.Done(); serveAs("10.0.0.1:1000", "/slow") }()
	}
	entered.Wait()
	if rec := serveAs("10.0.0.1:1001", "/fast"); rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" {
		t.Errorf("third request in flight = %d (Retry-After %q); want 429 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
	if rec := serveAs("10.0.0.2:1000", "/fast"); rec.Code != http.StatusOK {
		t.Errorf("another client's request = %d; want 200", rec.Code)
	}
	close(release)
	done.Wait()
	if rec := serveAs("10.0.0.1:1002", "/fast"); rec.Code != http.StatusOK {
		t.Errorf("request after the slow ones finished = %d; want 200", rec.Code)
	}
}
