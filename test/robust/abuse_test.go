package robust

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// clientFrom makes an HTTP client whose connections come from a given
// loopback address, so the server's per-client limits see distinct clients.
func clientFrom(ip string, timeout time.Duration) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 5 * time.Second}
	return &http.Client{Timeout: timeout, Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 64}}
}

// latencies collects request durations from many goroutines.
type latencies struct {
	mu     sync.Mutex
	d      []time.Duration
	errors []string
}

func (l *latencies) add(d time.Duration, err string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.d = append(l.d, d)
	if err != "" && len(l.errors) < 20 {
		l.errors = append(l.errors, err)
	} else if err != "" {
		l.errors[len(l.errors)-1] = fmt.Sprintf("(and more) %s", err)
	}
}

// summary is count, percentiles and max, for the report.
func (l *latencies) summary() (n int, p50, p99, maxd time.Duration, errs []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	d := slices.Clone(l.d)
	slices.Sort(d)
	if len(d) == 0 {
		return 0, 0, 0, 0, l.errors
	}
	pct := func(p float64) time.Duration { return d[min(len(d)-1, int(float64(len(d))*p))] }
	return len(d), pct(0.50), pct(0.99), d[len(d)-1], slices.Clone(l.errors)
}

// steadyClient queries every interval until ctx ends, recording each answer.
func steadyClient(ctx context.Context, c *http.Client, url string, interval time.Duration, lat *latencies) {
	for ctx.Err() == nil {
		start := time.Now()
		status, reply, err := gql(c, url, "", `{ entities(first: 5) { edges { node { id name mentionCount } } } stats { documents } }`, nil)
		msg := ""
		switch {
		case err != nil:
			msg = err.Error()
		case status != http.StatusOK || len(reply.Errors) > 0:
			msg = fmt.Sprintf("HTTP %d %+v", status, reply.Errors)
		case !bytes.Contains(reply.Data, []byte(`"documents":`)):
			msg = fmt.Sprintf("no data: %s", reply.Data)
		}
		lat.add(time.Since(start), msg)
		select {
		case <-ctx.Done():
		case <-time.After(interval):
		}
	}
}

// TestServerAbuse throws hostile requests at `newsgraph serve` while a
// well-behaved client (from another address) keeps querying: every hostile
// request gets a clear refusal within its limits and the other client never
// sees an error.
func TestServerAbuse(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	corpus := firstLines(t, repoFile(t, "sample/voa.jsonl"), 100, t.TempDir())
	if r := runBinary(t, 5*time.Minute, nil, "ingest", "--quiet", "--db", db, corpus); r.exit != 0 {
		t.Fatalf("ingest: exit %d\n%s", r.exit, tail(r.stderr))
	}
	srv := startServer(t, nil, "--db", db)
	defer srv.stop(t)
	host := strings.TrimPrefix(srv.url, "http://")

	var good latencies
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		steadyClient(ctx, clientFrom("127.0.0.2", 10*time.Second), srv.url, 20*time.Millisecond, &good)
	}()

	// Slowloris: connections that never finish their headers, opened first so
	// they are held open through every other case.
	const slowConns = 200
	var slow []net.Conn
	for range slowConns {
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(c, "POST /graphql HTTP/1.1\r\nHost: %s\r\nX-Slow: ", host)
		slow = append(slow, c)
	}
	slowStart := time.Now()
	trickle, stopTrickle := context.WithCancel(context.Background())
	go func() {
		for trickle.Err() == nil {
			for _, c := range slow {
				_, _ = c.Write([]byte("a"))
			}
			time.Sleep(time.Second)
		}
	}()

	abuser := clientFrom("127.0.0.3", 30*time.Second)
	aliases := func(n int) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " a%d: stats { documents }", i)
		}
		return b.String() + "}"
	}
	var bomb strings.Builder
	bomb.WriteString("{ stats { ...F0 } }")
	for i := range 30 {
		fmt.Fprintf(&bomb, " fragment F%d on Stats { ...F%d ...F%d }", i, i+1, i+1)
	}
	bomb.WriteString(" fragment F30 on Stats { documents }")
	batch := make([]map[string]any, 1000)
	for i := range batch {
		batch[i] = map[string]any{"query": "{ stats { documents } }"}
	}
	cases := []struct {
		name   string
		body   any
		status int
		code   string
	}{
		{"deep", map[string]any{"query": "{ entities(first: 1) { edges { node { " + strings.Repeat("neighbors(first: 1) { ", 40) + "id" + strings.Repeat(" }", 40) + " } } } }"}, 400, "QUERY_TOO_DEEP"},
		{"nested past the parser's limit", map[string]any{"query": strings.Repeat("{a", 100000) + strings.Repeat("}", 100000)}, 422, "GRAPHQL_PARSE_FAILED"},
		{"alias flood", map[string]any{"query": aliases(900)}, 400, "QUERY_TOO_WIDE"},
		{"token flood", map[string]any{"query": "{" + strings.Repeat(" stats", 150000) + "}"}, 422, "GRAPHQL_PARSE_FAILED"},
		{"fragment bomb (2^30 fields)", map[string]any{"query": bomb.String()}, 400, "QUERY_TOO_WIDE"},
		{"first: 1000000", map[string]any{"query": `{ entities(first: 1000000) { edges { node { id } } } }`}, 200, "BAD_USER_INPUT"},
		{"complexity", map[string]any{"query": `{ entities(first: 100) { edges { node { relations(first: 100) { edges { node { id } } } } } } }`}, 200, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"batch of 1000", batch, 400, "BATCH_NOT_SUPPORTED"},
		{"huge variables", map[string]any{"query": "{ stats { documents } }", "variables": map[string]any{"x": strings.Repeat("x", 8<<20)}}, 413, "PAYLOAD_TOO_LARGE"},
		{"mutation without token", map[string]any{"query": `mutation { ingestDocument(input: {text: "Kofi Annan visited Accra."}) { skipped } }`}, 403, "FORBIDDEN"},
	}
	for _, c := range cases {
		body, _ := json.Marshal(c.body)
		req, _ := http.NewRequest(http.MethodPost, srv.url+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		start := time.Now()
		resp, err := abuser.Do(req)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		took := time.Since(start)
		var reply gqlReply
		if err := json.Unmarshal(b, &reply); err != nil {
			t.Errorf("%s: HTTP %d, body not JSON: %.200s", c.name, resp.StatusCode, b)
			continue
		}
		if resp.StatusCode != c.status || reply.code() != c.code || reply.Errors[0].Message == "" {
			t.Errorf("%s: HTTP %d %s %+v; want %d %s with a message", c.name, resp.StatusCode, reply.code(), reply.Errors, c.status, c.code)
			continue
		}
		if took > 5*time.Second {
			t.Errorf("%s: refused after %s; want within 5s", c.name, took)
		}
		t.Logf("%-30s %d %-26s in %6s: %.110s", c.name, resp.StatusCode, c.code, took.Round(time.Millisecond), reply.Errors[0].Message)
	}

	// A flood of expensive but legal queries from one client: it is held to
	// its share (429s) while the steady client goes on.
	var flood sync.WaitGroup
	var mu sync.Mutex
	statuses := map[int]int{}
	// Just under the complexity limit, and megabytes of document text each.
	heavy := `{ entities(first: 70) { edges { node { name documents(first: 20) { edges { node { text } } } } } } }`
	flooder := clientFrom("127.0.0.3", 60*time.Second)
	start := make(chan struct{})
	for range 300 {
		flood.Add(1)
		go func() {
			defer flood.Done()
			<-start
			status, _, err := gql(flooder, srv.url, "", heavy, nil)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				statuses[-1]++
			} else {
				statuses[status]++
			}
		}()
	}
	close(start)
	flood.Wait()
	if statuses[http.StatusTooManyRequests] == 0 || statuses[http.StatusOK] == 0 || statuses[-1] > 0 {
		t.Errorf("300 concurrent heavy queries from one client: statuses %v; want some 200, some 429, no failures", statuses)
	}
	t.Logf("300 concurrent heavy queries from one client: HTTP statuses %v", statuses)

	// The slow connections must have been cut by ReadHeaderTimeout (10 s).
	var open int
	for _, c := range slow {
		_ = c.SetReadDeadline(time.Now().Add(15*time.Second - time.Since(slowStart)))
		b, err := bufio.NewReader(c).ReadString('\n')
		if err == nil && !strings.Contains(b, "408") && !strings.Contains(b, "400") {
			open++
		} else if ne, ok := err.(net.Error); ok && ne.Timeout() {
			open++
		}
		c.Close()
	}
	stopTrickle()
	if open > 0 {
		t.Errorf("%d of %d slowloris connections still open %s after they started; want all cut by the header timeout", open, slowConns, time.Since(slowStart).Round(time.Second))
	}
	t.Logf("slowloris: %d connections trickling one header byte a second, all cut within %s", slowConns, time.Since(slowStart).Round(time.Second))

	if *long {
		slowBodies(t, host)
	}

	cancel()
	wg.Wait()
	n, p50, p99, maxd, errs := good.summary()
	if len(errs) > 0 || n < 10 {
		t.Fatalf("steady client: %d requests, errors %q; want answers throughout", n, errs)
	}
	t.Logf("steady client during the abuse: %d queries, no errors, p50 %s, p99 %s, max %s", n, p50.Round(time.Millisecond), p99.Round(time.Millisecond), maxd.Round(time.Millisecond))
}

// slowBodies sends complete headers and then a body one byte a second: the
// server's ReadTimeout (60 s) must cut the connection.
func slowBodies(t *testing.T, host string) {
	const conns = 50
	start := time.Now()
	var cs []net.Conn
	for range conns {
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(c, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{", host)
		cs = append(cs, c)
	}
	closed := make([]bool, conns)
	for time.Since(start) < 75*time.Second {
		left := 0
		for i, c := range cs {
			if closed[i] {
				continue
			}
			if _, err := c.Write([]byte(" ")); err != nil {
				closed[i] = true
				continue
			}
			_ = c.SetReadDeadline(time.Now().Add(time.Millisecond))
			if _, err := c.Read(make([]byte, 1)); err != nil {
				if ne, ok := err.(net.Error); !ok || !ne.Timeout() {
					closed[i] = true
					continue
				}
			} else {
				closed[i] = true // the server answered (and will close)
				continue
			}
			left++
		}
		if left == 0 {
			t.Logf("slow bodies: %d connections trickling a body, all cut within %s", conns, time.Since(start).Round(time.Second))
			for _, c := range cs {
				c.Close()
			}
			return
		}
		time.Sleep(time.Second)
	}
	t.Errorf("slow bodies still open after %s; want them cut by the 60 s read timeout", time.Since(start).Round(time.Second))
}
