package ingest

import (
	"bytes"
	"context"
	"errors"
	"hash/fnv"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph/store"
)

// capWords is a small real extractor: one entity per distinct capitalised word,
// a RELATED_TO relation between the first two, and a panic on demand so the
// pipeline's recovery can be tested.
type capWords struct {
	delay bool // sleep a text-dependent time so workers finish out of order
}

var _ Extractor = capWords{}

func (c capWords) Analyze(ctx context.Context, d extract.Document) (*extract.Analysis, error) {
	if strings.Contains(d.Text, "PANIC") {
		panic("capWords: asked to panic")
	}
	if strings.Contains(d.Text, "FAIL") {
		return nil, errors.New("capWords: asked to fail")
	}
	if c.delay {
		h := fnv.New32a()
		h.Write([]byte(d.Text))
		time.Sleep(time.Duration(h.Sum32()%5) * time.Millisecond)
	}
	a := &extract.Analysis{DocID: d.ID}
	runes := []rune(d.Text)
	a.Sentences = []extract.Sentence{{Start: 0, End: len(runes)}}
	byName := map[string]int{}
	for i := 0; i < len(runes); {
		if !unicode.IsUpper(runes[i]) || (i > 0 && unicode.IsLetter(runes[i-1])) {
			i++
			continue
		}
		j := i
		for j < len(runes) && unicode.IsLetter(runes[j]) {
			j++
		}
		name := string(runes[i:j])
		m := extract.Mention{Text: name, Start: i, End: j}
		if k, ok := byName[name]; ok {
			a.Entities[k].Mentions = append(a.Entities[k].Mentions, m)
		} else {
			byName[name] = len(a.Entities)
			a.Entities = append(a.Entities, extract.Entity{
				ID: "e" + name, Name: name, Type: extract.Misc,
				Aliases: []string{name}, Mentions: []extract.Mention{m},
			})
		}
		i = j
	}
	if len(a.Entities) >= 2 {
		e0, e1 := a.Entities[0], a.Entities[1]
		a.Relations = append(a.Relations, extract.Relation{
			Type: "RELATED_TO", Source: e0.ID, Target: e1.ID, Confidence: 0.5,
			Evidence: []extract.Evidence{{Start: 0, End: len(runes), Text: d.Text}},
		})
	}
	return a, nil
}

func newTestStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func stats(t *testing.T, s *store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// entityIDs maps each stored entity's name to its id.
func entityIDs(t *testing.T, s *store.Store) map[string]uint64 {
	t.Helper()
	ents, _, err := s.FindEntities(context.Background(), "", nil, store.Page{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]uint64{}
	for _, e := range ents {
		out[e.Name] = e.ID
	}
	return out
}

// corpus writes a small batch: 5 good documents and 2 bad inputs.
func corpus(t *testing.T) string {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte("Kerry meets Lavrov\n\nKerry and Lavrov met in Paris."))
	write(t, dir, "b.jsonl", []byte(strings.Join([]string{
		`{"id":"j1","published":"2014-03-28","text":"Obama called Putin about Crimea."}`,
		`{"id":"j2","text":"Ukraine and Russia talked in Kiev."}`,
		`{"id":"j3", broken`,
		`{"id":"j4","text":"Merkel visited Paris."}`,
	}, "\n")))
	write(t, dir, "c.html", []byte(`<title>Berlin</title><p>Scholz spoke in Berlin.</p>`))
	write(t, dir, "d.txt", []byte("\x00\x01binary"))
	return dir
}

func TestRunIngestsBatchAndIsIdempotent(t *testing.T) {
	s := newTestStore(t)
	dir := corpus(t)
	var errb, prog bytes.Buffer
	cfg := Config{Store: s, Extractor: capWords{}, Workers: 3, BatchSize: 2, Errors: &errb, Progress: &prog, Date: "2014-03-30"}
	sum, err := Run(context.Background(), cfg, []string{dir})
	var fe *FailedError
	if !errors.As(err, &fe) || fe.Failed != 2 || fe.Total != 7 {
		t.Fatalf("Run error = %v; want 2 of 7 inputs failed", err)
	}
	if sum.Documents != 5 || sum.Failed != 2 || sum.Skipped != 0 || sum.Relations != 5 || sum.Entities == 0 || sum.Bytes == 0 {
		t.Errorf("summary = %+v", sum)
	}
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "ingest: "+filepath.Join(dir, "b.jsonl")+":3: invalid JSON") ||
		!strings.HasPrefix(lines[1], "ingest: "+filepath.Join(dir, "d.txt")+": binary file") {
		t.Errorf("error lines = %q", lines)
	}
	st := stats(t, s)
	if st.Documents != 5 {
		t.Errorf("stored %d documents; want 5", st.Documents)
	}
	if st.Entities != sum.Entities {
		t.Errorf("summary says %d new entities, store holds %d", sum.Entities, st.Entities)
	}
	// --date fills in only documents without their own date.
	for ext, want := range map[string]string{"j1": "2014-03-28", "j2": "2014-03-30"} {
		d, err := s.DocumentByExtID(context.Background(), ext)
		if err != nil || d.Published != want {
			t.Errorf("document %s published %q (%v); want %q", ext, d.Published, err, want)
		}
	}
	// The workers index words for the writer: search finds the documents
	// by title and text.
	for q, want := range map[string]int{"paris": 2, "berlin scholz": 1, "crimea": 1, "kiev russia": 1} {
		docs, _, err := s.SearchDocuments(context.Background(), q, store.Page{})
		if err != nil || len(docs) != want {
			t.Errorf("SearchDocuments(%q) = %d documents, %v; want %d", q, len(docs), err, want)
		}
	}
	ids := entityIDs(t, s)

	errb.Reset()
	sum2, err := Run(context.Background(), cfg, []string{dir})
	if !errors.As(err, &fe) {
		t.Fatalf("second Run error = %v; want the same 2 failures", err)
	}
	if sum2.Documents != 0 || sum2.Skipped != 5 || sum2.Entities != 0 || sum2.Relations != 0 {
		t.Errorf("second summary = %+v; want everything skipped", sum2)
	}
	if st2 := stats(t, s); st2 != st {
		t.Errorf("stats after re-ingest = %+v; want unchanged %+v", st2, st)
	}
	ids2 := entityIDs(t, s)
	if len(ids2) != len(ids) {
		t.Errorf("entities %v after re-ingest; want %v", ids2, ids)
	}
	for name, id := range ids {
		if ids2[name] != id {
			t.Errorf("entity %s id %d -> %d after re-ingest", name, id, ids2[name])
		}
	}
}

func TestRunFailuresDoNotStopTheBatch(t *testing.T) {
	s := newTestStore(t)
	dir := t.TempDir()
	write(t, dir, "1.txt", []byte("Alpha\n\nAlpha met Beta."))
	write(t, dir, "2.txt", []byte("Boom\n\nPANIC in Gamma."))
	write(t, dir, "3.txt", []byte("Bad\n\nFAIL at Delta."))
	write(t, dir, "4.txt", []byte("Omega\n\nOmega met Sigma."))
	var errb bytes.Buffer
	sum, err := Run(context.Background(), Config{Store: s, Extractor: capWords{}, Errors: &errb}, []string{dir})
	if err == nil || sum.Documents != 2 || sum.Failed != 2 {
		t.Fatalf("Run = %+v, %v; want 2 stored, 2 failed", sum, err)
	}
	out := errb.String()
	if !strings.Contains(out, filepath.Join(dir, "2.txt")+": extractor panic: capWords: asked to panic (at github.com/newsgraph/newsgraph/ingest.capWords.Analyze ") ||
		strings.Count(out, "\n") != 2 {
		t.Errorf("panic not reported as one line naming the document and the site: %q", out)
	}
	if !strings.Contains(out, filepath.Join(dir, "3.txt")+": extract: capWords: asked to fail") {
		t.Errorf("extractor error not reported: %q", out)
	}
	if _, err := s.DocumentByExtID(context.Background(), ContentID("Omega\n\nOmega met Sigma.")); err != nil {
		t.Errorf("document after the failures not stored: %v", err)
	}
}

// TestBadInputChangesNothing ingests a batch of only bad inputs into a store
// that already holds documents.
func TestBadInputChangesNothing(t *testing.T) {
	s := newTestStore(t)
	dir := corpus(t)
	cfg := Config{Store: s, Extractor: capWords{}}
	Run(context.Background(), cfg, []string{dir})
	before, ids := stats(t, s), entityIDs(t, s)

	bad := t.TempDir()
	write(t, bad, "empty.txt", nil)
	write(t, bad, "bin.txt", []byte("\x00\x00"))
	write(t, bad, "utf.txt", []byte("M\xfcnchen is a city"))
	write(t, bad, "big.txt", []byte(strings.Repeat("Big ", 1000)))
	write(t, bad, "x.jsonl", []byte("{oops}\n{\"id\":\"j1\"}\n"))
	var errb bytes.Buffer
	cfg.Errors, cfg.MaxDocBytes = &errb, 1000
	sum, err := Run(context.Background(), cfg, []string{bad, filepath.Join(bad, "nope.txt")})
	if err == nil || sum.Failed != 7 || sum.Documents != 0 {
		t.Errorf("Run = %+v, %v; want 7 failures", sum, err)
	}
	if n := strings.Count(errb.String(), "\n"); n != 7 {
		t.Errorf("%d error lines; want 7:\n%s", n, errb.String())
	}
	if after := stats(t, s); after != before {
		t.Errorf("stats %+v -> %+v after bad inputs", before, after)
	}
	if after := entityIDs(t, s); len(after) != len(ids) {
		t.Errorf("entities changed: %v -> %v", ids, after)
	}
}

// TestRunIsDeterministic checks the writer restores input order: one worker and
// many workers with jittered extraction give the same ids.
func TestRunIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 60 {
		lines = append(lines, `{"id":"d`+strconvI(i)+`","text":"Name`+strconvI(i)+` met Name`+strconvI(i*7%60)+` and Shared."}`)
	}
	write(t, dir, "many.jsonl", []byte(strings.Join(lines, "\n")))
	var got []map[string]uint64
	for _, workers := range []int{1, 6} {
		s := newTestStore(t)
		sum, err := Run(context.Background(), Config{Store: s, Extractor: capWords{delay: true}, Workers: workers, BatchSize: 7}, []string{dir})
		if err != nil || sum.Documents != 60 {
			t.Fatalf("workers=%d: %+v, %v", workers, sum, err)
		}
		got = append(got, entityIDs(t, s))
	}
	if len(got[0]) != len(got[1]) {
		t.Fatalf("entity counts differ: %d vs %d", len(got[0]), len(got[1]))
	}
	for name, id := range got[0] {
		if got[1][name] != id {
			t.Errorf("entity %s: id %d with 1 worker, %d with 6", name, id, got[1][name])
		}
	}
}

func strconvI(i int) string { return string(rune('A'+i/26)) + string(rune('a'+i%26)) }

func TestRunCancelled(t *testing.T) {
	s := newTestStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, Config{Store: s, Extractor: capWords{}}, []string{corpus(t)})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run on a cancelled context = %v; want context.Canceled", err)
	}
}

func TestRunConfigErrors(t *testing.T) {
	if _, err := Run(context.Background(), Config{}, []string{"x"}); err == nil {
		t.Error("Run without store and extractor succeeded")
	}
	s := newTestStore(t)
	if _, err := Run(context.Background(), Config{Store: s, Extractor: capWords{}, Date: "30/03/2014"}, []string{"x"}); err == nil || !strings.Contains(err.Error(), "--date") {
		t.Errorf("bad date: %v", err)
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{Documents: 312, Failed: 2, Entities: 1204, Relations: 388, Events: 97, Quotes: 41, Bytes: 1_200_000, Duration: 3400 * time.Millisecond}
	want := "ingested 312 documents (0 skipped, 2 failed): 1,204 new entities; 388 relations, 97 events, 41 quotes extracted; 1.2 MB in 3.4s (0.35 MB/s)"
	if got := s.String(); got != want {
		t.Errorf("String() = %q; want %q", got, want)
	}
}

func TestProgressLines(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, func() int64 { return -1 }, time.Now())
	if p.bar != nil {
		t.Fatal("a bytes.Buffer got a terminal progress bar")
	}
	p.total = 2_000_000
	p.add(500_000) // within 2 s of the start: quiet
	if buf.Len() != 0 {
		t.Errorf("progress printed early: %q", buf.String())
	}
	p.last = time.Now().Add(-3 * time.Second)
	p.docs(7)
	p.add(500_000)
	if got := buf.String(); !strings.HasPrefix(got, "ingest: 7 documents written, 1.0 of 2.0 MB read (50%)") {
		t.Errorf("progress line = %q", got)
	}
}

func TestSingle(t *testing.T) {
	s := newTestStore(t)
	one := Single{Store: s, Extractor: capWords{}}
	d := extract.Document{Title: "T", Published: "2014-03-30T10:00:00Z", Text: "Kerry met Lavrov."}
	r, err := one.IngestDocument(context.Background(), d)
	if err != nil || r.Skipped || r.DocID == 0 || r.ExtID != ContentID(d.Text) || r.NewEntities != 2 {
		t.Fatalf("IngestDocument = %+v, %v", r, err)
	}
	r2, err := one.IngestDocument(context.Background(), d)
	if err != nil || !r2.Skipped || r2.DocID != r.DocID {
		t.Errorf("second IngestDocument = %+v, %v; want skipped with the same id", r2, err)
	}
	stored, err := s.DocumentByExtID(context.Background(), r.ExtID)
	if err != nil || stored.Published != "2014-03-30" {
		t.Errorf("stored published %q, %v; want 2014-03-30", stored.Published, err)
	}
	for _, bad := range []extract.Document{{Text: " "}, {Text: "x\xff"}, {Text: "PANIC now"}, {Text: "ok", Published: "soon"}} {
		if _, err := one.IngestDocument(context.Background(), bad); err == nil {
			t.Errorf("IngestDocument(%q) succeeded", bad.Text)
		}
	}
}

func TestRunDocuments(t *testing.T) {
	s := newTestStore(t)
	docs := []extract.Document{
		{ID: "s1", Published: "2014-03-30", Text: "Kerry met Lavrov in Paris."},
		{ID: "s2", Text: "   "},
		{Text: "Obama called Putin."},
	}
	var errb bytes.Buffer
	sum, err := RunDocuments(context.Background(), Config{Store: s, Extractor: capWords{}, Errors: &errb, Date: "2014-03-28"}, docs)
	if err == nil || sum.Documents != 2 || sum.Failed != 1 {
		t.Fatalf("RunDocuments = %+v, %v; want 2 stored and 1 failed", sum, err)
	}
	if !strings.HasPrefix(errb.String(), "ingest: s2: missing \"text\"") {
		t.Errorf("errors = %q", errb.String())
	}
	d, err := s.DocumentByExtID(context.Background(), ContentID("Obama called Putin."))
	if err != nil || d.Published != "2014-03-28" {
		t.Errorf("undated document: %+v, %v", d, err)
	}
	if docs[2].ID != "" {
		t.Error("RunDocuments changed the caller's documents")
	}
}
