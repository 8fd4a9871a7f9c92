package guard_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/newsgraph/newsgraph/graph/guard"
)

// BenchmarkGuardPOST is the guard's cost for one typical UI query over POST
// (parse, measure, classify), with a next handler that only drains the body.
func BenchmarkGuardPOST(b *testing.B) {
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.Copy(io.Discard, r.Body) })
	g := guard.New(guard.Config{WriteToken: "t", WebsocketsGuarded: true}, next)
	body := []byte(`{"query":"query Entity($id: ID!) { entity(id: $id) { id name type aliases { text } roles { title org } relations(first: 50) { edges { node { type confidence target { id name type } } } } } }","variables":{"id":"e1"}}`)
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		g.ServeHTTP(httptest.NewRecorder(), req)
	}
}
