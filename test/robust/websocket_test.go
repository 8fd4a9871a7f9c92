package robust

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// wsConn is a graphql-transport-ws client over a real websocket.
type wsConn struct {
	t    *testing.T
	conn *websocket.Conn
	in   chan wsMessage // closed when the socket ends
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// wsDial opens a socket to serve from the loopback address ip.
func wsDial(url, ip string, header http.Header) (*websocket.Conn, *http.Response, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http")+"/graphql", &websocket.DialOptions{
		HTTPClient: clientFrom(ip, 0), HTTPHeader: header, Subprotocols: []string{"graphql-transport-ws"}})
}

// wsOpen dials and completes connection_init with payload.
func wsOpen(t *testing.T, url, ip string, payload map[string]any) *wsConn {
	t.Helper()
	conn, _, err := wsDial(url, ip, nil)
	if err != nil {
		t.Fatalf("websocket from %s: %v", ip, err)
	}
	conn.SetReadLimit(4 << 20)
	t.Cleanup(func() { conn.CloseNow() })
	c := &wsConn{t: t, conn: conn, in: make(chan wsMessage, 64)}
	// One reader for the socket's life: a coder/websocket Read whose context
	// ends closes the connection, so waits with a timeout happen on the channel.
	go func() {
		defer close(c.in)
		for {
			_, b, err := conn.Read(context.Background())
			if err != nil {
				return
			}
			var m wsMessage
			if json.Unmarshal(b, &m) != nil {
				m = wsMessage{Type: "not-json", Payload: json.RawMessage(fmt.Sprintf("%q", b))}
			}
			c.in <- m
		}
	}()
	p, _ := json.Marshal(payload)
	c.send(wsMessage{Type: "connection_init", Payload: p})
	if m := c.read(10 * time.Second); m.Type != "connection_ack" {
		t.Fatalf("connection_init answered %+v; want connection_ack", m)
	}
	return c
}

func (c *wsConn) send(m wsMessage) {
	c.t.Helper()
	b, _ := json.Marshal(m)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.conn.Write(ctx, websocket.MessageText, b); err != nil {
		c.t.Fatalf("websocket write: %v", err)
	}
}

// read returns the next message other than a ping or pong; a zero message
// when none comes within wait or the socket ended.
func (c *wsConn) read(wait time.Duration) wsMessage {
	c.t.Helper()
	timeout := time.After(wait)
	for {
		select {
		case m, ok := <-c.in:
			if !ok {
				return wsMessage{}
			}
			if m.Type != "ping" && m.Type != "pong" {
				return m
			}
		case <-timeout:
			return wsMessage{}
		}
	}
}

// op sends one operation and returns its first answer as a reply.
func (c *wsConn) op(id, query string, vars map[string]any) (gqlReply, time.Duration) {
	c.t.Helper()
	start := time.Now()
	p, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	c.send(wsMessage{ID: id, Type: "subscribe", Payload: p})
	m := c.read(30 * time.Second)
	var r gqlReply
	switch m.Type {
	case "next":
		_ = json.Unmarshal(m.Payload, &r)
	case "error":
		_ = json.Unmarshal(m.Payload, &r.Errors)
	default:
		c.t.Fatalf("operation %s answered %+v; want next or error", id, m)
	}
	if m.ID != id {
		c.t.Fatalf("answer for %q came for %q", id, m.ID)
	}
	// gqlgen follows an error message with complete too.
	if done := c.read(10 * time.Second); done.Type != "complete" || done.ID != id {
		c.t.Fatalf("operation %s: after its answer got %+v; want complete", id, done)
	}
	return r, time.Since(start)
}

// TestWebsocketAbuse runs `newsgraph serve` with a write token and hostile
// websocket clients while a well-behaved HTTP client keeps querying: a
// read-only socket receives what a writer ingests, mutations on it are
// refused, the document limits answer on sockets as on POST, socket and
// subscription floods and foreign origins are refused, a silent socket is
// closed, and the other client never sees an error.
func TestWebsocketAbuse(t *testing.T) {
	const token = "robust-ws-token"
	srv := startServer(t, []string{"NEWSGRAPH_WRITE_TOKEN=" + token}, "--db", t.TempDir(), "--cors-origin", "https://ui.example")
	defer srv.stop(t)

	var good latencies
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		steadyClient(ctx, clientFrom("127.0.0.2", 10*time.Second), srv.url, 20*time.Millisecond, &good)
	}()

	// A socket that never sends connection_init: the server must close it.
	silent, _, err := wsDial(srv.url, "127.0.0.4", nil)
	if err != nil {
		t.Fatal(err)
	}
	silentStart := time.Now()
	silentClosed := make(chan time.Duration, 1)
	go func() {
		_, _, _ = silent.Read(context.Background())
		silentClosed <- time.Since(silentStart)
	}()

	// A read-only socket (the UI, an analytics script) subscribes; a writer ingests over POST.
	ro := wsOpen(t, srv.url, "127.0.0.3", nil)
	ro.send(wsMessage{ID: "docs", Type: "subscribe", Payload: json.RawMessage(`{"query":"subscription { documentIngested { extId } }"}`)})
	writer := clientFrom("127.0.0.5", 30*time.Second)
	var got wsMessage
	for i := 0; got.Type == ""; i++ {
		if i == 40 {
			t.Fatal("no documentIngested message after 40 ingests")
		}
		vars := map[string]any{"input": map[string]any{"id": fmt.Sprintf("ws-%d", i), "text": "John Kerry met Sergei Lavrov in Paris on Sunday."}}
		if status, r, err := gql(writer, srv.url, token, ingestMutation, vars); err != nil || status != 200 || len(r.Errors) > 0 {
			t.Fatalf("authorised ingest: %d %+v %v", status, r.Errors, err)
		}
		// The client cannot learn when the change feed is live: ingest until a message comes.
		got = ro.read(500 * time.Millisecond)
	}
	if got.Type != "next" || got.ID != "docs" || !strings.Contains(string(got.Payload), `"extId":"ws-`) {
		t.Fatalf("read-only subscription got %+v; want a documentIngested message", got)
	}
	t.Logf("read-only socket received %s", got.Payload)

	docs := func() string {
		_, r, err := gql(writer, srv.url, "", `{ stats { documents } }`, nil)
		if err != nil || len(r.Errors) > 0 {
			t.Fatalf("stats: %v %+v", err, r.Errors)
		}
		return string(r.Data)
	}
	before := docs()
	q := wsOpen(t, srv.url, "127.0.0.3", nil)
	r, _ := q.op("m", ingestMutation, map[string]any{"input": map[string]any{"id": "smuggled", "text": "Paris is in France."}})
	if r.code() != "UNAUTHENTICATED" {
		t.Errorf("mutation over a read-only socket: %s %+v; want UNAUTHENTICATED", r.code(), r.Errors)
	}
	if after := docs(); after != before {
		t.Errorf("documents %s after the refused mutation; were %s", after, before)
	}
	w := wsOpen(t, srv.url, "127.0.0.5", map[string]any{"Authorization": "Bearer " + token})
	if r, _ := w.op("m", ingestMutation, map[string]any{"input": map[string]any{"id": "by-socket", "text": "Paris is in France."}}); len(r.Errors) > 0 {
		t.Errorf("mutation with the token in connection_init: %+v", r.Errors)
	}

	// Hostile documents: the same codes as over POST, each quickly.
	var aliases, bomb strings.Builder
	aliases.WriteString("{")
	for i := range 900 {
		fmt.Fprintf(&aliases, " a%d: stats { documents }", i)
	}
	aliases.WriteString("}")
	bomb.WriteString("{ stats { ...F0 } }")
	for i := range 20 {
		fmt.Fprintf(&bomb, " fragment F%d on Stats { ...F%d ...F%d }", i, i+1, i+1)
	}
	bomb.WriteString(" fragment F20 on Stats { documents }")
	hostile := []struct{ name, query, code string }{
		{"deep", "{ entities(first: 1) { edges { node { " + strings.Repeat("neighbors(first: 1) { ", 20) + "id" + strings.Repeat(" }", 20) + " } } } }", "QUERY_TOO_DEEP"},
		{"900 aliases", aliases.String(), "QUERY_TOO_WIDE"},
		{"fragment bomb (2^20)", bomb.String(), "QUERY_TOO_WIDE"},
		{"token flood", "{" + strings.Repeat(" stats", 30000) + "}", "GRAPHQL_PARSE_FAILED"},
		{"first: 1000000", `{ entities(first: 1000000) { edges { node { id } } } }`, "BAD_USER_INPUT"},
	}
	for i, h := range hostile {
		r, took := q.op(fmt.Sprint("h", i), h.query, nil)
		_, hr, err := gql(writer, srv.url, "", h.query, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.code() != h.code || hr.code() != h.code {
			t.Errorf("%s: socket %q, POST %q; want %s on both", h.name, r.code(), hr.code(), h.code)
		}
		t.Logf("%s over a socket: %s in %s", h.name, r.code(), took.Round(time.Millisecond))
	}

	// Too many operations on one socket: of 20 subscriptions 16 run and 4 are
	// refused (which ones depends on the transport's goroutines).
	flood := wsOpen(t, srv.url, "127.0.0.6", nil)
	for i := range 20 {
		flood.send(wsMessage{ID: fmt.Sprint("s", i), Type: "subscribe", Payload: json.RawMessage(`{"query":"subscription { eventCreated { type } }"}`)})
	}
	refusedOps := 0
	for m := flood.read(20 * time.Second); m.Type != ""; m = flood.read(time.Second) {
		var r gqlReply
		_ = json.Unmarshal(m.Payload, &r)
		switch {
		case m.Type == "next" && r.code() == "TOO_MANY_REQUESTS":
			refusedOps++
		case m.Type == "complete":
		default:
			t.Fatalf("subscription flood: got %s %s; want only TOO_MANY_REQUESTS refusals", m.Type, m.Payload)
		}
	}
	if refusedOps != 4 {
		t.Errorf("20 subscriptions on one socket: %d refused; want 4 (16 run)", refusedOps)
	}
	t.Logf("20 subscriptions on one socket: 16 run, %d refused with TOO_MANY_REQUESTS", refusedOps)

	// Too many sockets from one client: the in-flight limit (64) counts each.
	opened, refused := 0, 0
	for range 80 {
		conn, resp, err := wsDial(srv.url, "127.0.0.7", nil)
		if err != nil {
			if resp == nil || resp.StatusCode != http.StatusTooManyRequests {
				t.Fatalf("socket flood: %v; want 429 when over the limit", err)
			}
			refused++
			continue
		}
		opened++
		t.Cleanup(func() { conn.CloseNow() })
	}
	if opened != 64 || refused != 16 {
		t.Errorf("80 sockets from one client: %d opened, %d refused; want 64 and 16", opened, refused)
	}
	t.Logf("80 sockets from one client: %d opened, %d refused with 429", opened, refused)

	// Another site's page.
	if _, resp, err := wsDial(srv.url, "127.0.0.3", http.Header{"Origin": {"https://evil.example"}}); err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("socket from a foreign origin: %v; want 403", err)
	}
	if conn, _, err := wsDial(srv.url, "127.0.0.3", http.Header{"Origin": {"https://ui.example"}}); err != nil {
		t.Errorf("socket from the --cors-origin page: %v", err)
	} else {
		conn.CloseNow()
	}

	select {
	case d := <-silentClosed:
		t.Logf("silent socket (no connection_init) closed after %s", d.Round(100*time.Millisecond))
		if d > 15*time.Second {
			t.Errorf("silent socket closed after %s; want about 10 s", d)
		}
	case <-time.After(20*time.Second - time.Since(silentStart)):
		t.Error("a socket that never sent connection_init is still open after 20 s")
	}

	cancel()
	wg.Wait()
	n, p50, p99, maxd, errs := good.summary()
	if len(errs) > 0 || n < 10 {
		t.Fatalf("steady client: %d requests, errors %q; want answers throughout", n, errs)
	}
	t.Logf("steady client during the websocket abuse: %d queries, no errors, p50 %s, p99 %s, max %s", n, p50.Round(time.Millisecond), p99.Round(time.Millisecond), maxd.Round(time.Millisecond))
}
