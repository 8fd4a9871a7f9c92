package guard_test

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/guard"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

// newGuardedServer is newServer wired as serve wires it: the operation-level
// guard installed in the GraphQL handler, so websockets are open to readers.
func newGuardedServer(t *testing.T, cfg guard.Config, tune ...func(*graph.ServerConfig)) (*httptest.Server, *store.Store) {
	t.Helper()
	cfg.WebsocketsGuarded = true
	st, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	sc := graph.ServerConfig{Store: st, Ingester: &ingest.Single{Store: st, Extractor: p},
		Guard: guard.NewOperations(cfg), AllowedOrigins: cfg.AllowedOrigins}
	for _, f := range tune {
		f(&sc)
	}
	h := graph.NewHandler(sc)
	srv := httptest.NewServer(guard.New(cfg, h))
	t.Cleanup(srv.Close)
	return srv, st
}

// wsMsg is a graphql-transport-ws message.
type wsMsg struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// socket is a real websocket client speaking graphql-transport-ws.
type socket struct {
	t    *testing.T
	conn *websocket.Conn
	in   chan wsMsg
	err  chan error // the read loop's end
	held map[string][]wsMsg
}

func dial(t *testing.T, srv *httptest.Server, header http.Header) (*websocket.Conn, *http.Response, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/graphql",
		&websocket.DialOptions{HTTPHeader: header, Subprotocols: []string{"graphql-transport-ws"}})
}

// openSocket dials and sends connection_init with payload (nil: none); the
// server must acknowledge.
func openSocket(t *testing.T, srv *httptest.Server, header http.Header, payload map[string]any) *socket {
	t.Helper()
	conn, resp, err := dial(t, srv, header)
	if err != nil {
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		t.Fatalf("websocket dial: %v (status %d)", err, status)
	}
	conn.SetReadLimit(8 << 20)
	s := &socket{t: t, conn: conn, in: make(chan wsMsg, 64), err: make(chan error, 1), held: map[string][]wsMsg{}}
	t.Cleanup(func() { conn.CloseNow() })
	go func() {
		for {
			_, b, err := conn.Read(context.Background())
			if err != nil {
				s.err <- err
				close(s.in)
				return
			}
			var m wsMsg
			if err := json.Unmarshal(b, &m); err != nil {
				s.err <- fmt.Errorf("message is not JSON: %s", b)
				close(s.in)
				return
			}
			s.in <- m
		}
	}()
	init := wsMsg{Type: "connection_init"}
	if payload != nil {
		init.Payload, _ = json.Marshal(payload)
	}
	s.send(init)
	if m := s.next("", 10*time.Second); m.Type != "connection_ack" {
		t.Fatalf("after connection_init got %+v; want connection_ack", m)
	}
	return s
}

func (s *socket) send(m wsMsg) {
	s.t.Helper()
	b, _ := json.Marshal(m)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.conn.Write(ctx, websocket.MessageText, b); err != nil {
		s.t.Fatalf("websocket write: %v", err)
	}
}

func (s *socket) subscribe(id, query string, vars map[string]any, ext map[string]any) {
	s.t.Helper()
	p, _ := json.Marshal(map[string]any{"query": query, "variables": vars, "extensions": ext})
	s.send(wsMsg{ID: id, Type: "subscribe", Payload: p})
}

// next returns the next message for id ("" for connection-level ones),
// skipping pings and holding other ids' messages; a zero message when none
// comes within wait or the socket closed.
func (s *socket) next(id string, wait time.Duration) wsMsg {
	s.t.Helper()
	if h := s.held[id]; len(h) > 0 {
		s.held[id] = h[1:]
		return h[0]
	}
	timeout := time.After(wait)
	for {
		select {
		case m, ok := <-s.in:
			if !ok {
				return wsMsg{}
			}
			switch {
			case m.Type == "ping" || m.Type == "pong" || m.Type == "ka":
			case m.ID == id:
				return m
			default:
				s.held[m.ID] = append(s.held[m.ID], m)
			}
		case <-timeout:
			return wsMsg{}
		}
	}
}

// result runs query as one operation and returns its answer ("next" payload,
// or the "error" message's errors).
func (s *socket) result(id, query string, vars map[string]any) gqlResponse {
	s.t.Helper()
	s.subscribe(id, query, vars, nil)
	return s.answer(id)
}

func (s *socket) answer(id string) gqlResponse {
	s.t.Helper()
	m := s.next(id, 20*time.Second)
	var r gqlResponse
	switch m.Type {
	case "next":
		if err := json.Unmarshal(m.Payload, &r); err != nil {
			s.t.Fatalf("next payload: %v: %s", err, m.Payload)
		}
	case "error":
		if err := json.Unmarshal(m.Payload, &r.Errors); err != nil {
			s.t.Fatalf("error payload: %v: %s", err, m.Payload)
		}
	default:
		s.t.Fatalf("operation %s: got %+v; want next or error", id, m)
	}
	return r
}

// A read-only client (no token anywhere) opens a socket and receives the
// documents a writer ingests over an authorised POST.
func TestReadOnlyWebsocketSubscribes(t *testing.T) {
	srv, st := newGuardedServer(t, guard.Config{WriteToken: token})
	ro := openSocket(t, srv, nil, nil)
	ro.subscribe("docs", `subscription { documentIngested { extId title } }`, nil, nil)
	// The client cannot learn when the change feed is live: ingest until a message comes.
	deadline := time.Now().Add(20 * time.Second)
	var got wsMsg
	for i := 0; got.Type == ""; i++ {
		if time.Now().After(deadline) {
			t.Fatal("no documentIngested message within 20s")
		}
		if r := post(t, srv, map[string]any{"query": mutation, "variables": addVars(fmt.Sprintf("live-%d", i))}, "Authorization", "Bearer "+token); len(r.Errors) > 0 {
			t.Fatalf("authorised ingest: %+v", r.Errors)
		}
		got = ro.next("docs", 300*time.Millisecond)
	}
	var r struct {
		Data struct {
			DocumentIngested struct{ ExtID string }
		}
		Errors []any
	}
	if err := json.Unmarshal(got.Payload, &r); err != nil || got.Type != "next" || len(r.Errors) > 0 || !strings.HasPrefix(r.Data.DocumentIngested.ExtID, "live-") {
		t.Fatalf("subscription message %s %s (%v); want next with a live- document", got.Type, got.Payload, err)
	}
	t.Logf("read-only socket received documentIngested %s after %d documents", r.Data.DocumentIngested.ExtID, documents(t, st))
}

func TestWebsocketMutationsNeedToken(t *testing.T) {
	t.Run("read-only server", func(t *testing.T) {
		srv, st := newGuardedServer(t, guard.Config{})
		s := openSocket(t, srv, nil, map[string]any{"Authorization": "Bearer " + token})
		r := s.result("m", mutation, addVars("a"))
		if r.code() != guard.CodeForbidden || !strings.Contains(r.Errors[0].Message, "--write-token") {
			t.Fatalf("mutation over a socket on a read-only server: %s %+v; want FORBIDDEN naming --write-token", r.code(), r.Errors)
		}
		if r := s.result("q", `{ stats { documents } }`, nil); len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"documents":0`) {
			t.Fatalf("query on the same socket: %s %+v; want data with 0 documents", r.Data, r.Errors)
		}
		if n := documents(t, st); n != 0 {
			t.Fatalf("read-only server stored %d documents", n)
		}
	})
	t.Run("token", func(t *testing.T) {
		srv, st := newGuardedServer(t, guard.Config{WriteToken: token})
		ro := openSocket(t, srv, nil, nil)
		if r := ro.result("m", mutation, addVars("a")); r.code() != guard.CodeUnauthenticated || !strings.Contains(r.Errors[0].Message, "connection_init") {
			t.Errorf("mutation over a read-only socket: %s %+v; want UNAUTHENTICATED naming connection_init", r.code(), r.Errors)
		}
		// The mutation behind a query in one document, picked by operationName.
		ro.subscribe("mixed", `query Q { stats { documents } } `+mutation, addVars("b"), nil)
		if r := ro.answer("mixed"); r.code() == "" {
			t.Errorf("mixed document on a read-only socket answered %s; want an error", r.Data)
		}
		p, _ := json.Marshal(map[string]any{"query": `query Q { stats { documents } } ` + mutation, "operationName": "Add", "variables": addVars("b")})
		ro.send(wsMsg{ID: "named", Type: "subscribe", Payload: p})
		if r := ro.answer("named"); r.code() != guard.CodeUnauthenticated {
			t.Errorf("mixed document running the mutation: %s %+v; want UNAUTHENTICATED", r.code(), r.Errors)
		}
		wrong := openSocket(t, srv, nil, map[string]any{"Authorization": "Bearer wrong"})
		if r := wrong.result("m", mutation, addVars("c")); r.code() != guard.CodeUnauthenticated || !strings.Contains(r.Errors[0].Message, "wrong") {
			t.Errorf("mutation with a wrong init token: %s %+v; want UNAUTHENTICATED, token wrong", r.code(), r.Errors)
		}
		// A writer registers the mutation as a persisted query; its hash alone
		// must not run it on the read-only socket.
		sum := sha256.Sum256([]byte(mutation))
		ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
		if r := post(t, srv, map[string]any{"query": mutation, "variables": addVars("w"), "extensions": ext}, "Authorization", "Bearer "+token); len(r.Errors) > 0 {
			t.Fatalf("writer's mutation over POST: %+v", r.Errors)
		}
		p, _ = json.Marshal(map[string]any{"variables": addVars("smuggled"), "extensions": ext})
		ro.send(wsMsg{ID: "apq", Type: "subscribe", Payload: p})
		if r := ro.answer("apq"); r.code() != guard.CodeUnauthenticated {
			t.Errorf("hash-only mutation on a read-only socket: %s %+v; want UNAUTHENTICATED", r.code(), r.Errors)
		}
		if n := documents(t, st); n != 1 {
			t.Fatalf("stored %d documents after refused socket mutations; want 1 (the writer's POST)", n)
		}
		w := openSocket(t, srv, nil, map[string]any{"Authorization": "Bearer " + token})
		if r := w.result("m", mutation, addVars("d")); len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"extId":"d"`) {
			t.Fatalf("mutation with the token in connection_init: %s %+v; want the document", r.Data, r.Errors)
		}
		// A script may send the token as a header on the upgrade instead.
		h := openSocket(t, srv, http.Header{"Authorization": {"Bearer " + token}}, nil)
		if r := h.result("m", mutation, addVars("e")); len(r.Errors) > 0 {
			t.Fatalf("mutation with the token on the upgrade request: %+v", r.Errors)
		}
		if n := documents(t, st); n != 3 {
			t.Fatalf("stored %d documents; want 3", n)
		}
	})
}

// The limits the guard puts on HTTP documents answer the same codes on a
// socket; the graph package's own limits (first, complexity) too.
func TestWebsocketLimits(t *testing.T) {
	srv, _ := newGuardedServer(t, guard.Config{WriteToken: token})
	s := openSocket(t, srv, nil, nil)
	var aliases, bomb strings.Builder
	aliases.WriteString("{")
	for i := range 600 {
		fmt.Fprintf(&aliases, " a%d: stats { documents }", i)
	}
	aliases.WriteString("}")
	bomb.WriteString("{ stats { ...F0 } }")
	for i := range 10 {
		fmt.Fprintf(&bomb, " fragment F%d on Stats { ...F%d ...F%d }", i, i+1, i+1)
	}
	bomb.WriteString(" fragment F10 on Stats { documents }")
	cases := []struct{ name, query, code string }{
		{"deep", "{ entities(first: 1) { edges { node { " + strings.Repeat("neighbors(first: 1) { ", 14) + "id" + strings.Repeat(" }", 14) + " } } } }", guard.CodeTooDeep},
		{"graph depth", "{ entities(first: 1) { edges { node { " + strings.Repeat("neighbors(first: 1) { ", 9) + "id" + strings.Repeat(" }", 9) + " } } } }", graph.CodeDepthLimit},
		{"parser depth", strings.Repeat("{a", 5000) + strings.Repeat("}", 5000), guard.CodeParseFailed},
		{"alias flood", aliases.String(), guard.CodeTooWide},
		{"token flood", "{" + strings.Repeat(" stats", 20000) + "}", guard.CodeParseFailed},
		{"fragment bomb", bomb.String(), guard.CodeTooWide},
		{"complexity", `{ entities(first: 100) { edges { node { relations(first: 100) { edges { node { id } } } } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"first", `{ entities(first: 1000000) { edges { node { id } } } }`, ""},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			ws := s.result(fmt.Sprint(i), c.query, nil)
			took := time.Since(start)
			http := post(t, srv, map[string]any{"query": c.query})
			if len(ws.Errors) == 0 || ws.Errors[0].Message == "" {
				t.Fatalf("over the socket answered %s; want an error", ws.Data)
			}
			if c.code != "" && ws.code() != c.code {
				t.Fatalf("over the socket: code %q (%+v); want %s", ws.code(), ws.Errors, c.code)
			}
			if ws.code() != http.code() || ws.Errors[0].Message != http.Errors[0].Message {
				t.Fatalf("socket and POST differ: %s %q vs %s %q", ws.code(), ws.Errors[0].Message, http.code(), http.Errors[0].Message)
			}
			t.Logf("refused over the socket in %v: %s %s", took.Round(time.Millisecond), ws.code(), ws.Errors[0].Message)
		})
	}
	// The socket still serves after the refusals.
	if r := s.result("after", `{ stats { documents } }`, nil); len(r.Errors) > 0 {
		t.Fatalf("query after the refusals: %+v", r.Errors)
	}
	t.Run("message too large", func(t *testing.T) {
		big := openSocket(t, srv, nil, nil)
		big.subscribe("big", `{ stats { documents } }`, map[string]any{"x": strings.Repeat("x", 2<<20)}, nil)
		if m := big.next("big", 10*time.Second); m.Type != "" {
			t.Fatalf("a 2 MiB message was answered: %+v", m)
		}
		err := <-big.err
		if got := websocket.CloseStatus(err); got != websocket.StatusMessageTooBig {
			t.Fatalf("socket ended with %v (status %d); want close status %d (message too big)", err, got, websocket.StatusMessageTooBig)
		}
	})
}

func TestWebsocketOperationsPerSocket(t *testing.T) {
	srv, _ := newGuardedServer(t, guard.Config{Limits: guard.Limits{MaxSocketOperations: 2}})
	s := openSocket(t, srv, nil, nil)
	for _, id := range []string{"a", "b", "c"} {
		s.subscribe(id, `subscription { documentIngested { extId } }`, nil, nil)
	}
	// Two run (they never answer); exactly one of the three is refused,
	// which one depends on the transport's goroutines.
	refused := ""
	for deadline := time.Now().Add(20 * time.Second); refused == "" && time.Now().Before(deadline); {
		for _, id := range []string{"a", "b", "c"} {
			if m := s.next(id, 100*time.Millisecond); m.Type != "" {
				var r gqlResponse
				_ = json.Unmarshal(m.Payload, &r)
				if m.Type != "next" || r.code() != guard.CodeTooManyRequests {
					t.Fatalf("subscription %s: %s %s; want TOO_MANY_REQUESTS", id, m.Type, m.Payload)
				}
				refused = id
				break
			}
		}
	}
	if refused == "" {
		t.Fatal("three subscriptions ran on a socket limited to two")
	}
	if c := s.next(refused, 5*time.Second); c.Type != "complete" {
		t.Fatalf("refused subscription %s then got %+v; want complete", refused, c)
	}
	for _, id := range []string{"a", "b", "c"} {
		if m := s.next(id, 200*time.Millisecond); m.Type != "" {
			t.Fatalf("subscription %s answered %s %s besides the refusal of %s; want two running", id, m.Type, m.Payload, refused)
		}
	}
	if r := s.result("q1", `{ stats { documents } }`, nil); r.code() != guard.CodeTooManyRequests {
		t.Fatalf("a query beside two subscriptions: %s %+v; want TOO_MANY_REQUESTS", r.code(), r.Errors)
	}
	// Completing one subscription frees its slot.
	for _, id := range []string{"a", "b"} {
		if id != refused {
			s.send(wsMsg{ID: id, Type: "complete"})
			break
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for i := 0; ; i++ {
		r := s.result(fmt.Sprintf("q%d", i+2), `{ stats { documents } }`, nil)
		if len(r.Errors) == 0 {
			break
		}
		if r.code() != guard.CodeTooManyRequests || time.Now().After(deadline) {
			t.Fatalf("query after completing a subscription: %s %+v", r.code(), r.Errors)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Another socket has its own budget.
	if r := openSocket(t, srv, nil, nil).result("q", `{ stats { documents } }`, nil); len(r.Errors) > 0 {
		t.Fatalf("query on a second socket: %+v", r.Errors)
	}
}

func TestWebsocketOriginsAndCount(t *testing.T) {
	srv, _ := newGuardedServer(t, guard.Config{AllowedOrigins: []string{"https://ui.example"}, AllowedHosts: guard.LoopbackHosts,
		Limits: guard.Limits{MaxSockets: 2}})
	refusedWith := func(origin string, wantStatus int, wantCode string) {
		t.Helper()
		conn, resp, err := dial(t, srv, http.Header{"Origin": {origin}})
		if err == nil {
			conn.CloseNow()
			t.Fatalf("socket from %q accepted; want %d", origin, wantStatus)
		}
		if resp == nil || resp.StatusCode != wantStatus {
			t.Fatalf("socket from %q: %v (%v); want status %d", origin, err, resp, wantStatus)
		}
		var r gqlResponse
		if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || r.code() != wantCode {
			t.Fatalf("refusal of %q: code %q (%v); want %s", origin, r.code(), err, wantCode)
		}
	}
	refusedWith("https://evil.example", http.StatusForbidden, guard.CodeForbidden)
	allowed := openSocket(t, srv, http.Header{"Origin": {"https://ui.example"}}, nil)
	if r := allowed.result("q", `{ stats { documents } }`, nil); len(r.Errors) > 0 {
		t.Fatalf("query from an allowed origin: %+v", r.Errors)
	}
	same := openSocket(t, srv, http.Header{"Origin": {srv.URL}}, nil)
	if r := same.result("q", `{ stats { documents } }`, nil); len(r.Errors) > 0 {
		t.Fatalf("query from the same origin: %+v", r.Errors)
	}
	// Two sockets open: the third is refused until one closes.
	refusedWith(srv.URL, http.StatusTooManyRequests, guard.CodeTooManyRequests)
	same.conn.Close(websocket.StatusNormalClosure, "done")
	deadline := time.Now().Add(10 * time.Second)
	for {
		conn, resp, err := dial(t, srv, nil)
		if err == nil {
			conn.CloseNow()
			break
		}
		if resp == nil || resp.StatusCode != http.StatusTooManyRequests || time.Now().After(deadline) {
			t.Fatalf("socket after one closed: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// The transport checks origins itself, so a handler served without the HTTP
// guard still refuses another site's page.
func TestWebsocketTransportChecksOrigin(t *testing.T) {
	st, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(graph.NewHandler(graph.ServerConfig{Store: st, AllowedOrigins: []string{"http://[::1]:3000"}}))
	defer srv.Close()
	for origin, ok := range map[string]bool{"https://evil.example": false, "http://[::1]:3000": true, "http://[::2]:3000": false, srv.URL: true} {
		conn, resp, err := dial(t, srv, http.Header{"Origin": {origin}})
		if ok != (err == nil) {
			t.Errorf("socket from %q: err %v; want accepted %v", origin, err, ok)
		}
		if err == nil {
			conn.CloseNow()
		} else if resp == nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("socket from %q refused with %v; want 403", origin, resp)
		}
	}
}

// A client that stops reading is disconnected once a write to it has waited
// WebsocketWriteTimeout: otherwise its subscriptions' Badger subscribers would
// fill and stall every write to the store. Seen from outside: the socket's
// slot (MaxSockets 1) comes back.
func TestWebsocketSlowReaderIsCut(t *testing.T) {
	srv, _ := newGuardedServer(t, guard.Config{WriteToken: token, Limits: guard.Limits{MaxSockets: 1, MaxSocketOperations: 1000}},
		func(sc *graph.ServerConfig) { sc.WebsocketWriteTimeout = time.Second })
	// One large document (no names in it, so extraction is quick).
	text := strings.Repeat("the cat sat on the mat and then it slept. ", 6000)
	if r := post(t, srv, map[string]any{"query": mutation, "variables": map[string]any{"id": "big", "text": text}}, "Authorization", "Bearer "+token); len(r.Errors) > 0 {
		t.Fatalf("ingest: %+v", r.Errors)
	}
	slow, _, err := dial(t, srv, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.CloseNow()
	send := func(m wsMsg) {
		b, _ := json.Marshal(m)
		if err := slow.Write(context.Background(), websocket.MessageText, b); err != nil {
			t.Fatal(err)
		}
	}
	send(wsMsg{Type: "connection_init"})
	if _, b, err := slow.Read(context.Background()); err != nil || !strings.Contains(string(b), "connection_ack") {
		t.Fatalf("connection_init answered %s %v", b, err)
	}
	if _, resp, err := dial(t, srv, nil); err == nil || resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("second socket while the first is open: %v; want 429", err)
	}
	// From here on the client reads nothing: 30 MB of answers overflow the
	// loopback buffers, so the server's writes block.
	const queries = 120
	p, _ := json.Marshal(map[string]any{"query": `{ documents(first: 1) { edges { node { text } } } }`})
	for i := range queries {
		send(wsMsg{ID: fmt.Sprint(i), Type: "subscribe", Payload: p})
	}
	start := time.Now()
	for {
		conn, resp, err := dial(t, srv, nil)
		if err == nil {
			conn.CloseNow()
			break
		}
		if resp == nil || resp.StatusCode != http.StatusTooManyRequests {
			t.Fatalf("socket after the slow one: %v", err)
		}
		if time.Since(start) > 30*time.Second {
			t.Fatalf("the slow reader's socket still holds its slot after %s", time.Since(start).Round(time.Second))
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("a client not reading %d answers of %d KB was disconnected within %s", queries, len(text)/1000, time.Since(start).Round(100*time.Millisecond))
	// The writer was never held up.
	if r := post(t, srv, map[string]any{"query": mutation, "variables": addVars("after")}, "Authorization", "Bearer "+token); len(r.Errors) > 0 {
		t.Fatalf("ingest after the slow reader: %+v", r.Errors)
	}
}

// The query timeout bounds websocket operations as it bounds POSTs.
func TestWebsocketQueryTimeout(t *testing.T) {
	srv, _ := newGuardedServer(t, guard.Config{}, func(sc *graph.ServerConfig) { sc.QueryTimeout = time.Nanosecond })
	const q = `{ entities(first: 5) { edges { node { id } } } stats { documents } }`
	ws := openSocket(t, srv, nil, nil).result("q", q, nil)
	http := post(t, srv, map[string]any{"query": q})
	if ws.code() != graph.CodeTimeout || http.code() != graph.CodeTimeout {
		t.Fatalf("with a 1 ns timeout: socket %q %+v, POST %q; want %s on both", ws.code(), ws.Errors, http.code(), graph.CodeTimeout)
	}
}

// The websocket library accepts an Upgrade header listing other protocols
// beside websocket; the guard must see those upgrades as sockets too.
func TestUpgradeHeaderVariants(t *testing.T) {
	handshake := func(srv *httptest.Server, upgrade string) string {
		host := strings.TrimPrefix(srv.URL, "http://")
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(10 * time.Second))
		fmt.Fprintf(c, "GET /graphql HTTP/1.1\r\nHost: %s\r\nConnection: Upgrade\r\nUpgrade: %s\r\nSec-WebSocket-Version: 13\r\n"+
			"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n", host, upgrade)
		line, err := bufio.NewReader(c).ReadString('\n')
		if err != nil {
			t.Fatalf("handshake with Upgrade %q: %v", upgrade, err)
		}
		return strings.TrimSpace(line)
	}
	variants := []string{"websocket", "WebSocket", "websocket, h2c", "h2c, websocket"}
	unguarded, _ := newServer(t, guard.Config{WriteToken: token})
	for _, up := range variants {
		if got := handshake(unguarded, up); !strings.Contains(got, "401") {
			t.Errorf("Upgrade %q without the token, sockets not guarded: %s; want 401", up, got)
		}
	}
	guarded, _ := newGuardedServer(t, guard.Config{Limits: guard.Limits{MaxSockets: 1}})
	if got := handshake(guarded, "h2c, websocket"); !strings.Contains(got, "101") {
		t.Fatalf("read-only socket with Upgrade \"h2c, websocket\": %s; want 101", got)
	}
	// That socket counts: MaxSockets is 1 and the first handshake's socket
	// closed with its connection, so retry until the slot is back, then hold it.
	conn, _, err := dial(t, guarded, nil)
	for deadline := time.Now().Add(10 * time.Second); err != nil && time.Now().Before(deadline); conn, _, err = dial(t, guarded, nil) {
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	for _, up := range variants {
		if got := handshake(guarded, up); !strings.Contains(got, "429") {
			t.Errorf("Upgrade %q beyond MaxSockets: %s; want 429", up, got)
		}
	}
}
