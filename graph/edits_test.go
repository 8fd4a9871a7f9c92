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
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// exportQuery reads everything the API shows about the graph.
const exportQuery = `{ stats { documents entities relations events quotes mentions }
	entities(first: 50) { totalCount edges { node { id name type subtype kb aliases { text count }
		roles { title org orgEntity { id } count firstSeen lastSeen } mentionCount documentCount firstSeen lastSeen
		relations(first: 50) { totalCount edges { node { id type count confidence firstSeen lastSeen source { id } target { id }
			evidenceCount evidence(first: 50) { text start end sentence document { id } } } } }
		events(first: 50) { totalCount edges { node { id type cameo date participants { entity { id } role } location { id }
			confidence evidenceCount evidence(first: 50) { text document { id } } } } }
		quotes(first: 50) { edges { node { id text speaker { id } } } }
		mentions(first: 50) { totalCount edges { node { text start end sentence document { id } } } }
		documents(first: 50) { edges { node { id } } } } } }
	events(first: 50) { totalCount edges { node { id type participants { entity { id } } } } }
	documents(first: 50) { totalCount edges { node { id extId mentions { start end entity { id } } } } } }`

func export(t *testing.T, c *client.Client) string {
	t.Helper()
	resp, err := c.RawPost(exportQuery)
	if err != nil || resp.Errors != nil {
		t.Fatalf("export: %v %s", err, resp.Errors)
	}
	b, err := json.Marshal(resp.Data)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func storeDump(t *testing.T, st *store.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := st.Dump(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestMergeThenSplit(t *testing.T) {
	c, st := newTestClient(t, graph.ServerConfig{ComplexityLimit: 1 << 30})
	biden, xi, putin := entityID(t, c, "Joe Biden"), entityID(t, c, "Xi Jinping"), entityID(t, c, "Vladimir Putin")
	beforeAPI, beforeStore := export(t, c), storeDump(t, st)

	var m struct {
		MergeEntities struct {
			Entity struct {
				ID, Name     string
				MentionCount int
				AliasNames   []string
				Relations    struct {
					Edges []struct {
						Node struct {
							Count  int
							Target struct{ ID string }
						}
					}
				}
			}
			Merge struct{ ID, FromID, FromName, At string }
		}
	}
	c.MustPost(`mutation($a: ID!, $b: ID!) { mergeEntities(into: $a, from: $b) {
		entity { id name mentionCount aliasNames relations { edges { node { count target { id } } } } }
		merge { id fromId fromName at } } }`, &m, client.Var("a", biden), client.Var("b", xi))
	me := m.MergeEntities
	if me.Entity.ID != biden || me.Entity.MentionCount != 3 || !strings.Contains(strings.Join(me.Entity.AliasNames, "|"), "Xi Jinping") {
		t.Errorf("merged entity = %+v; want Biden with Xi's mention and name", me.Entity)
	}
	if rs := me.Entity.Relations.Edges; len(rs) != 1 || rs[0].Node.Count != 2 || rs[0].Node.Target.ID != putin {
		t.Errorf("merged relations = %+v; want one MET_WITH Putin seen twice", rs)
	}
	if me.Merge.FromID != xi || me.Merge.FromName != "Xi Jinping" || me.Merge.At == "" {
		t.Errorf("merge record = %+v", me.Merge)
	}
	// The merge is recorded where clients can find it, and node() knows it.
	var rec struct {
		Entity struct{ Merges []struct{ ID string } }
		Node   struct{ FromName string }
	}
	c.MustPost(`query($e: ID!, $m: ID!) { entity(id: $e) { merges { id } } node(id: $m) { ... on Merge { fromName } } }`, &rec,
		client.Var("e", biden), client.Var("m", me.Merge.ID))
	if len(rec.Entity.Merges) != 1 || rec.Entity.Merges[0].ID != me.Merge.ID || rec.Node.FromName != "Xi Jinping" {
		t.Errorf("merges = %+v", rec)
	}
	var gone map[string]any
	wantCode(t, c.Post(`query($id: ID!) { entity(id: $id) { id } }`, &gone, client.Var("id", xi)), graph.CodeNotFound)
	// Every index follows: search finds the merged entity under the old name, paths are shorter.
	if got := entityID(t, c, "Joe Biden"); got != biden {
		t.Fatal("Biden lost")
	}
	var search struct {
		Entities struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	c.MustPost(`{ entities(search: "xi jinping") { edges { node { id } } } }`, &search)
	if len(search.Entities.Edges) == 0 || search.Entities.Edges[0].Node.ID != biden {
		t.Errorf("search for the absorbed name = %+v; want %s", search, biden)
	}

	var sp struct {
		SplitEntity struct {
			Entity   struct{ ID string }
			Restored struct{ ID, Name string }
		}
	}
	c.MustPost(`mutation($e: ID!, $m: ID) { splitEntity(id: $e, merge: $m) { entity { id } restored { id name } } }`, &sp,
		client.Var("e", biden), client.Var("m", me.Merge.ID))
	if sp.SplitEntity.Entity.ID != biden || sp.SplitEntity.Restored.ID != xi || sp.SplitEntity.Restored.Name != "Xi Jinping" {
		t.Errorf("split = %+v; want %s back as Xi Jinping", sp, xi)
	}
	if after := export(t, c); after != beforeAPI {
		t.Errorf("the API shows a different graph after merge and split:\nbefore %s\nafter  %s", beforeAPI, after)
	}
	if after := storeDump(t, st); after != beforeStore {
		t.Errorf("the store differs after merge and split")
	}

	// Error cases.
	var bad map[string]any
	merge := `mutation($a: ID!, $b: ID!) { mergeEntities(into: $a, from: $b) { merge { id } } }`
	wantCode(t, c.Post(merge, &bad, client.Var("a", biden), client.Var("b", biden)), graph.CodeConflict)
	wantCode(t, c.Post(merge, &bad, client.Var("a", biden), client.Var("b", "e999")), graph.CodeNotFound)
	wantCode(t, c.Post(merge, &bad, client.Var("a", biden), client.Var("b", "x")), graph.CodeBadID)
	split := `mutation($e: ID!, $m: ID) { splitEntity(id: $e, merge: $m) { entity { id } } }`
	wantCode(t, c.Post(split, &bad, client.Var("e", biden)), graph.CodeNotFound) // nothing left to split
	wantCode(t, c.Post(split, &bad, client.Var("e", biden), client.Var("m", biden)), graph.CodeBadID)
	wantCode(t, c.Post(split, &bad, client.Var("e", biden), client.Var("m", "m99")), graph.CodeNotFound)

	// A merge whose entity changed since cannot be split exactly: CONFLICT.
	c.MustPost(merge, &bad, client.Var("a", biden), client.Var("b", xi))
	var rn map[string]any
	c.MustPost(`mutation($e: ID!) { renameEntity(id: $e, name: "Joseph R. Biden") { id } }`, &rn, client.Var("e", biden))
	wantCode(t, c.Post(split, &bad, client.Var("e", biden)), graph.CodeConflict)
}

func TestRenameEntity(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	biden := entityID(t, c, "Joe Biden")
	q := `mutation($e: ID!, $n: String!) { renameEntity(id: $e, name: $n) { id name aliasNames } }`
	var r struct {
		RenameEntity struct {
			ID, Name   string
			AliasNames []string
		}
	}
	c.MustPost(q, &r, client.Var("e", biden), client.Var("n", "Joseph R. Biden"))
	if r.RenameEntity.Name != "Joseph R. Biden" || !strings.Contains(strings.Join(r.RenameEntity.AliasNames, "|"), "Joe Biden") {
		t.Errorf("renamed = %+v; want the new name with the old one kept as an alias", r.RenameEntity)
	}
	if got := entityID(t, c, "Joseph R. Biden"); got != biden {
		t.Errorf("search for the new name = %s; want %s", got, biden)
	}
	c.MustPost(q, &r, client.Var("e", biden), client.Var("n", "Joseph R. Biden")) // idempotent
	var bad map[string]any
	wantCode(t, c.Post(q, &bad, client.Var("e", biden), client.Var("n", "  ...  ")), graph.CodeBadUserInput)
	wantCode(t, c.Post(q, &bad, client.Var("e", "e999"), client.Var("n", "X")), graph.CodeNotFound)
	wantCode(t, c.Post(q, &bad, client.Var("e", "d1"), client.Var("n", "X")), graph.CodeBadID)
}

func TestDeleteDocument(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	var doc struct{ DocumentByExtID struct{ ID string } }
	c.MustPost(`{ documentByExtId(extId: "doc-2") { id } }`, &doc)
	q := `mutation($d: ID!) { deleteDocument(id: $d) { deleted entities relations events quotes } }`
	var r struct {
		DeleteDocument struct {
			Deleted                             bool
			Entities, Relations, Events, Quotes int
		}
	}
	c.MustPost(q, &r, client.Var("d", doc.DocumentByExtID.ID))
	// Xi and Beijing were only in doc-2; so were Xi's relation and the visit.
	if d := r.DeleteDocument; !d.Deleted || d.Entities != 2 || d.Relations != 1 || d.Events != 1 || d.Quotes != 0 {
		t.Errorf("deleteDocument(doc-2) = %+v; want 2 entities, 1 relation, 1 event removed", d)
	}
	var after struct {
		Stats    struct{ Documents, Entities, Relations, Events int }
		Entities struct {
			Edges []struct {
				Node struct {
					Name                        string
					MentionCount, DocumentCount int
					LastSeen                    string
				}
			}
		}
		SearchDocuments struct{ TotalCount int }
	}
	c.MustPost(`{ stats { documents entities relations events }
		entities(search: "putin") { edges { node { name mentionCount documentCount lastSeen } } }
		searchDocuments(query: "beijing") { totalCount } }`, &after)
	if s := after.Stats; s.Documents != 2 || s.Entities != 8 || s.Relations != 1 || s.Events != 1 {
		t.Errorf("stats after delete = %+v; want 2 documents, 8 entities, 1 relation, 1 event", s)
	}
	if es := after.Entities.Edges; len(es) != 1 || es[0].Node.MentionCount != 1 || es[0].Node.DocumentCount != 1 || es[0].Node.LastSeen != "2024-03-04" {
		t.Errorf("Putin after delete = %+v; want 1 mention in 1 document, last seen 2024-03-04", es)
	}
	if after.SearchDocuments.TotalCount != 0 {
		t.Errorf("the deleted document is still found by its words")
	}
	// Deleting again is harmless; bad ids are errors.
	c.MustPost(q, &r, client.Var("d", doc.DocumentByExtID.ID))
	if r.DeleteDocument.Deleted {
		t.Errorf("second delete = %+v; want deleted false", r.DeleteDocument)
	}
	var bad map[string]any
	wantCode(t, c.Post(q, &bad, client.Var("d", "e1")), graph.CodeBadID)
}

func TestIngestDocuments(t *testing.T) {
	st := openStore(t)
	c, _ := newTestClient(t, graph.ServerConfig{Store: st, Ingester: capIngester{st}})
	q := `mutation($in: [DocumentInput!]!) { ingestDocuments(inputs: $in) { skipped entities document { extId } } }`
	in := []map[string]any{
		{"id": "a", "text": "Ada Lovelace wrote to Charles Babbage."},
		{"id": "b", "text": "Charles Babbage built the Difference Engine.", "published": "1822-06-14"},
	}
	var r struct {
		IngestDocuments []struct {
			Skipped  bool
			Entities int
			Document struct{ ExtID string }
		}
	}
	c.MustPost(q, &r, client.Var("in", in))
	if len(r.IngestDocuments) != 2 || r.IngestDocuments[0].Document.ExtID != "a" || r.IngestDocuments[1].Document.ExtID != "b" || r.IngestDocuments[0].Skipped {
		t.Fatalf("ingestDocuments = %+v", r.IngestDocuments)
	}
	c.MustPost(q, &r, client.Var("in", in))
	if !r.IngestDocuments[0].Skipped || !r.IngestDocuments[1].Skipped {
		t.Errorf("second ingestDocuments = %+v; want both skipped", r.IngestDocuments)
	}
	// One bad input fails the call before anything is stored.
	before, _ := st.Stats(context.Background())
	var bad map[string]any
	wantCode(t, c.Post(q, &bad, client.Var("in", []map[string]any{{"text": "Fine Text."}, {"text": " "}})), graph.CodeBadUserInput)
	wantCode(t, c.Post(q, &bad, client.Var("in", []map[string]any{{"text": "Fine Text."}, {"text": "x", "published": "soon"}})), graph.CodeBadUserInput)
	if after, _ := st.Stats(context.Background()); after != before {
		t.Errorf("a refused batch stored something: %+v -> %+v", before, after)
	}
	many := make([]map[string]any, 101)
	for i := range many {
		many[i] = map[string]any{"text": fmt.Sprintf("Doc %d.", i)}
	}
	wantCode(t, c.Post(q, &bad, client.Var("in", many)), graph.CodeBadUserInput)
	ro, _ := newTestClient(t, graph.ServerConfig{Store: st})
	wantCode(t, ro.Post(q, &bad, client.Var("in", in)), graph.CodeIngestDisabled)
}

func TestSubscriptions(t *testing.T) {
	st := openStore(t)
	srv := httptest.NewServer(graph.NewHandler(graph.ServerConfig{Store: st, Ingester: capIngester{st}}))
	defer srv.Close()
	c := client.New(srv.Config.Handler, client.Path("/graphql"))
	docs := c.Websocket(`subscription { documentIngested { extId title } }`)
	defer docs.Close()
	events := c.Websocket(`subscription { eventCreated(types: ["MEET"]) { type trigger } }`)
	defer events.Close()

	// The subscription resolver returns once the change feed is live, but the
	// client does not learn when that happened: ingest until a message comes.
	got := make(chan string, 4)
	go func() {
		var msg struct {
			DocumentIngested struct{ ExtID, Title string }
		}
		if err := docs.Next(&msg); err == nil {
			got <- msg.DocumentIngested.ExtID
		}
	}()
	deadline := time.After(10 * time.Second)
	var first string
	for i := 0; first == ""; i++ {
		var r map[string]any
		c.MustPost(`mutation($in: DocumentInput!) { ingestDocument(input: $in) { skipped } }`, &r,
			client.Var("in", map[string]any{"id": fmt.Sprintf("live-%d", i), "title": "Live", "text": fmt.Sprintf("Breaking News number %d.", i)}))
		select {
		case first = <-got:
		case <-time.After(200 * time.Millisecond):
		case <-deadline:
			t.Fatal("no documentIngested message within 10s")
		}
	}
	if !strings.HasPrefix(first, "live-") {
		t.Errorf("documentIngested sent %q; want one of the live documents", first)
	}

	// Events: the store-level ingest of an analysed document with a MEET.
	evc := make(chan string, 4)
	go func() {
		var msg struct {
			EventCreated struct{ Type, Trigger string }
		}
		if err := events.Next(&msg); err == nil {
			evc <- msg.EventCreated.Type
		}
	}()
	for i := 0; ; i++ {
		seedDoc := store.IngestDoc{Doc: store.Document{ExtID: fmt.Sprintf("ev-%d", i), Published: "2024-03-04", Text: text1}, Analysis: analysis1(t)}
		seedDoc.Analysis.Events[0].Date = fmt.Sprintf("2024-03-%02d", 1+i%28) // a new event each time
		ingest(t, st, seedDoc)
		select {
		case typ := <-evc:
			if typ != "MEET" {
				t.Errorf("eventCreated sent %s; want MEET", typ)
			}
			return
		case <-time.After(200 * time.Millisecond):
		case <-deadline:
			t.Fatal("no eventCreated message within 10s")
		}
	}
}

func TestLimits(t *testing.T) {
	st := openStore(t)
	seed(t, st)
	srv := httptest.NewServer(graph.NewHandler(graph.ServerConfig{Store: st, MaxDepth: 6}))
	defer srv.Close()
	post := func(body []byte) (int, string) {
		t.Helper()
		code, resp := postJSON(t, srv.URL+"/graphql", body)
		errs, _ := resp["errors"].([]any)
		if len(errs) != 1 {
			t.Fatalf("response %d %v; want one error", code, resp)
		}
		ext, _ := errs[0].(map[string]any)["extensions"].(map[string]any)
		s, _ := ext["code"].(string)
		return code, s
	}
	deep, _ := json.Marshal(map[string]string{"query": `{ entities(first: 1) { edges { node { relations(first: 1) { edges { node { source { relations(first: 1) { edges { node { id } } } } } } } } } } }`})
	if _, code := post(deep); code != graph.CodeDepthLimit {
		t.Errorf("deep query: code %s; want %s", code, graph.CodeDepthLimit)
	}
	introspection, _ := json.Marshal(map[string]string{"query": `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`})
	if code, resp := postJSON(t, srv.URL+"/graphql", introspection); code != 200 || resp["errors"] != nil {
		t.Errorf("introspection = %d %v; want it to pass the depth limit", code, resp)
	}
	complex, _ := json.Marshal(map[string]string{"query": `{ entities(first: 100) { edges { node { neighborhood(limit: 500) { nodes { entity { id } } } } } } }`})
	if _, code := post(complex); code != graph.CodeComplexityLimit {
		t.Errorf("complex query: code %s; want %s", code, graph.CodeComplexityLimit)
	}
	big, _ := json.Marshal(map[string]string{"query": "{ stats { documents } }", "pad": strings.Repeat("x", graph.DefaultMaxBodyBytes)})
	if status, code := post(big); status != http.StatusRequestEntityTooLarge || code != graph.CodeBodyTooLarge {
		t.Errorf("big body: %d %s; want 413 %s", status, code, graph.CodeBodyTooLarge)
	}
	// The same without a declared length (chunked upload).
	req, _ := http.NewRequest("POST", srv.URL+"/graphql", struct{ *bytes.Reader }{bytes.NewReader(big)})
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked big body = %d; want 413", res.StatusCode)
	}
	first, _ := json.Marshal(map[string]string{"query": `{ entities(first: 101) { totalCount } }`})
	if _, code := post(first); code != graph.CodeBadUserInput {
		t.Errorf("first: 101: code %s; want %s", code, graph.CodeBadUserInput)
	}
}
