package graph_test

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
)

// TestGarbageIDsAndCursors sends malformed ids and cursors to every field
// that takes one: each must answer with a client error code, never INTERNAL
// (a panic is recovered as INTERNAL, so this also catches panics).
func TestGarbageIDsAndCursors(t *testing.T) {
	st := openStore(t)
	seed(t, st)
	c, _ := newTestClient(t, graph.ServerConfig{Store: st, Ingester: capIngester{st}})
	ids := []string{"", "e", "e0", "e01", "e-1", "e+1", "e1.5", "e18446744073709551616", "x1", "\x00", "é1",
		strings.Repeat("9", 500), "d99999", "e99999", "m1", "q0"}
	idQueries := []string{
		`query($id: ID!) { entity(id: $id) { id } }`,
		`query($id: ID!) { node(id: $id) { id } }`,
		`query($id: ID!) { event(id: $id) { id } }`,
		`query($id: ID!) { document(id: $id) { id } }`,
		`query($id: ID!) { relation(id: $id) { id } }`,
		`query($id: ID!) { quote(id: $id) { id } }`,
		`query($id: ID!) { merge(id: $id) { id } }`,
		`query($id: ID!) { path(from: $id, to: $id) { length } }`,
		`query($id: ID!) { timeline(entity: $id) { start } }`,
		`query($id: ID!) { cooccurrences(entity: $id) { documents } }`,
		`query($id: ID!) { events(filter: {participant: $id}) { totalCount } }`,
		`query($id: ID!) { quotes(speaker: $id) { totalCount } }`,
		`mutation($id: ID!) { splitEntity(id: $id) { entity { id } } }`,
		`mutation($id: ID!) { deleteDocument(id: $id) { deleted } }`,
		`mutation($id: ID!) { renameEntity(id: $id, name: "X") { id } }`,
		`mutation($id: ID!) { mergeEntities(into: $id, from: $id) { merge { id } } }`,
	}
	check := func(q string, err error) {
		t.Helper()
		if err == nil {
			return // an id of nothing may answer null, which is fine
		}
		for _, e := range gqlErrors(t, err) {
			if code, _ := e.Extensions["code"].(string); code == graph.CodeInternal || code == "" {
				t.Errorf("%s: error %q with code %q; want a client error code", q, e.Message, code)
			}
		}
	}
	for _, q := range idQueries {
		for _, id := range ids {
			var resp map[string]any
			check(q+" id="+id, c.Post(q, &resp, client.Var("id", id)))
		}
	}
	cursors := []string{"x", "!!", base64.RawURLEncoding.EncodeToString([]byte{1}),
		base64.RawURLEncoding.EncodeToString([]byte{1, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f}),
		base64.RawURLEncoding.EncodeToString([]byte(strings.Repeat("\xff", 300))),
		base64.RawURLEncoding.EncodeToString(append([]byte{1, 1, 2, 3, 4, 0}, []byte("zzzzzzzzzzzzzzzzzzzzz")...))}
	biden := entityID(t, c, "Joe Biden")
	cursorQueries := []string{
		`query($a: String) { entities(after: $a) { totalCount } }`,
		`query($a: String) { entities(search: "corp", after: $a) { totalCount } }`,
		`query($a: String) { events(after: $a) { totalCount } }`,
		`query($a: String) { documents(after: $a) { totalCount } }`,
		`query($a: String) { quotes(after: $a) { totalCount } }`,
		`query($a: String) { searchDocuments(query: "putin", after: $a) { totalCount } }`,
		`query($a: String) { searchEvents(query: "putin", after: $a) { totalCount } }`,
		`query($a: String) { entity(id: "` + biden + `") { relations(after: $a) { totalCount } } }`,
		`query($a: String) { entity(id: "` + biden + `") { relations(since: "2024", after: $a) { totalCount } } }`,
		`query($a: String) { entity(id: "` + biden + `") { mentions(after: $a) { totalCount } } }`,
		`query($a: String) { entity(id: "` + biden + `") { documents(after: $a) { totalCount } } }`,
		`query($a: String) { entity(id: "` + biden + `") { events(after: $a) { totalCount } } }`,
	}
	for _, q := range cursorQueries {
		for _, cur := range cursors {
			var resp map[string]any
			err := c.Post(q, &resp, client.Var("a", cur))
			if err == nil {
				t.Errorf("%s after=%q: no error; want BAD_CURSOR", q, cur)
				continue
			}
			check(q+" after="+cur, err)
		}
	}
}
