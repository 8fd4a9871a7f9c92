package robust

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// seed makes the kill points reproducible: NEWSGRAPH_CRASH_SEED=n replays a run.
func seed(t *testing.T) uint64 {
	if s := os.Getenv("NEWSGRAPH_CRASH_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("NEWSGRAPH_CRASH_SEED=%q: %v", s, err)
		}
		return n
	}
	return uint64(time.Now().UnixNano())
}

// killPoint is one SIGKILL: when it came and what the store held afterwards.
type killPoint struct {
	after time.Duration
	docs  int // documents stored once the killed process was gone
}

func crashCorpus(t *testing.T) (path string, docs int, kills int) {
	dir := t.TempDir()
	if *long {
		return repoFile(t, "../shared/data/news/bbc.jsonl"), 2225, 100
	}
	return firstLines(t, repoFile(t, "sample/voa.jsonl"), 350, dir), 350, 20
}

// crashBatch is the documents per store write of the killed ingests.
const crashBatch = "32"

// TestIngestSurvivesKills kills `newsgraph ingest` with SIGKILL at random
// moments, reopens the store after every kill, restarts, and finally lets the
// ingest finish: the store must then equal an uninterrupted run's, id for id.
func TestIngestSurvivesKills(t *testing.T) {
	corpus, ndocs, nkills := crashCorpus(t)
	ref := filepath.Join(t.TempDir(), "ref")
	// Small batches, so that kills land between commits: with the default
	// (1024 documents per call) the 350 documents are one write, and every
	// kill would find the store empty or full.
	r := runBinary(t, 10*time.Minute, nil, "ingest", "--quiet", "--batch", crashBatch, "--db", ref, corpus)
	if r.exit != 0 {
		t.Fatalf("uninterrupted ingest: exit %d\n%s", r.exit, tail(r.stderr))
	}
	want := dump(t, ref)
	full := r.elapsed
	t.Logf("uninterrupted ingest of %d documents: %s; %s", ndocs, full.Round(time.Millisecond), strings.TrimSpace(r.stdout))

	sd := seed(t)
	rng := rand.New(rand.NewPCG(sd, 0))
	db := filepath.Join(t.TempDir(), "crashed")
	var points []killPoint
	// Every restart re-reads (and re-extracts) the corpus and skips what is
	// stored, so a kill d into a run lands about where the uninterrupted run was
	// at d; increasing delays walk the kills through the whole ingest, from
	// start-up through the writes to the final close.
	// Start-up (loading the models) takes about as long as opening a store
	// for nothing; most kills go after it, where the writes are.
	startup := checkOpens(t, ref)
	delays := make([]time.Duration, nkills)
	for i := range delays {
		if i%4 == 0 || startup >= full {
			delays[i] = time.Duration(rng.Int64N(int64(full) * 11 / 10))
		} else {
			delays[i] = startup + time.Duration(rng.Int64N(int64(full-startup)))
		}
	}
	slices.Sort(delays)
	for _, delay := range delays {
		cmd := exec.Command(binary, "ingest", "--quiet", "--batch", crashBatch, "--db", db, corpus)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if err == nil && cmd.ProcessState.ExitCode() != 0 {
			t.Fatalf("ingest failed before the kill: %s", stderr.String())
		}
		checkOpens(t, db)
		st := openStore(t, db)
		s, err := st.Stats(t.Context())
		st.Close()
		if err != nil {
			t.Fatalf("stats after kill at %s: %v", delay, err)
		}
		points = append(points, killPoint{after: delay, docs: s.Documents})
	}
	r = runBinary(t, 10*time.Minute, nil, "ingest", "--quiet", "--batch", crashBatch, "--db", db, corpus)
	if r.exit != 0 {
		t.Fatalf("ingest after %d kills: exit %d\n%s", nkills, r.exit, tail(r.stderr))
	}
	sameDump(t, "ingest killed "+strconv.Itoa(nkills)+" times", dump(t, db), want)
	t.Logf("seed %d: %s", sd, describeKills(points, ndocs))
}

// describeKills summarises where the kills landed, for the report.
func describeKills(points []killPoint, total int) string {
	var mid, distinct []int
	for _, p := range points {
		if p.docs > 0 && p.docs < total {
			mid = append(mid, p.docs)
		}
		if !slices.Contains(distinct, p.docs) {
			distinct = append(distinct, p.docs)
		}
	}
	slices.Sort(distinct)
	var b strings.Builder
	fmt.Fprintf(&b, "%d kills survived, %d with the store part-written (0 < docs < %d), %d distinct store states; documents stored at each kill:", len(points), len(mid), total, len(distinct))
	for _, p := range points {
		fmt.Fprintf(&b, " %d@%s", p.docs, p.after.Round(time.Millisecond))
	}
	return b.String()
}

// jsonlDoc is one line of the corpus, sent as DocumentInput.
type jsonlDoc struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func readCorpus(t testing.TB, path string) []jsonlDoc {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var docs []jsonlDoc
	for line := range bytes.Lines(data) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var d jsonlDoc
		if err := json.Unmarshal(line, &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

const ingestMutation = `mutation Ingest($input: DocumentInput!) { ingestDocument(input: $input) { skipped document { id extId } } }`

// gql posts one operation; it returns the HTTP status, the decoded response
// and a transport error (a killed server gives one).
func gql(c *http.Client, url, token, query string, vars map[string]any) (int, gqlReply, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
	if err != nil {
		return 0, gqlReply{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, gqlReply{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, gqlReply{}, err
	}
	var out gqlReply
	if err := json.Unmarshal(b, &out); err != nil {
		return resp.StatusCode, gqlReply{}, fmt.Errorf("response is not JSON: %.200s", b)
	}
	return resp.StatusCode, out, nil
}

type gqlReply struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (r gqlReply) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func docInput(d jsonlDoc) map[string]any {
	return map[string]any{"input": map[string]any{"id": d.ID, "title": d.Title, "url": d.URL, "source": d.Source, "published": d.Published, "text": d.Text}}
}

// TestServeSurvivesKillsDuringMutations sends the corpus one ingestDocument at
// a time, as a client that retries what was not acknowledged, while the
// server is killed with SIGKILL at random moments and restarted. The store
// must end equal to a plain `newsgraph ingest` of the same documents.
func TestServeSurvivesKillsDuringMutations(t *testing.T) {
	n, nkills := 200, 20
	if *long {
		n, nkills = 350, 60
	}
	corpus := firstLines(t, repoFile(t, "sample/voa.jsonl"), n, t.TempDir())
	docs := readCorpus(t, corpus)
	ref := filepath.Join(t.TempDir(), "ref")
	if r := runBinary(t, 10*time.Minute, nil, "ingest", "--quiet", "--db", ref, corpus); r.exit != 0 {
		t.Fatalf("reference ingest: exit %d\n%s", r.exit, tail(r.stderr))
	}
	want := dump(t, ref)

	const token = "crash-test-token"
	sd := seed(t)
	rng := rand.New(rand.NewPCG(sd, 1))
	db := filepath.Join(t.TempDir(), "served")
	client := &http.Client{Timeout: 30 * time.Second}
	next := 0 // first document not yet acknowledged
	var points []killPoint
	var inFlightKills int
	// Each cycle acknowledges a random number of documents (sized so the kills
	// spread over the corpus) and then kills the server at a random moment
	// within about one mutation's time, so most kills land inside a mutation.
	// The typical duration of a mutation: the median of the latest ones. (The
	// latest alone was thrown off by one slow mutation, the first to load the
	// parser's model, after which a kill could wait long enough for the rest
	// of the corpus to go through.)
	recent := []time.Duration{3 * time.Millisecond}
	typical := func() time.Duration {
		s := slices.Clone(recent)
		slices.Sort(s)
		return s[len(s)/2]
	}
	for kills := 0; next < len(docs); {
		// The flag here, the environment variable in TestMixedLoad.
		srv := startServer(t, nil, "--db", db, "--write-token", token)
		target, killAt := -1, time.Duration(-1)
		if kills < nkills {
			target = next + rng.IntN(2*(len(docs)-next)/(nkills-kills+1)+1)
		}
		killed := make(chan struct{})
		for next < len(docs) {
			if next == target && killAt < 0 {
				killAt = time.Duration(rng.Int64N(int64(2*typical()) + 1))
				go func() {
					time.Sleep(killAt)
					srv.kill()
					close(killed)
				}()
			}
			t0 := time.Now()
			status, reply, err := gql(client, srv.url, token, ingestMutation, docInput(docs[next]))
			if err != nil {
				inFlightKills++ // the kill cut a mutation off: retry it on the next server
				break
			}
			if status != http.StatusOK || len(reply.Errors) > 0 {
				t.Fatalf("document %d (%s): HTTP %d %+v", next, docs[next].ID, status, reply.Errors)
			}
			if recent = append(recent, time.Since(t0)); len(recent) > 9 {
				recent = recent[1:]
			}
			next++
		}
		if target >= 0 && killAt < 0 {
			// The target was the end of the corpus: kill the idle server.
			killAt = 0
			srv.kill()
			close(killed)
		}
		if killAt >= 0 {
			<-killed
			kills++
			checkOpens(t, db)
			st := openStore(t, db)
			s, err := st.Stats(t.Context())
			st.Close()
			if err != nil {
				t.Fatal(err)
			}
			points = append(points, killPoint{after: killAt, docs: s.Documents})
			if s.Documents < next {
				t.Fatalf("kill %d: %d documents acknowledged but only %d stored: an acknowledged write was lost", kills, next, s.Documents)
			}
			continue
		}
		srv.stop(t)
	}
	if len(points) < nkills {
		t.Fatalf("seed %d: only %d of %d kills happened before the corpus was sent; use a larger corpus", sd, len(points), nkills)
	}
	sameDump(t, fmt.Sprintf("serve killed %d times during mutations", len(points)), dump(t, db), want)
	t.Logf("seed %d: %s; %d kills cut a mutation off mid-request", sd, describeKills(points, len(docs)), inFlightKills)
}

// checkOpens has the binary open the store after a kill, as the user's next
// command would, without writing anything: its only input does not exist.
func checkOpens(t *testing.T, db string) time.Duration {
	t.Helper()
	r := runBinary(t, time.Minute, nil, "ingest", "--quiet", "--db", db, filepath.Join(t.TempDir(), "none.txt"))
	if strings.Contains(r.stderr, "open store") || !strings.Contains(r.stdout, "ingested 0 documents") {
		t.Fatalf("after a kill the store does not open: exit %d\n%s", r.exit, tail(r.stderr))
	}
	return r.elapsed
}

// TestOpensAfterKillInMemtableCreation reproduces the narrowest kill window
// the harness found: Badger creates a memtable log and then sizes it, so a
// kill in between leaves a 0-byte .mem file (dgraph-io/badger#2207).
func TestOpensAfterKillInMemtableCreation(t *testing.T) {
	corpus := firstLines(t, repoFile(t, "sample/voa.jsonl"), 3, t.TempDir())
	db := filepath.Join(t.TempDir(), "db")
	if r := runBinary(t, time.Minute, nil, "ingest", "--quiet", "--db", db, corpus); r.exit != 0 {
		t.Fatalf("ingest: exit %d\n%s", r.exit, r.stderr)
	}
	if err := os.WriteFile(filepath.Join(db, "00002.mem"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	r := runBinary(t, time.Minute, nil, "ingest", "--quiet", "--db", db, corpus)
	if r.exit != 0 || !strings.Contains(r.stdout, "3 skipped") {
		t.Fatalf("ingest over a store with an empty memtable log: exit %d\nstdout: %s\nstderr: %s", r.exit, r.stdout, r.stderr)
	}
}
