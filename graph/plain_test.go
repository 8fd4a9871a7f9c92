package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	ingestpkg "github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/sample"
)

// The plain writer (plain.go) must answer exactly as gqlgen's executor does:
// every request below goes to a handler with the writer and to one without,
// over the same store, and the two responses must be the same bytes.

type plainCase struct {
	name  string
	query string
	vars  map[string]any
	// plain: the writer answers (at least one root field); otherwise gqlgen
	// must answer alone (an unsupported field, an error).
	plain bool
}

// postRaw sends one GraphQL request and returns the status and body as sent.
func postRaw(t *testing.T, h http.Handler, query string, vars map[string]any) (int, []byte) {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.Bytes()
}

func checkPlainCases(t *testing.T, st *store.Store, cases []plainCase) {
	t.Helper()
	plain, answered := graph.NewHandlerCountingPlain(graph.ServerConfig{Store: st})
	slow := graph.NewHandlerGqlgenOnly(graph.ServerConfig{Store: st})
	for _, c := range cases {
		before := answered()
		code, got := postRaw(t, plain, c.query, c.vars)
		wantCode, want := postRaw(t, slow, c.query, c.vars)
		if code != wantCode || !bytes.Equal(got, want) {
			t.Errorf("%s: plain writer answered\n%d %s\ngqlgen answered\n%d %s", c.name, code, got, wantCode, want)
			continue
		}
		if did := answered() > before; did != c.plain {
			t.Errorf("%s: plain writer answered: %v, want %v (response %s)", c.name, did, c.plain, got)
		}
	}
}

const (
	plainHood = `query($id: ID!) { entity(id: $id) { id name relations(first: 50) { totalCount edges { node {
		id type count confidence firstSeen lastSeen source { id name type } target { id name type } } } } } }`
	plainSearch = `query($q: String!) { entities(search: $q, first: 10) { totalCount edges { node { id name type mentionCount } } } }`
	plainPath   = `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { length
		hops { from { id name } to { id name } relation { id type count evidence(first: 1) { text start end } } } } }`
	// plainEverything selects every field the writer answers, through
	// fragments, aliases, directives and nesting.
	plainEverything = `query($id: ID!, $with: Boolean!, $after: String) {
		entity(id: $id) { __typename ...E ... on Entity { alias: name } ...on Node { id }
			kb subtype aliasNames aliases { __typename text count } documentCount firstSeen lastSeen
			skipped: name @skip(if: $with) included: type @include(if: $with)
			rels: relations(first: 3, after: $after) { __typename totalCount
				pageInfo { __typename hasNextPage endCursor }
				edges { __typename cursor node { __typename ...R evidenceCount
					evidence(first: 2) { __typename sentence text start end }
					source { name relations(first: 2) { totalCount edges { node { id } } } } } } }
			in: relations(direction: IN, minConfidence: 0.5) { totalCount edges { node { id source { id } } } }
			out: relations(direction: OUT, types: ["MET_WITH", "WORKS_FOR"], since: "2000", until: "2030-12") { totalCount } } }
		fragment E on Entity { id name type mentionCount }
		fragment R on Relation { id type count confidence firstSeen lastSeen target { ...E } }`
	// plainGraphView is what a graph view asks (BenchmarkNeighborhood's query).
	plainGraphView = `query($id: ID!, $depth: Int) { entity(id: $id) { id
		neighborhood(depth: $depth) { truncated nodes { __typename depth entity { id name type } }
			edges { type count confidence source { id } target { id } evidence(first: 1) { text } } }
		neighbors(first: 5) { id name } ins: neighbors(direction: IN, types: ["MET_WITH"]) { id } } }`
	plainPathAll = `query($a: ID!, $b: ID!, $types: [String!]) {
		path(from: $a, to: $b, maxHops: 3, relationTypes: $types) { __typename length entities { id name }
			hops { __typename from { id } to { id } relation { id type confidence source { name } target { name } } } } }`
)

// TestPlainMatchesGqlgen compares the answers over the hand-made fixture and
// over the bundled VOA sample run through the real extractor.
func TestPlainMatchesGqlgen(t *testing.T) {
	st := openStore(t)
	seed(t, st)
	docs, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	n := 80
	if testing.Short() {
		n = 30
	}
	if _, err := ingestpkg.RunDocuments(context.Background(), ingestpkg.Config{Store: st, Extractor: p}, docs[:min(n, len(docs))]); err != nil {
		t.Fatal(err)
	}

	ctx := context.Background()
	ents, _, err := st.FindEntities(ctx, "", nil, store.Page{Limit: 40})
	if err != nil {
		t.Fatal(err)
	}
	var cases []plainCase
	var related []string
	for _, e := range ents {
		id := fmt.Sprintf("e%d", e.ID)
		name := strings.ToLower(e.Name)
		cases = append(cases,
			plainCase{"hood " + e.Name, plainHood, map[string]any{"id": id}, true},
			plainCase{"everything " + e.Name, plainEverything, map[string]any{"id": id, "with": true}, true},
			plainCase{"graph view " + e.Name, plainGraphView, map[string]any{"id": id}, true},
			plainCase{"graph view depth 2 " + e.Name, plainGraphView, map[string]any{"id": id, "depth": 2}, true},
			plainCase{"everything skipped " + e.Name, plainEverything, map[string]any{"id": id, "with": false}, true},
			plainCase{"search " + name, plainSearch, map[string]any{"q": name}, true},
			plainCase{"search prefix " + name, plainSearch, map[string]any{"q": name[:min(3, len(name))]}, true},
		)
		rels, _, err := st.Relations(ctx, e.ID, store.RelationFilter{}, store.Page{Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(rels) > 0 {
			related = append(related, id)
		}
		if len(rels) == 3 {
			// The second page, through the first page's cursor.
			var first struct {
				Data struct {
					Entity struct {
						Rels struct {
							PageInfo struct{ EndCursor string }
						}
					}
				}
			}
			_, b := postRaw(t, graph.NewHandler(graph.ServerConfig{Store: st}), plainEverything, map[string]any{"id": id, "with": true})
			if err := json.Unmarshal(b, &first); err != nil || first.Data.Entity.Rels.PageInfo.EndCursor == "" {
				t.Fatalf("first page of %s: %v %s", id, err, b)
			}
			cases = append(cases, plainCase{"second page " + e.Name, plainEverything,
				map[string]any{"id": id, "with": true, "after": first.Data.Entity.Rels.PageInfo.EndCursor}, true})
		}
	}
	if len(related) < 10 {
		t.Fatalf("only %d entities with relations in the sample", len(related))
	}
	for i := 0; i+1 < len(related); i++ {
		a, b := related[i], related[len(related)-1-i]
		cases = append(cases,
			plainCase{"path " + a + " " + b, plainPath, map[string]any{"a": a, "b": b}, true},
			plainCase{"path all " + a + " " + b, plainPathAll, map[string]any{"a": a, "b": b}, true},
			plainCase{"path typed " + a + " " + b, plainPathAll, map[string]any{"a": a, "b": b, "types": []string{"MET_WITH", "LOCATED_IN"}}, true},
		)
	}
	id := related[0]
	cases = append(cases,
		plainCase{"two root fields", `query($id: ID!) { a: entity(id: $id) { name } b: entity(id: $id) { id } stats { entities } }`,
			map[string]any{"id": id}, true},
		plainCase{"search with types", `{ entities(search: "a", types: [PERSON, LOCATION], first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type } } } }`, nil, true},
		plainCase{"all entities", `{ entities { totalCount edges { node { name } } } }`, nil, true},
		plainCase{"unknown entity", `{ entity(id: "e999999") { name } }`, nil, false},
		plainCase{"no path", `{ path(from: "e999998", to: "e999999") { length } }`, nil, false},
		// Errors: gqlgen reports them (the writer hands the field back).
		plainCase{"bad id", `{ entity(id: "zzz") { name } }`, nil, false},
		plainCase{"bad cursor", `query($id: ID!) { entity(id: $id) { relations(after: "nope") { totalCount } } }`,
			map[string]any{"id": id}, false},
		plainCase{"bad first", `{ entities(search: "a", first: -1) { totalCount } }`, nil, false},
		plainCase{"neighborhood too deep", `query($id: ID!) { entity(id: $id) { neighborhood(depth: 9) { truncated } } }`,
			map[string]any{"id": id}, false},
		plainCase{"path too long", `query($id: ID!) { path(from: $id, to: $id, maxHops: 99) { length } }`,
			map[string]any{"id": id}, false},
		// Fields the writer does not answer: gqlgen answers the whole root field.
		plainCase{"unsupported field", `query($id: ID!) { entity(id: $id) { name roles { title } } }`,
			map[string]any{"id": id}, false},
		plainCase{"unsupported nested", `query($id: ID!) { entity(id: $id) { relations { edges { node { evidence { document { id } } } } } } }`,
			map[string]any{"id": id}, false},
		plainCase{"deferred", `query($id: ID!) { entity(id: $id) { name ... @defer { id } } }`,
			map[string]any{"id": id}, false},
		plainCase{"mutation untouched", `mutation { renameEntity(id: "zzz", name: "x") { id } }`, nil, false},
	)
	checkPlainCases(t, st, cases)
	t.Logf("%d requests compared", len(cases))
}
