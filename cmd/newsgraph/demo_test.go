package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// runDemoOnce starts `newsgraph demo` on a free port, waits for it to serve, runs
// check against its base URL, then stops it the way Ctrl-C does. It returns what
// the command printed.
func runDemoOnce(t *testing.T, db string, check func(base string)) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, []string{"demo", "--db", db, "--addr", "127.0.0.1:0"}, nil, pw, io.Discard)
		pw.CloseWithError(io.EOF)
		done <- err
	}()
	var out strings.Builder
	addr := regexp.MustCompile(`serving (http://127\.0\.0\.1:\d+)`)
	sc := bufio.NewScanner(pr)
	base := ""
	deadline := time.AfterFunc(2*time.Minute, cancel)
	defer deadline.Stop()
	for sc.Scan() {
		out.WriteString(sc.Text() + "\n")
		if m := addr.FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
		}
		if strings.Contains(sc.Text(), "Press Ctrl-C") {
			break
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("demo did not start serving; it printed:\n%s\nerr: %v", out.String(), <-done)
	}
	go io.Copy(io.Discard, pr)
	check(base)
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("demo exited with %v", err)
	}
	return out.String()
}

// TestDemoServesAndReusesData is the README's first command, twice on one folder.
func TestDemoServesAndReusesData(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the whole bundled sample")
	}
	db := t.TempDir()
	query := func(base string) int {
		resp, err := http.Post(base+"/graphql", "application/json",
			strings.NewReader(`{"query":"{ stats { documents entities events } entities(search: \"kerry\", first: 1) { edges { node { name } } } }"}`))
		if err != nil {
			t.Fatalf("POST /graphql: %v", err)
		}
		defer resp.Body.Close()
		var body struct {
			Data struct {
				Stats    struct{ Documents, Entities, Events int }
				Entities struct {
					Edges []struct{ Node struct{ Name string } }
				}
			}
			Errors []any
		}
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || len(body.Errors) > 0 {
			t.Fatalf("GraphQL answer: %v %v", err, body.Errors)
		}
		if len(body.Data.Entities.Edges) == 0 || body.Data.Entities.Edges[0].Node.Name != "John Kerry" {
			t.Errorf("entities(search: kerry) = %+v; want John Kerry first", body.Data.Entities.Edges)
		}
		if body.Data.Stats.Entities < 100 || body.Data.Stats.Events < 10 {
			t.Errorf("stats = %+v; want a populated graph", body.Data.Stats)
		}
		return body.Data.Stats.Documents
	}
	var first, second int
	out1 := runDemoOnce(t, db, func(base string) {
		for _, p := range []string{"/healthz", "/playground"} {
			resp, err := http.Get(base + p)
			if err != nil || resp.StatusCode != http.StatusOK {
				t.Errorf("GET %s = %v, %v; want 200", p, resp, err)
			}
			if resp != nil {
				resp.Body.Close()
			}
		}
		first = query(base)
	})
	if !strings.Contains(out1, "/graphql") || !strings.Contains(out1, "entities(search") {
		t.Errorf("demo output lacks the address or an example query:\n%s", out1)
	}
	out2 := runDemoOnce(t, db, func(base string) { second = query(base) })
	if first < 300 || second != first {
		t.Errorf("documents: first run %d, second run %d; want the same sample (>= 300) both times", first, second)
	}
	if !strings.Contains(out1, "Ingesting") || !strings.Contains(out2, "Reusing the graph in") || strings.Contains(out2, "Ingesting") {
		t.Errorf("the first run should say it ingests and the second that it reuses the graph; they printed:\n%s\n---\n%s", out1, out2)
	}
	if !regexp.MustCompile(`\(\d{3} skipped`).MatchString(out2) {
		t.Errorf("second run should skip the stored sample; it printed:\n%s", out2)
	}
	// The second run adds nothing, so it says what the store holds rather
	// than leave "0 new entities" as the last word.
	if want := fmt.Sprintf("the graph holds %d documents, ", second); !strings.Contains(out2, want) {
		t.Errorf("second run should report the store's totals (%q); it printed:\n%s", want, out2)
	}
}

// TestDemoBusyPortOrFolder: a second demo beside a running one is told why it
// cannot start, and which flag avoids it, before any ingest work.
func TestDemoBusyPortOrFolder(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var out, errb bytes.Buffer
	err = run(context.Background(), []string{"demo", "--db", t.TempDir(), "--addr", ln.Addr().String()}, nil, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "port is taken") || !strings.Contains(err.Error(), "--addr") {
		t.Errorf("demo on a busy port: err %v; want the port named as taken and --addr suggested", err)
	}
	if strings.Contains(out.String(), "Ingesting") {
		t.Errorf("demo on a busy port ingested before failing:\n%s", out.String())
	}

	db := t.TempDir()
	s, err := openStore(db, false, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	err = run(context.Background(), []string{"demo", "--db", db, "--addr", "127.0.0.1:0"}, nil, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "another newsgraph process is using it") || !strings.Contains(err.Error(), "--db") {
		t.Errorf("demo on a folder in use: err %v; want the folder named as in use and --db suggested", err)
	}
}
