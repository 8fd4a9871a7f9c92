package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/guard"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Two reports of one meeting that spell Lavrov differently; the gazetteer
// gives both spellings the knowledge-base key SERGEY_LAVROV.
const (
	lavText1 = `John Kerry met Sergei Lavrov in Paris. Lavrov said: "Useful talks."`
	lavText2 = `Sergey Lavrov said he met John Kerry in Paris on Sunday. Lavrov said: "A frank exchange."`
)

func lavrovDoc(t testing.TB, ext, published, text, name string) store.IngestDoc {
	q := strings.TrimSuffix(text[strings.Index(text, `"`)+1:], `"`)
	qs, qe := at(t, text, q, 0)
	meet := "John Kerry met Sergei Lavrov in Paris."
	rel := "John Kerry met Sergei Lavrov"
	if name == "Sergey Lavrov" {
		meet, rel = "met John Kerry in Paris on Sunday.", "he met John Kerry"
	}
	a := &extract.Analysis{
		Sentences: sentences(text),
		Entities: []extract.Entity{
			{ID: "k", Name: "John Kerry", Type: extract.Person, KB: "JOHN_KERRY", Aliases: []string{"John Kerry"},
				Mentions: []extract.Mention{mention(t, text, "John Kerry", 0, 0)}},
			{ID: "l", Name: name, Type: extract.Person, KB: "SERGEY_LAVROV", Aliases: []string{name, "Lavrov"},
				Roles:    []extract.Role{{Title: "Foreign Minister", Org: "Russia"}},
				Mentions: []extract.Mention{mention(t, text, name, 0, 0), mention(t, text, "Lavrov", 1, 1)}},
			{ID: "p", Name: "Paris", Type: extract.Location, Subtype: extract.City, KB: "FRA/PARIS", Aliases: []string{"Paris"},
				Mentions: []extract.Mention{mention(t, text, "Paris", 0, 0)}},
		},
		Relations: []extract.Relation{{Type: "MET_WITH", Source: "k", Target: "l", Confidence: 0.8,
			Evidence: evidence(t, text, rel, 0)}},
		Events: []extract.Event{{Type: "MEET", CAMEO: "040", Trigger: "met", Date: "2014-03-30", DatePrecision: "day",
			Participants: []extract.Participant{{Entity: "k", Role: "AGENT"}, {Entity: "l", Role: "PARTICIPANT"}},
			Location:     "p", Confidence: 0.8, Evidence: evidence(t, text, meet, 0)}},
		Quotes: []extract.Quote{{Speaker: "l", Text: q, Direct: true, Start: qs, End: qe, Sentence: 1}},
	}
	return store.IngestDoc{Doc: store.Document{ExtID: ext, Title: ext, Published: published, Text: text}, Analysis: a}
}

func lavrovDocs(t testing.TB) []store.IngestDoc {
	return []store.IngestDoc{
		lavrovDoc(t, "lav-1", "2014-03-30", lavText1, "Sergei Lavrov"),
		lavrovDoc(t, "lav-2", "2014-04-02", lavText2, "Sergey Lavrov"),
	}
}

// factsQuery lists every piece of evidence the API shows, with the entities
// it involves, so two graphs can be compared fact by fact.
const factsQuery = `{ entities(first: 100) { edges { node { id
	mentions(first: 100) { edges { node { text start end document { extId } } } }
	relations(first: 100, direction: OUT) { edges { node { type target { id } evidence(first: 100) { text start document { extId } } } } }
	events(first: 100) { edges { node { type date location { id } participants { entity { id } role }
		evidence(first: 100) { text start document { extId } } } } }
	quotes(first: 100) { edges { node { text evidence { start document { extId } } } } } } } } }`

// fact is one piece of evidence: doc is the document it comes from, line
// says what it supports, naming entities by id.
type fact struct{ doc, line string }

func facts(t *testing.T, c *client.Client) []fact {
	t.Helper()
	type doc struct{ ExtID string }
	type ev struct {
		Text     string
		Start    int
		Document doc
	}
	var resp struct {
		Entities struct {
			Edges []struct {
				Node struct {
					ID       string
					Mentions struct {
						Edges []struct {
							Node struct {
								Text       string
								Start, End int
								Document   doc
							}
						}
					}
					Relations struct {
						Edges []struct {
							Node struct {
								Type     string
								Target   struct{ ID string }
								Evidence []ev
							}
						}
					}
					Events struct {
						Edges []struct {
							Node struct {
								Type, Date   string
								Location     *struct{ ID string }
								Participants []struct {
									Entity struct{ ID string }
									Role   string
								}
								Evidence []ev
							}
						}
					}
					Quotes struct {
						Edges []struct {
							Node struct {
								Text     string
								Evidence ev
							}
						}
					}
				}
			}
		}
	}
	c.MustPost(factsQuery, &resp)
	var out []fact
	for _, e := range resp.Entities.Edges {
		n := e.Node
		for _, m := range n.Mentions.Edges {
			out = append(out, fact{m.Node.Document.ExtID, fmt.Sprintf("mention %s %d-%d %q", n.ID, m.Node.Start, m.Node.End, m.Node.Text)})
		}
		for _, r := range n.Relations.Edges {
			for _, x := range r.Node.Evidence {
				out = append(out, fact{x.Document.ExtID, fmt.Sprintf("relation %s %s %s @%d %q", n.ID, r.Node.Type, r.Node.Target.ID, x.Start, x.Text)})
			}
		}
		for _, v := range n.Events.Edges {
			var parts []string
			for _, p := range v.Node.Participants {
				parts = append(parts, p.Entity.ID+":"+p.Role)
			}
			loc := ""
			if v.Node.Location != nil {
				loc = v.Node.Location.ID
			}
			for _, x := range v.Node.Evidence {
				out = append(out, fact{x.Document.ExtID, fmt.Sprintf("event of %s: %s %s %v at %s @%d %q", n.ID, v.Node.Type, v.Node.Date, parts, loc, x.Start, x.Text)})
			}
		}
		for _, q := range n.Quotes.Edges {
			out = append(out, fact{q.Node.Evidence.Document.ExtID, fmt.Sprintf("quote %s @%d %q", n.ID, q.Node.Evidence.Start, q.Node.Text)})
		}
	}
	return out
}

const entityView = `query($id: ID!) { entity(id: $id) { name type kb aliases { text count }
	roles { title org count firstSeen lastSeen } mentionCount documentCount firstSeen lastSeen } }`

// view is an entity as the API shows it, without its id.
func view(t *testing.T, c *client.Client, id string) string {
	t.Helper()
	resp, err := c.RawPost(entityView, client.Var("id", id))
	if err != nil || resp.Errors != nil {
		t.Fatalf("entity %s: %v %s", id, err, resp.Errors)
	}
	b, err := json.Marshal(resp.Data)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func newLavrovClient(t *testing.T, docs ...store.IngestDoc) (*client.Client, *store.Store, string) {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(dir, store.Options{GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ingest(t, st, docs...)
	return client.New(graph.NewHandler(graph.ServerConfig{Store: st, ComplexityLimit: 1 << 30}), client.Path("/graphql")), st, dir
}

type resolutionNode struct {
	ID, Rule, Matched, Name, CanonicalName, At string
	Forms                                      []string
	Document                                   struct{ ExtID string }
	Entity                                     *struct{ ID string }
	UndoneAt                                   *string
	SeparatedInto                              *struct{ ID string }
}

const resolutionFields = `id rule matched name forms canonicalName at document { extId } entity { id } undoneAt separatedInto { id }`

func resolutionsOf(t *testing.T, c *client.Client, id string) []resolutionNode {
	t.Helper()
	var resp struct {
		Entity struct {
			Resolutions struct {
				TotalCount int
				Edges      []struct{ Node resolutionNode }
			}
		}
	}
	c.MustPost(`query($id: ID!) { entity(id: $id) { resolutions(first: 100) { totalCount edges { node { `+resolutionFields+` } } } } }`,
		&resp, client.Var("id", id))
	var out []resolutionNode
	for _, e := range resp.Entity.Resolutions.Edges {
		out = append(out, e.Node)
	}
	if resp.Entity.Resolutions.TotalCount != len(out) {
		t.Errorf("resolutions of %s: totalCount %d, %d edges", id, resp.Entity.Resolutions.TotalCount, len(out))
	}
	return out
}

const unlinkMutation = `mutation($e: ID!, $d: ID!) { unlinkDocument(entity: $e, document: $d) {
	entity { id name documentCount aliasNames } separated { id name kb documentCount mentionCount aliasNames }
	resolutions { ` + resolutionFields + ` } } }`

type unlinkResp struct {
	UnlinkDocument struct {
		Entity struct {
			ID, Name      string
			DocumentCount int
			AliasNames    []string
		}
		Separated struct {
			ID, Name                    string
			Kb                          *string
			DocumentCount, MentionCount int
			AliasNames                  []string
		}
		Resolutions []resolutionNode
	}
}

func docID(t *testing.T, c *client.Client, ext string) string {
	t.Helper()
	var d struct{ DocumentByExtID struct{ ID string } }
	c.MustPost(`query($x: String!) { documentByExtId(extId: $x) { id } }`, &d, client.Var("x", ext))
	return d.DocumentByExtID.ID
}

func TestResolutionRecordAndUnlink(t *testing.T) {
	c, st, dir := newLavrovClient(t, lavrovDocs(t)...)
	lavrov, kerry := entityID(t, c, "Sergei Lavrov"), entityID(t, c, "John Kerry")
	doc2 := docID(t, c, "lav-2")

	// The two spellings are one entity, and the link is recorded.
	rs := resolutionsOf(t, c, lavrov)
	if len(rs) != 1 || rs[0].Rule != "KB" || rs[0].Matched != "SERGEY_LAVROV" || rs[0].Name != "Sergey Lavrov" ||
		rs[0].CanonicalName != "Sergei Lavrov" || rs[0].Document.ExtID != "lav-2" || rs[0].Entity == nil ||
		rs[0].Entity.ID != lavrov || rs[0].UndoneAt != nil || rs[0].SeparatedInto != nil || !slices.Equal(rs[0].Forms, []string{"Sergey Lavrov", "Lavrov"}) {
		t.Fatalf("resolutions of Lavrov = %+v; want lav-2's Sergey Lavrov linked by KB key", rs)
	}
	var node struct{ Node struct{ Rule, Name string } }
	c.MustPost(`query($id: ID!) { node(id: $id) { ... on Resolution { rule name } } }`, &node, client.Var("id", rs[0].ID))
	if node.Node.Rule != "KB" || node.Node.Name != "Sergey Lavrov" {
		t.Errorf("node(%s) = %+v", rs[0].ID, node)
	}
	for _, id := range []string{kerry, entityID(t, c, "Paris")} {
		if got := resolutionsOf(t, c, id); len(got) != 0 {
			t.Errorf("resolutions of %s = %+v; want none (linked by exact name)", id, got)
		}
	}
	before := facts(t, c)
	var stats0 struct {
		Stats struct{ Entities, Relations, Events, Mentions, Quotes int }
	}
	c.MustPost(`{ stats { entities relations events mentions quotes } }`, &stats0)

	var u unlinkResp
	c.MustPost(unlinkMutation, &u, client.Var("e", lavrov), client.Var("d", doc2))
	ul := u.UnlinkDocument
	sep := ul.Separated.ID
	if ul.Entity.ID != lavrov || ul.Entity.DocumentCount != 1 || sep == "" || sep == lavrov || ul.Separated.Name != "Sergey Lavrov" ||
		ul.Separated.Kb != nil || ul.Separated.DocumentCount != 1 || ul.Separated.MentionCount != 2 ||
		len(ul.Resolutions) != 1 || ul.Resolutions[0].ID != rs[0].ID || ul.Resolutions[0].UndoneAt == nil ||
		ul.Resolutions[0].SeparatedInto == nil || ul.Resolutions[0].SeparatedInto.ID != sep {
		t.Fatalf("unlinkDocument = %+v", ul)
	}

	// The graph differs only in the separated document's evidence: every
	// fact from lav-1 is as it was, every fact from lav-2 names the new
	// entity where it named Lavrov.
	after := facts(t, c)
	lavrovRE := regexp.MustCompile(`\b` + lavrov + `\b`)
	var want, got, unchanged []string
	for _, f := range before {
		line := f.doc + " " + f.line
		unchanged = append(unchanged, line)
		if f.doc == "lav-2" {
			line = lavrovRE.ReplaceAllString(line, sep)
		}
		want = append(want, line)
	}
	for _, f := range after {
		got = append(got, f.doc+" "+f.line)
	}
	slices.Sort(want)
	slices.Sort(got)
	slices.Sort(unchanged)
	if !slices.Equal(got, want) {
		t.Errorf("facts after unlink differ beyond the separated document:\ngot  %q\nwant %q", got, want)
	}
	if slices.Equal(got, unchanged) || len(got) < 10 {
		t.Errorf("unlink changed no fact, or too few facts to tell: %q", got)
	}

	// Lavrov is what lav-1 alone makes of him; the separated entity is what
	// lav-2 alone makes of Sergey Lavrov, without the knowledge-base key.
	c1, _, _ := newLavrovClient(t, lavrovDocs(t)[0])
	if got, want := view(t, c, lavrov), view(t, c1, entityID(t, c1, "Sergei Lavrov")); got != want {
		t.Errorf("Lavrov after unlink:\n%s\nwant (lav-1 alone):\n%s", got, want)
	}
	c2, _, _ := newLavrovClient(t, lavrovDocs(t)[1])
	want2 := strings.Replace(view(t, c2, entityID(t, c2, "Sergey Lavrov")), `"kb":"SERGEY_LAVROV"`, `"kb":null`, 1)
	if got := view(t, c, sep); got != want2 {
		t.Errorf("separated entity:\n%s\nwant (lav-2 alone):\n%s", got, want2)
	}

	// Every index follows: counts, search, the neighbourhood.
	var stats1 struct {
		Stats struct{ Entities, Relations, Events, Mentions, Quotes int }
	}
	c.MustPost(`{ stats { entities relations events mentions quotes } }`, &stats1)
	s0, s1 := stats0.Stats, stats1.Stats
	if s1.Entities != s0.Entities+1 || s1.Relations != s0.Relations+1 || s1.Events != s0.Events+1 || s1.Mentions != s0.Mentions || s1.Quotes != s0.Quotes {
		t.Errorf("stats %+v after unlink; want one entity, relation and event more than %+v", s1, s0)
	}
	if got := entityID(t, c, "Sergey Lavrov"); got != sep {
		t.Errorf("search for Sergey Lavrov = %s; want %s", got, sep)
	}
	var nb struct {
		Entity struct {
			Neighborhood struct {
				Nodes []struct{ Entity struct{ ID string } }
			}
		}
	}
	c.MustPost(`query($id: ID!) { entity(id: $id) { neighborhood { nodes { entity { id } } } } }`, &nb, client.Var("id", kerry))
	var ids []string
	for _, n := range nb.Entity.Neighborhood.Nodes {
		ids = append(ids, n.Entity.ID)
	}
	if !slices.Contains(ids, lavrov) || !slices.Contains(ids, sep) {
		t.Errorf("Kerry's neighbourhood = %v; want both %s and %s", ids, lavrov, sep)
	}
	if got := resolutionsOf(t, c, sep); len(got) != 1 || got[0].UndoneAt == nil || got[0].Entity.ID != lavrov {
		t.Errorf("resolutions of the separated entity = %+v; want the undone link", got)
	}

	// The review listing finds the undone link, and no ALIAS link.
	var all struct {
		Undone, Alias, Standing struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	c.MustPost(`{ undone: resolutions(undone: true, first: 1) { totalCount edges { node { id } } }
		alias: resolutions(rule: ALIAS) { totalCount edges { node { id } } }
		standing: resolutions(undone: false) { totalCount edges { node { id } } } }`, &all)
	if all.Undone.TotalCount != 1 || len(all.Undone.Edges) != 1 || all.Undone.Edges[0].Node.ID != rs[0].ID ||
		all.Alias.TotalCount != 0 || all.Standing.TotalCount != 0 {
		t.Errorf("resolutions listing = %+v", all)
	}

	// Repeating returns the recorded result and changes nothing.
	dump := storeDump(t, st)
	var again unlinkResp
	c.MustPost(unlinkMutation, &again, client.Var("e", lavrov), client.Var("d", doc2))
	if again.UnlinkDocument.Separated.ID != sep || storeDump(t, st) != dump {
		t.Errorf("repeated unlink = %+v; want %s and no change", again.UnlinkDocument, sep)
	}

	// Errors.
	var bad map[string]any
	wantCode(t, c.Post(unlinkMutation, &bad, client.Var("e", doc2), client.Var("d", doc2)), graph.CodeBadID)
	wantCode(t, c.Post(unlinkMutation, &bad, client.Var("e", lavrov), client.Var("d", "d99")), graph.CodeNotFound)
	wantCode(t, c.Post(unlinkMutation, &bad, client.Var("e", sep), client.Var("d", docID(t, c, "lav-1"))), graph.CodeNotFound)
	wantCode(t, c.Post(unlinkMutation, &bad, client.Var("e", sep), client.Var("d", doc2)), graph.CodeConflict)

	// The records survive a restart.
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st2, err := store.Open(dir, store.Options{GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	c = client.New(graph.NewHandler(graph.ServerConfig{Store: st2, ComplexityLimit: 1 << 30}), client.Path("/graphql"))
	if got := resolutionsOf(t, c, sep); len(got) != 1 || got[0].ID != rs[0].ID || got[0].SeparatedInto.ID != sep {
		t.Errorf("after restart, resolutions = %+v", got)
	}
	c.MustPost(unlinkMutation, &again, client.Var("e", lavrov), client.Var("d", doc2))
	if again.UnlinkDocument.Separated.ID != sep {
		t.Errorf("after restart, repeated unlink = %+v", again.UnlinkDocument)
	}
}

// unlinkDocument is a mutation like the others: it needs the write token.
func TestUnlinkNeedsWriteToken(t *testing.T) {
	st := openStore(t)
	ingest(t, st, lavrovDocs(t)...)
	const token = "t0ken-for-unlink"
	srv := httptest.NewServer(guard.New(guard.Config{WriteToken: token}, graph.NewHandler(graph.ServerConfig{Store: st})))
	defer srv.Close()
	c := client.New(graph.NewHandler(graph.ServerConfig{Store: st}), client.Path("/graphql"))
	vars := map[string]any{"e": entityID(t, c, "Sergei Lavrov"), "d": docID(t, c, "lav-2")}
	send := func(auth string) (int, string) {
		b, _ := json.Marshal(map[string]any{"query": unlinkMutation, "variables": vars})
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out bytes.Buffer
		_, _ = out.ReadFrom(resp.Body)
		return resp.StatusCode, out.String()
	}
	before := storeDump(t, st)
	for _, auth := range []string{"", "wrong"} {
		if code, body := send(auth); code != http.StatusUnauthorized || !strings.Contains(body, guard.CodeUnauthenticated) {
			t.Errorf("unlink with token %q = %d %s; want 401 %s", auth, code, body, guard.CodeUnauthenticated)
		}
	}
	if storeDump(t, st) != before {
		t.Error("a refused unlink changed the store")
	}
	if code, body := send(token); code != http.StatusOK || !strings.Contains(body, `"separated":{"id"`) {
		t.Errorf("unlink with the token = %d %s", code, body)
	}
}

// Two people sharing a surname are not merged without evidence, and a bare
// surname matching both stays apart; with one of them known, the bare
// surname is linked to him, recorded as an ALIAS resolution.
func TestSurnameSharersThroughAPI(t *testing.T) {
	person := func(ext, day, text string, names ...string) store.IngestDoc {
		a := &extract.Analysis{Sentences: sentences(text)}
		e := extract.Entity{ID: "p", Name: names[0], Type: extract.Person, Aliases: names}
		for i, n := range names {
			e.Mentions = append(e.Mentions, mention(t, text, n, 0, i))
		}
		a.Entities = []extract.Entity{e}
		return store.IngestDoc{Doc: store.Document{ExtID: ext, Published: day, Text: text}, Analysis: a}
	}
	john := person("john", "2014-03-30", "John Kerry spoke. Kerry left.", "John Kerry", "Kerry")
	cameron := person("cameron", "2014-03-31", "Cameron Kerry spoke. Kerry left.", "Cameron Kerry", "Kerry")
	bare := person("bare", "2014-04-01", "Kerry spoke.", "Kerry")

	c, _, _ := newLavrovClient(t, john, cameron, bare)
	var resp struct {
		Entities struct {
			Edges []struct {
				Node struct {
					Name          string
					DocumentCount int
					Resolutions   struct{ TotalCount int }
				}
			}
		}
	}
	c.MustPost(`{ entities(search: "kerry", types: [PERSON]) { edges { node { name documentCount resolutions { totalCount } } } } }`, &resp)
	var names []string
	for _, e := range resp.Entities.Edges {
		names = append(names, e.Node.Name)
		if e.Node.DocumentCount != 1 || e.Node.Resolutions.TotalCount != 0 {
			t.Errorf("%+v; want one document and no resolution", e.Node)
		}
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"Cameron Kerry", "John Kerry", "Kerry"}) {
		t.Errorf("Kerrys = %q; want John, Cameron and the bare Kerry apart", names)
	}

	c2, _, _ := newLavrovClient(t, john, bare)
	jk := entityID(t, c2, "John Kerry")
	rs := resolutionsOf(t, c2, jk)
	if len(rs) != 1 || rs[0].Rule != "ALIAS" || rs[0].Matched != "kerry" || rs[0].Document.ExtID != "bare" {
		t.Fatalf("resolutions of John Kerry = %+v; want the bare Kerry linked by alias", rs)
	}
	var u unlinkResp
	c2.MustPost(unlinkMutation, &u, client.Var("e", jk), client.Var("d", docID(t, c2, "bare")))
	if u.UnlinkDocument.Separated.Name != "Kerry" || u.UnlinkDocument.Entity.Name != "John Kerry" || u.UnlinkDocument.Entity.DocumentCount != 1 {
		t.Errorf("unlink of the bare Kerry = %+v", u.UnlinkDocument)
	}
}
