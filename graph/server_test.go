package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// capIngester runs a deliberately trivial real analysis (every run of
// capitalised words is a MISC entity) and writes through the real store, so
// the mutation is exercised end to end without the real extractor.
type capIngester struct{ st *store.Store }

func (c capIngester) IngestDocument(ctx context.Context, d extract.Document) (store.IngestResult, error) {
	doc := store.Document{ExtID: d.ID, Title: d.Title, URL: d.URL, Source: d.Source, Published: d.Published, Text: d.Text}
	res, errs := c.st.Ingest(ctx, []store.IngestDoc{{Doc: doc, Analysis: capitalisedRuns(d.Text)}})
	return res[0], errs[0]
}

func capitalisedRuns(text string) *extract.Analysis {
	runes := []rune(text)
	a := &extract.Analysis{Sentences: []extract.Sentence{{Start: 0, End: len(runes)}}}
	byName := map[string]int{}
	add := func(start, end int) {
		name := string(runes[start:end])
		i, ok := byName[name]
		if !ok {
			i = len(a.Entities)
			byName[name] = i
			a.Entities = append(a.Entities, extract.Entity{ID: string(rune('a' + i)), Name: name, Type: extract.Misc, Aliases: []string{name}})
		}
		a.Entities[i].Mentions = append(a.Entities[i].Mentions, extract.Mention{Text: name, Start: start, End: end})
	}
	type word struct{ start, end int }
	var words []word
	for i := 0; i < len(runes); i++ {
		if !unicode.IsLetter(runes[i]) && !unicode.IsDigit(runes[i]) {
			continue
		}
		j := i
		for j < len(runes) && (unicode.IsLetter(runes[j]) || unicode.IsDigit(runes[j])) {
			j++
		}
		words = append(words, word{i, j})
		i = j
	}
	upper := func(w word) bool { return unicode.IsUpper(runes[w.start]) }
	for i := 0; i < len(words); i++ {
		if !upper(words[i]) {
			continue
		}
		j := i
		for j+1 < len(words) && upper(words[j+1]) && words[j+1].start == words[j].end+1 {
			j++
		}
		add(words[i].start, words[j].end)
		i = j
	}
	return a
}

type panicIngester struct{}

func (panicIngester) IngestDocument(context.Context, extract.Document) (store.IngestResult, error) {
	panic("boom: extractor bug")
}

const ingestMutation = `mutation($in: DocumentInput!) { ingestDocument(input: $in) {
	skipped entities newEntities relations events quotes document { id extId title published text } } }`

type ingestResp struct {
	IngestDocument struct {
		Skipped                                          bool
		Entities, NewEntities, Relations, Events, Quotes int
		Document                                         *struct {
			ID, ExtID, Title, Text string
			Published              *string
		}
	}
}

func TestIngestDocument(t *testing.T) {
	st := openStore(t)
	c, _ := newTestClient(t, graph.ServerConfig{Store: st, Ingester: capIngester{st}})
	in := map[string]any{
		"id": "wire-1", "title": "Summit", "published": "2024-07-01",
		"text": "Ada Lovelace met Charles Babbage in London.",
	}

	var first ingestResp
	c.MustPost(ingestMutation, &first, client.Var("in", in))
	r := first.IngestDocument
	if r.Skipped || r.Entities != 3 || r.NewEntities != 3 {
		t.Errorf("first ingest = %+v; want 3 new entities, not skipped", r)
	}
	if r.Document == nil || r.Document.ExtID != "wire-1" || r.Document.Title != "Summit" || r.Document.Text != in["text"] {
		t.Fatalf("first ingest document = %+v", r.Document)
	}

	var again ingestResp
	c.MustPost(ingestMutation, &again, client.Var("in", in))
	if !again.IngestDocument.Skipped || again.IngestDocument.Document == nil || again.IngestDocument.Document.ID != r.Document.ID {
		t.Errorf("second ingest = %+v; want skipped, same document %s", again.IngestDocument, r.Document.ID)
	}

	// What was ingested is queryable.
	if id := entityID(t, c, "Charles Babbage"); id == "" {
		t.Error("Charles Babbage not found after ingest")
	}

	var resp map[string]any
	bad := map[string]any{"text": "x", "published": "July 1st"}
	wantCode(t, c.Post(ingestMutation, &resp, client.Var("in", bad)), graph.CodeBadUserInput)
	wantCode(t, c.Post(ingestMutation, &resp, client.Var("in", map[string]any{"text": "  "})), graph.CodeBadUserInput)

	// Without an Ingester the mutation is refused, not crashed.
	ro, _ := newTestClient(t, graph.ServerConfig{Store: st})
	wantCode(t, ro.Post(ingestMutation, &resp, client.Var("in", in)), graph.CodeIngestDisabled)
}

func TestPanicRecovery(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{Ingester: panicIngester{}})
	var resp map[string]any
	e := wantCode(t, c.Post(ingestMutation, &resp, client.Var("in", map[string]any{"text": "Hello World."})), graph.CodeInternal)
	if strings.Contains(e.Message, "boom") {
		t.Errorf("panic message leaked to the client: %q", e.Message)
	}
	// The server still answers.
	var stats struct{ Stats struct{ Documents int } }
	c.MustPost(`{ stats { documents } }`, &stats)
	if stats.Stats.Documents != 3 {
		t.Errorf("after a panic, stats.documents = %d; want 3", stats.Stats.Documents)
	}
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: read body: %v", url, err)
	}
	return res.StatusCode, string(b), res.Header
}

func postJSON(t *testing.T, url string, body []byte) (int, map[string]any) {
	t.Helper()
	res, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer res.Body.Close()
	var out map[string]any
	b, _ := io.ReadAll(res.Body)
	_ = json.Unmarshal(b, &out) // non-JSON bodies (413) leave out nil
	return res.StatusCode, out
}

func TestHTTPEndpoints(t *testing.T) {
	st := openStore(t)
	seed(t, st)
	srv := httptest.NewServer(graph.NewHandler(graph.ServerConfig{Store: st}))
	defer srv.Close()

	if code, body, _ := get(t, srv.URL+"/healthz"); code != 200 || body != "ok" {
		t.Errorf("GET /healthz = %d %q; want 200 ok", code, body)
	}
	if code, body, h := get(t, srv.URL+"/playground"); code != 200 || !strings.Contains(h.Get("Content-Type"), "text/html") ||
		!strings.Contains(body, "/graphql") {
		t.Errorf("GET /playground = %d %s; want an HTML page pointing at /graphql", code, h.Get("Content-Type"))
	}
	if code, body, _ := get(t, srv.URL+"/"); code != 200 || !strings.Contains(body, `href="/playground"`) {
		t.Errorf("GET / = %d; want the default page linking to /playground:\n%s", code, body)
	}
	if code, _, _ := get(t, srv.URL+"/no-such-page"); code != 404 {
		t.Errorf("GET /no-such-page = %d; want 404", code)
	}

	// GET queries work; GET mutations do not.
	code, body, _ := get(t, srv.URL+"/graphql?query="+url.QueryEscape(`{ stats { documents } }`))
	if code != 200 || !strings.Contains(body, `"documents":3`) {
		t.Errorf("GET /graphql stats = %d %s", code, body)
	}
	code, body, _ = get(t, srv.URL+"/graphql?query="+url.QueryEscape(`mutation { ingestDocument(input: {text: "x"}) { skipped } }`))
	if code == 200 && !strings.Contains(body, "errors") {
		t.Errorf("GET mutation = %d %s; want refused", code, body)
	}

	// Over-complex operations are refused before they run.
	q, _ := json.Marshal(map[string]string{"query": `{ entities(first: 100) { edges { node { relations(first: 100) { edges { node { id } } } } } } }`})
	code, resp := postJSON(t, srv.URL+"/graphql", q)
	if errs, _ := resp["errors"].([]any); resp["data"] != nil || len(errs) != 1 ||
		errs[0].(map[string]any)["extensions"].(map[string]any)["code"] != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("complex query = %d %v; want only a COMPLEXITY_LIMIT_EXCEEDED error", code, resp)
	}
	q, _ = json.Marshal(map[string]string{"query": `{ entities { edges { node { name relations { edges { node { type source { name } } } } } } } }`})
	if code, resp := postJSON(t, srv.URL+"/graphql", q); code != 200 || resp["errors"] != nil {
		t.Errorf("default-sized nested query = %d %v; want 200 without errors", code, resp)
	}

	// Bodies over the limit are refused.
	big, _ := json.Marshal(map[string]string{"query": "{ stats { documents } }", "pad": strings.Repeat("x", graph.DefaultMaxBodyBytes)})
	if code, _ := postJSON(t, srv.URL+"/graphql", big); code != http.StatusRequestEntityTooLarge {
		t.Errorf("POST of %d bytes = %d; want 413", len(big), code)
	}
}

func TestCustomUI(t *testing.T) {
	ui := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "custom ui at "+r.URL.Path) })
	srv := httptest.NewServer(graph.NewHandler(graph.ServerConfig{Store: openStore(t), UI: ui}))
	defer srv.Close()
	if _, body, _ := get(t, srv.URL+"/app/x"); body != "custom ui at /app/x" {
		t.Errorf("GET /app/x = %q; want the custom UI", body)
	}
	if code, body, _ := get(t, srv.URL+"/healthz"); code != 200 || body != "ok" {
		t.Errorf("GET /healthz with a UI = %d %q; want 200 ok", code, body)
	}
}

func TestWebsocketQuery(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	var resp struct {
		Stats struct{ Entities int }
	}
	if err := c.WebsocketOnce(`query { stats { entities } }`, &resp); err != nil {
		t.Fatalf("query over websocket: %v", err)
	}
	if resp.Stats.Entities != 10 {
		t.Errorf("stats.entities over websocket = %d; want 10", resp.Stats.Entities)
	}
}

func TestQueryTimeout(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{QueryTimeout: time.Nanosecond})
	var resp map[string]any
	wantCode(t, c.Post(`{ stats { documents } }`, &resp), graph.CodeTimeout)
}

// TestRequestBodies: the body is read whole whether its length is declared
// (one buffer of that size), unknown (chunked), or, for a handler called
// directly, declared shorter than it is; over the limit it is refused.
func TestRequestBodies(t *testing.T) {
	h := graph.NewHandler(graph.ServerConfig{Store: openStore(t), MaxBodyBytes: 200})
	query := []byte(`{"query":"{ stats { documents } }"}`)
	for _, tc := range []struct {
		name     string
		body     []byte
		declared int64
		want     int
	}{
		{"declared", query, int64(len(query)), http.StatusOK},
		{"unknown length", query, -1, http.StatusOK},
		{"declared short", query, 5, http.StatusOK},
		{"over the limit, unknown length", append(query, bytes.Repeat([]byte(" "), 200)...), -1, http.StatusRequestEntityTooLarge},
		{"over the limit, declared short", append(query, bytes.Repeat([]byte(" "), 200)...), 5, http.StatusRequestEntityTooLarge},
	} {
		r := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(tc.body))
		r.Header.Set("Content-Type", "application/json")
		r.ContentLength = tc.declared
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tc.want || (tc.want == http.StatusOK && !strings.Contains(w.Body.String(), `"documents":`)) {
			t.Errorf("%s: %d %s; want %d", tc.name, w.Code, w.Body.String(), tc.want)
		}
	}
}

// TestPostMatchesGqlgenTransport: the server's POST transport (which writes
// responses without json.Marshal's second pass) answers byte for byte as
// gqlgen's own transport.POST does, status and content type included, for
// data, errors and each Accept header.
func TestPostMatchesGqlgenTransport(t *testing.T) {
	st := openStore(t)
	seed(t, st)
	ours := graph.NewHandler(graph.ServerConfig{Store: st})
	ref := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Store: st}}))
	ref.AddTransport(transport.POST{})
	// Errors from resolvers and a body that is not JSON differ in their
	// messages (the server's error presenter adds codes); for those only the
	// status and content type are compared.
	bodies := []struct {
		body     string
		sameBody bool
	}{
		{`{"query":"{ entities(first: 5) { totalCount edges { cursor node { id name type mentionCount aliases { text } } } } }"}`, true},
		{`{"query":"query($q: String) { entities(search: $q, first: 3) { edges { node { id name } } } }","variables":{"q":"geneva"}}`, true},
		{`{"query":"{ documents(first: 2) { edges { node { title url text } } } }"}`, true},
		{`{"query":"{ nosuchfield }"}`, true},
		{`{"query":"{ entities(first: 1) { edges { node { id } } }"}`, true},
		{`{"query":"{ entity(id: \"e999999\") { id } }"}`, false},
		{`{"query":`, false},
	}
	for _, accept := range []string{"", "application/json", "application/graphql-response+json"} {
		for _, tc := range bodies {
			body := tc.body
			do := func(h http.Handler) *httptest.ResponseRecorder {
				r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
				r.Header.Set("Content-Type", "application/json")
				if accept != "" {
					r.Header.Set("Accept", accept)
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				return w
			}
			got, want := do(ours), do(ref)
			if got.Code != want.Code || got.Header().Get("Content-Type") != want.Header().Get("Content-Type") ||
				(tc.sameBody && got.Body.String() != want.Body.String()) {
				t.Errorf("Accept %q, %s:\n got %d %s %s\nwant %d %s %s", accept, body,
					got.Code, got.Header().Get("Content-Type"), got.Body.String(),
					want.Code, want.Header().Get("Content-Type"), want.Body.String())
			}
		}
	}
}
