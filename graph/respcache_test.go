package graph_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestResponseCache sends the same requests to a handler with the response
// cache and to one without, over one store: every answer is identical,
// repeats of a successful query come from the cache, errors (bad ids, the
// complexity limit) and mutations never do, and a write makes earlier answers
// stale at once.
func TestResponseCache(t *testing.T) {
	st := openStore(t)
	seed(t, st)
	cached, hits := graph.NewHandlerCountingHits(graph.ServerConfig{Store: st, ResponseCache: 100, ComplexityLimit: 1000})
	plain := graph.NewHandler(graph.ServerConfig{Store: st, ComplexityLimit: 1000})
	post := func(h http.Handler, body string) (int, string) {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		return rec.Code, rec.Body.String()
	}
	// same posts body to both handlers (cached first) and wants one answer.
	same := func(body string) string {
		t.Helper()
		c1, b1 := post(cached, body)
		c2, b2 := post(plain, body)
		if c1 != c2 || b1 != b2 {
			t.Fatalf("%s:\ncached  %d %s\nuncached %d %s", body, c1, b1, c2, b2)
		}
		return b1
	}
	wantHits := func(n int64) {
		t.Helper()
		if got := hits(); got != n {
			t.Fatalf("cache hits = %d; want %d", got, n)
		}
	}

	search := `{"query":"query($q: String) { entities(search: $q) { totalCount edges { node { id name } } } }","variables":{"q":"putin"}}`
	first := same(search)
	wantHits(0)
	if again := same(search); again != first {
		t.Fatalf("repeat answered %s; want %s", again, first)
	}
	wantHits(1)
	// Other variables are another request.
	same(strings.Replace(search, "putin", "biden", 1))
	wantHits(1)

	for _, bad := range []string{
		`{"query":"{ entity(id: \"x1\") { id } }"}`,
		`{"query":"{ entities(first: 100) { edges { node { relations(first: 100) { edges { node { id } } } } } } }"}`,
		`{"query":"{ nope }"}`,
	} {
		b := same(bad)
		same(bad)
		if !strings.Contains(b, `"errors"`) {
			t.Fatalf("%s answered %s; want errors", bad, b)
		}
		wantHits(1)
	}

	var resp struct {
		Data struct {
			Entities struct {
				Edges []struct{ Node struct{ ID, Name string } }
			}
		}
	}
	if err := json.Unmarshal([]byte(first), &resp); err != nil || len(resp.Data.Entities.Edges) == 0 {
		t.Fatalf("search answered %s (%v)", first, err)
	}
	id := resp.Data.Entities.Edges[0].Node.ID
	rename := `{"query":"mutation($e: ID!) { renameEntity(id: $e, name: \"Vladimir V. Putin\") { id name } }","variables":{"e":"` + id + `"}}`
	for range 2 {
		if code, b := post(cached, rename); code != http.StatusOK || !strings.Contains(b, "Vladimir V. Putin") {
			t.Fatalf("rename answered %d %s", code, b)
		}
	}
	wantHits(1)
	after := same(search)
	if after == first || !strings.Contains(after, "Vladimir V. Putin") {
		t.Fatalf("after the rename the search answered %s; want the new name", after)
	}
	wantHits(1)
}
