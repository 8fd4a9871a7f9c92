package robust

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// loadQueries is what the readers cycle through: the UI's kinds of request.
var loadQueries = []string{
	`{ stats { documents entities relations events quotes } }`,
	`{ entities(search: "kerry", first: 5) { edges { node { id name type aliases { text } } } } }`,
	`{ entities(first: 20) { totalCount edges { cursor node { id name mentionCount relations(first: 5) { edges { node { type } } } } } pageInfo { hasNextPage endCursor } } }`,
	`{ events(first: 20) { edges { node { id type cameo trigger date participants { role entity { name } } } } } }`,
	`{ documents(first: 10) { totalCount edges { node { id extId title } } } }`,
	`{ entities(search: "iraq", types: [LOCATION], first: 3) { edges { node { name events(first: 5) { edges { node { type date } } } } } } }`,
}

// TestMixedLoad runs 32 reading clients while a writer ingests the corpus
// through the mutation, then checks the store equals a quiet `newsgraph
// ingest` of the same documents.
func TestMixedLoad(t *testing.T) {
	const readers = 32
	n, minDuration := 120, 3*time.Second
	if *long {
		n, minDuration = 350, 60*time.Second
	}
	corpus := firstLines(t, repoFile(t, "sample/voa.jsonl"), n, t.TempDir())
	docs := readCorpus(t, corpus)
	ref := filepath.Join(t.TempDir(), "ref")
	quiet := runBinary(t, 10*time.Minute, nil, "ingest", "--quiet", "--db", ref, corpus)
	if quiet.exit != 0 {
		t.Fatalf("quiet ingest: exit %d\n%s", quiet.exit, tail(quiet.stderr))
	}
	want := dump(t, ref)

	const token = "load-test-token"
	db := filepath.Join(t.TempDir(), "db")
	srv := startServer(t, []string{"NEWSGRAPH_WRITE_TOKEN=" + token}, "--db", db)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	var reads latencies
	var wg sync.WaitGroup
	var queries atomic.Int64
	for i := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := &http.Client{Timeout: 30 * time.Second}
			for k := i; ctx.Err() == nil; k++ {
				start := time.Now()
				status, reply, err := gql(c, srv.url, "", loadQueries[k%len(loadQueries)], nil)
				msg := ""
				switch {
				case err != nil:
					msg = err.Error()
				case status != http.StatusOK || len(reply.Errors) > 0:
					msg = fmt.Sprintf("HTTP %d %+v", status, reply.Errors)
				}
				reads.add(time.Since(start), msg)
				queries.Add(1)
			}
		}()
	}

	var writes latencies
	start := time.Now()
	c := &http.Client{Timeout: 60 * time.Second}
	for i, d := range docs {
		t0 := time.Now()
		status, reply, err := gql(c, srv.url, token, ingestMutation, docInput(d))
		if err != nil || status != http.StatusOK || len(reply.Errors) > 0 {
			cancel()
			wg.Wait()
			t.Fatalf("document %d (%s): HTTP %d %v %+v", i, d.ID, status, err, reply.Errors)
		}
		writes.add(time.Since(t0), "")
	}
	ingestTook := time.Since(start)
	if rest := minDuration - ingestTook; rest > 0 {
		time.Sleep(rest)
	}
	cancel()
	wg.Wait()
	elapsed := time.Since(start)
	srv.stop(t)

	nq, p50, p99, maxd, errs := reads.summary()
	if len(errs) > 0 {
		t.Fatalf("readers saw errors: %q", errs)
	}
	_, wp50, wp99, wmax, _ := writes.summary()
	sameDump(t, "store after ingest under load", dump(t, db), want)
	t.Logf("%d readers for %s: %d queries (%.0f/s), 0 errors, latency p50 %s p99 %s max %s",
		readers, elapsed.Round(time.Millisecond), nq, float64(nq)/elapsed.Seconds(), p50.Round(time.Millisecond), p99.Round(time.Millisecond), maxd.Round(time.Millisecond))
	t.Logf("writer: %d ingestDocument mutations in %s under load (%.0f docs/s; quiet CLI ingest %s), latency p50 %s p99 %s max %s; store equals the quiet ingest",
		len(docs), ingestTook.Round(time.Millisecond), float64(len(docs))/ingestTook.Seconds(), quiet.elapsed.Round(time.Millisecond), wp50.Round(time.Millisecond), wp99.Round(time.Millisecond), wmax.Round(time.Millisecond))
}
