package graph_test

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

func TestEntitySearch(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})

	var resp struct {
		Entities struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID, Name, Type string
					Subtype        *string
					AliasNames     []string
					Aliases        []struct {
						Text  string
						Count int
					}
					Roles []struct {
						Title string
						Org   *string
					}
					MentionCount, DocumentCount int
					FirstSeen, LastSeen         *string
				}
			}
		}
	}
	c.MustPost(`{ entities(search: "biden") { totalCount edges { node {
		id name type subtype aliasNames aliases { text count } roles { title org }
		mentionCount documentCount firstSeen lastSeen } } } }`, &resp)
	if len(resp.Entities.Edges) != 1 {
		t.Fatalf(`entities(search: "biden") returned %d edges; want 1: %+v`, len(resp.Entities.Edges), resp)
	}
	e := resp.Entities.Edges[0].Node
	if e.Name != "Joe Biden" || e.Type != "PERSON" || e.Subtype != nil {
		t.Errorf("entity = %q %s %v; want Joe Biden PERSON <nil>", e.Name, e.Type, e.Subtype)
	}
	if !slices.Contains(e.AliasNames, "Biden") || len(e.Aliases) != len(e.AliasNames) {
		t.Errorf("aliasNames = %v, aliases = %+v; want Biden among them", e.AliasNames, e.Aliases)
	}
	if len(e.Roles) != 1 || e.Roles[0].Title != "President" || e.Roles[0].Org == nil || *e.Roles[0].Org != "United States" {
		t.Errorf("roles = %+v; want President of United States", e.Roles)
	}
	if e.MentionCount != 2 || e.DocumentCount != 1 {
		t.Errorf("mentionCount, documentCount = %d, %d; want 2, 1", e.MentionCount, e.DocumentCount)
	}
	if e.FirstSeen == nil || *e.FirstSeen != "2024-03-04" {
		t.Errorf("firstSeen = %v; want 2024-03-04", e.FirstSeen)
	}

	// entity(id:) returns the same entity.
	var one struct {
		Entity struct{ ID, Name string }
	}
	c.MustPost(`query($id: ID!) { entity(id: $id) { id name } }`, &one, client.Var("id", e.ID))
	if one.Entity.ID != e.ID || one.Entity.Name != "Joe Biden" {
		t.Errorf("entity(%s) = %+v; want Joe Biden", e.ID, one.Entity)
	}

	// Type filter.
	var locs struct {
		Entities struct {
			TotalCount int
			Edges      []struct{ Node struct{ Name, Type string } }
		}
	}
	c.MustPost(`{ entities(types: [LOCATION]) { totalCount edges { node { name type } } } }`, &locs)
	var names []string
	for _, e := range locs.Entities.Edges {
		names = append(names, e.Node.Name)
		if e.Node.Type != "LOCATION" {
			t.Errorf("entities(types: [LOCATION]) returned %s of type %s", e.Node.Name, e.Node.Type)
		}
	}
	sort.Strings(names)
	if !slices.Equal(names, []string{"Beijing", "Geneva"}) || locs.Entities.TotalCount != 2 {
		t.Errorf("locations = %v (total %d); want [Beijing Geneva] (total 2)", names, locs.Entities.TotalCount)
	}
}

type entityPage struct {
	Entities struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct {
			Cursor string
			Node   struct{ ID string }
		}
	}
}

const entitiesPageQuery = `query($first: Int, $after: String) { entities(first: $first, after: $after) {
	totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`

func TestEntitiesPaging(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})

	var all entityPage
	c.MustPost(entitiesPageQuery, &all, client.Var("first", 100))
	if all.Entities.TotalCount != 10 || len(all.Entities.Edges) != 10 || all.Entities.PageInfo.HasNextPage {
		t.Fatalf("one page of 100: total %d, %d edges, hasNext %v; want 10, 10, false",
			all.Entities.TotalCount, len(all.Entities.Edges), all.Entities.PageInfo.HasNextPage)
	}
	var want []string
	for _, e := range all.Entities.Edges {
		want = append(want, e.Node.ID)
	}

	// Walk pages of 3 with endCursor.
	var got []string
	var after *string
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("paging does not terminate")
		}
		var p entityPage
		c.MustPost(entitiesPageQuery, &p, client.Var("first", 3), client.Var("after", after))
		for _, e := range p.Entities.Edges {
			got = append(got, e.Node.ID)
		}
		if p.Entities.TotalCount != 10 {
			t.Errorf("page %d totalCount = %d; want 10", pages, p.Entities.TotalCount)
		}
		if !p.Entities.PageInfo.HasNextPage {
			break
		}
		after = p.Entities.PageInfo.EndCursor
		if after == nil || *after != p.Entities.Edges[len(p.Entities.Edges)-1].Cursor {
			t.Fatalf("page %d endCursor %v is not the last edge's cursor", pages, after)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("pages of 3 = %v; want %v", got, want)
	}

	// Every edge cursor resumes right after its edge, not only the last one.
	var p1 entityPage
	c.MustPost(entitiesPageQuery, &p1, client.Var("first", 3))
	for i, e := range p1.Entities.Edges {
		var p entityPage
		c.MustPost(entitiesPageQuery, &p, client.Var("first", 2), client.Var("after", e.Cursor))
		var ids []string
		for _, e := range p.Entities.Edges {
			ids = append(ids, e.Node.ID)
		}
		if !slices.Equal(ids, want[i+1:i+3]) {
			t.Errorf("after edge %d: %v; want %v", i, ids, want[i+1:i+3])
		}
	}

	// first: 0 returns no edges but still knows there is more.
	var zero entityPage
	c.MustPost(entitiesPageQuery, &zero, client.Var("first", 0))
	if len(zero.Entities.Edges) != 0 || !zero.Entities.PageInfo.HasNextPage || zero.Entities.TotalCount != 10 {
		t.Errorf("first: 0 = %d edges, hasNext %v, total %d; want 0, true, 10",
			len(zero.Entities.Edges), zero.Entities.PageInfo.HasNextPage, zero.Entities.TotalCount)
	}
}

func TestDocumentsPaging(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	type docPage struct {
		Documents struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
			Edges []struct {
				Node struct {
					ExtID     string
					Published *string
					Sentences []struct {
						Index int
						Text  string
					}
				}
			}
		}
	}
	q := `query($after: String) { documents(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
		edges { node { extId published sentences { index text } } } } }`
	var p1, p2 docPage
	c.MustPost(q, &p1)
	if len(p1.Documents.Edges) != 2 || !p1.Documents.PageInfo.HasNextPage || p1.Documents.TotalCount != 3 {
		t.Fatalf("first page: %+v; want 2 of 3 with a next page", p1.Documents)
	}
	c.MustPost(q, &p2, client.Var("after", p1.Documents.PageInfo.EndCursor))
	if len(p2.Documents.Edges) != 1 || p2.Documents.PageInfo.HasNextPage {
		t.Fatalf("second page: %+v; want the last document", p2.Documents)
	}
	var exts []string
	for _, e := range append(p1.Documents.Edges, p2.Documents.Edges...) {
		exts = append(exts, e.Node.ExtID)
		if e.Node.ExtID == "doc-1" {
			s := e.Node.Sentences
			if len(s) != 2 || s[0].Text != "Joe Biden met Vladimir Putin in Geneva on Monday." {
				t.Errorf("doc-1 sentences = %+v", s)
			}
		}
	}
	sort.Strings(exts)
	if !slices.Equal(exts, []string{"doc-1", "doc-2", "doc-3"}) {
		t.Errorf("documents = %v; want doc-1..3", exts)
	}
}

func TestBadCursor(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})

	var resp map[string]any
	err := c.Post(`{ entities(after: "not a cursor!") { totalCount } }`, &resp)
	wantCode(t, err, graph.CodeBadCursor)

	// A well-formed cursor from another list is refused too.
	var docs struct {
		Documents struct{ PageInfo struct{ EndCursor string } }
	}
	c.MustPost(`{ documents(first: 1) { pageInfo { endCursor } } }`, &docs)
	err = c.Post(`query($a: String) { entities(after: $a) { totalCount } }`, &resp, client.Var("a", docs.Documents.PageInfo.EndCursor))
	wantCode(t, err, graph.CodeBadCursor)

	// ... and so is one from the same list with other arguments.
	var ents entityPage
	c.MustPost(entitiesPageQuery, &ents, client.Var("first", 1))
	err = c.Post(`query($a: String) { entities(search: "putin", after: $a) { totalCount } }`, &resp,
		client.Var("a", ents.Entities.PageInfo.EndCursor))
	wantCode(t, err, graph.CodeBadCursor)
}

func TestFirstLimits(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	var resp map[string]any

	e := wantCode(t, c.Post(`{ entities(first: 101) { totalCount } }`, &resp), graph.CodeBadUserInput)
	if e.Extensions["reason"] != "FIRST_TOO_LARGE" {
		t.Errorf("first: 101 extensions = %v; want reason FIRST_TOO_LARGE", e.Extensions)
	}
	wantCode(t, c.Post(`{ documents(first: -1) { totalCount } }`, &resp), graph.CodeBadUserInput)

	id := entityID(t, c, "Vladimir Putin")
	err := c.Post(`query($id: ID!) { entity(id: $id) { neighbors(first: 1000) { id } } }`, &resp, client.Var("id", id))
	wantCode(t, err, graph.CodeBadUserInput)
}

func TestBadAndUnknownIDs(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	docID := func() string {
		var resp struct {
			DocumentByExtID struct{ ID string }
		}
		c.MustPost(`{ documentByExtId(extId: "doc-1") { id } }`, &resp)
		return resp.DocumentByExtID.ID
	}()

	for _, tc := range []struct {
		query, id, code string
	}{
		{`query($id: ID!) { entity(id: $id) { name } }`, "e999999", graph.CodeNotFound},
		{`query($id: ID!) { entity(id: $id) { name } }`, "nonsense", graph.CodeBadID},
		{`query($id: ID!) { entity(id: $id) { name } }`, "e007", graph.CodeBadID},
		{`query($id: ID!) { entity(id: $id) { name } }`, docID, graph.CodeBadID},
		{`query($id: ID!) { document(id: $id) { title } }`, "d424242", graph.CodeNotFound},
		{`query($id: ID!) { event(id: $id) { type } }`, "v424242", graph.CodeNotFound},
		{`query($id: ID!) { relation(id: $id) { type } }`, "r424242", graph.CodeNotFound},
		{`query($id: ID!) { quote(id: $id) { text } }`, "q424242", graph.CodeNotFound},
		{`query($id: ID!) { node(id: $id) { id } }`, "e424242", graph.CodeNotFound},
		{`query($id: ID!) { node(id: $id) { id } }`, "x1", graph.CodeBadID},
		{`query($id: ID!) { quotes(speaker: $id) { totalCount } }`, "e", graph.CodeBadID},
	} {
		t.Run(tc.id, func(t *testing.T) {
			var resp map[string]any
			e := wantCode(t, c.Post(tc.query, &resp, client.Var("id", tc.id)), tc.code)
			if len(e.Path) == 0 {
				t.Errorf("error %q has no path", e.Message)
			}
		})
	}

	var resp map[string]any
	wantCode(t, c.Post(`{ documentByExtId(extId: "nope") { id } }`, &resp), graph.CodeNotFound)
}

func TestNodeDispatch(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	var ids struct {
		Entities struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Documents struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Events struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Quotes struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	c.MustPost(`{ entities(search: "joe biden") { edges { node { id } } }
		documents(first: 1) { edges { node { id } } }
		events(first: 1) { edges { node { id } } }
		quotes(first: 1) { edges { node { id } } } }`, &ids)
	var rel struct {
		Entity struct {
			Relations struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	c.MustPost(`query($id: ID!) { entity(id: $id) { relations { edges { node { id } } } } }`, &rel,
		client.Var("id", ids.Entities.Edges[0].Node.ID))

	for _, tc := range []struct{ id, typename string }{
		{ids.Entities.Edges[0].Node.ID, "Entity"},
		{ids.Documents.Edges[0].Node.ID, "Document"},
		{ids.Events.Edges[0].Node.ID, "Event"},
		{ids.Quotes.Edges[0].Node.ID, "Quote"},
		{rel.Entity.Relations.Edges[0].Node.ID, "Relation"},
	} {
		var resp struct {
			Node struct {
				Typename string `json:"__typename"`
				ID       string
			}
		}
		c.MustPost(`query($id: ID!) { node(id: $id) { __typename id } }`, &resp, client.Var("id", tc.id))
		if resp.Node.Typename != tc.typename || resp.Node.ID != tc.id {
			t.Errorf("node(%s) = %s %s; want %s %s", tc.id, resp.Node.Typename, resp.Node.ID, tc.typename, tc.id)
		}
	}
}

type eventsResp struct {
	Events struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				Type, Cameo, Trigger string
				Date                 *string
				Confidence           float64
				Participants         []struct {
					Role   string
					Entity struct{ Name string }
				}
				Location *struct{ Name string }
				Evidence []struct {
					Sentence, Start, End int
					Text                 string
					Document             struct{ ExtID string }
				}
			}
		}
	}
}

const eventsQuery = `query($f: EventFilter) { events(filter: $f) { totalCount edges { node {
	type cameo trigger date confidence participants { role entity { name } } location { name }
	evidence { sentence start end text document { extId } } } } } }`

func TestEventsFilter(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})

	var meet eventsResp
	c.MustPost(eventsQuery, &meet, client.Var("f", map[string]any{"types": []string{"MEET"}}))
	if len(meet.Events.Edges) != 1 {
		t.Fatalf("events(types: MEET) = %d events; want 1", len(meet.Events.Edges))
	}
	ev := meet.Events.Edges[0].Node
	if ev.Cameo != "040" || ev.Trigger != "met" || ev.Date == nil || *ev.Date != "2024-03-04" {
		t.Errorf("MEET event = %+v", ev)
	}
	var parts []string
	for _, p := range ev.Participants {
		parts = append(parts, p.Entity.Name+"/"+p.Role)
	}
	sort.Strings(parts)
	if !slices.Equal(parts, []string{"Joe Biden/AGENT", "Vladimir Putin/PARTICIPANT"}) {
		t.Errorf("participants = %v", parts)
	}
	if ev.Location == nil || ev.Location.Name != "Geneva" {
		t.Errorf("location = %v; want Geneva", ev.Location)
	}
	if len(ev.Evidence) != 1 || ev.Evidence[0].Document.ExtID != "doc-1" ||
		ev.Evidence[0].Text != "Joe Biden met Vladimir Putin in Geneva on Monday." || ev.Evidence[0].Start != 0 {
		t.Errorf("evidence = %+v", ev.Evidence)
	}

	putin := entityID(t, c, "Vladimir Putin")
	for _, tc := range []struct {
		name   string
		filter map[string]any
		want   []string
	}{
		{"all", nil, []string{"MEET", "VISIT"}},
		{"since month", map[string]any{"since": "2024-04"}, []string{"VISIT"}},
		{"until month", map[string]any{"until": "2024-03"}, []string{"MEET"}},
		{"since day", map[string]any{"since": "2024-03-04", "until": "2024-03-04"}, []string{"MEET"}},
		{"year", map[string]any{"since": "2024", "until": "2024"}, []string{"MEET", "VISIT"}},
		{"before", map[string]any{"until": "2023-12-31"}, nil},
		{"entity", map[string]any{"entity": putin}, []string{"MEET", "VISIT"}},
		{"entity and type", map[string]any{"entity": putin, "types": []string{"VISIT"}}, []string{"VISIT"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var resp eventsResp
			c.MustPost(eventsQuery, &resp, client.Var("f", tc.filter))
			var got []string
			for _, e := range resp.Events.Edges {
				got = append(got, e.Node.Type)
			}
			sort.Strings(got)
			if !slices.Equal(got, tc.want) || resp.Events.TotalCount != len(tc.want) {
				t.Errorf("events(%v) = %v (total %d); want %v", tc.filter, got, resp.Events.TotalCount, tc.want)
			}
		})
	}

	var resp map[string]any
	wantCode(t, c.Post(eventsQuery, &resp, client.Var("f", map[string]any{"since": "March"})), graph.CodeBadUserInput)
	wantCode(t, c.Post(eventsQuery, &resp, client.Var("f", map[string]any{"since": "2024-05", "until": "2024-04"})), graph.CodeBadUserInput)

	// The same filter through Entity.events.
	var ent struct {
		Entity struct {
			Events struct {
				Edges []struct{ Node struct{ Type string } }
			}
		}
	}
	c.MustPost(`query($id: ID!) { entity(id: $id) { events(since: "2024-05-01") { edges { node { type } } } } }`, &ent,
		client.Var("id", putin))
	if len(ent.Entity.Events.Edges) != 1 || ent.Entity.Events.Edges[0].Node.Type != "VISIT" {
		t.Errorf("Putin's events since May = %+v; want VISIT", ent.Entity.Events.Edges)
	}
}

func TestRelationsWithEvidence(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	putin := entityID(t, c, "Vladimir Putin")

	type relResp struct {
		Entity struct {
			Relations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Type          string
						Source        struct{ Name string }
						Target        struct{ Name string }
						Confidence    float64
						Count         int
						EvidenceCount int
						FirstSeen     *string
						Evidence      []struct {
							Text, Sentence any
							Document       struct{ ExtID string }
						}
					}
				}
			}
			Neighbors []struct{ Name string }
		}
	}
	q := `query($id: ID!, $dir: Direction) { entity(id: $id) {
		relations(direction: $dir) { totalCount edges { node { type source { name } target { name }
			confidence count evidenceCount firstSeen evidence { text sentence document { extId } } } } }
		neighbors(direction: $dir) { name } } }`

	var both relResp
	c.MustPost(q, &both, client.Var("id", putin))
	got := map[string]string{}
	for _, e := range both.Entity.Relations.Edges {
		n := e.Node
		if n.Type != "MET_WITH" || n.Count != 1 || n.EvidenceCount != 1 || len(n.Evidence) != 1 {
			t.Errorf("relation %+v; want MET_WITH seen once with one piece of evidence", n)
			continue
		}
		got[n.Source.Name+"->"+n.Target.Name] = n.Evidence[0].Document.ExtID + ": " + fmt.Sprint(n.Evidence[0].Text)
	}
	want := map[string]string{
		"Joe Biden->Vladimir Putin":  "doc-1: Joe Biden met Vladimir Putin",
		"Xi Jinping->Vladimir Putin": "doc-2: Xi Jinping welcomed Putin",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) || both.Entity.Relations.TotalCount != 2 {
		t.Errorf("Putin's relations = %v (total %d); want %v", got, both.Entity.Relations.TotalCount, want)
	}
	var neighbors []string
	for _, n := range both.Entity.Neighbors {
		neighbors = append(neighbors, n.Name)
	}
	sort.Strings(neighbors)
	if !slices.Equal(neighbors, []string{"Joe Biden", "Xi Jinping"}) {
		t.Errorf("Putin's neighbors = %v; want Joe Biden, Xi Jinping", neighbors)
	}

	// Putin is the target of both edges: nothing goes out.
	var out relResp
	c.MustPost(q, &out, client.Var("id", putin), client.Var("dir", "OUT"))
	if out.Entity.Relations.TotalCount != 0 || len(out.Entity.Neighbors) != 0 {
		t.Errorf("Putin's outgoing relations = %+v; want none", out.Entity)
	}
}

func TestPath(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	biden, xi := entityID(t, c, "Joe Biden"), entityID(t, c, "Xi Jinping")

	type pathResp struct {
		Path []struct {
			Length   int
			Entities []struct{ Name string }
			Hops     []struct {
				From     struct{ Name string }
				To       struct{ Name string }
				Relation struct{ Type string }
			}
		}
	}
	q := `query($a: ID!, $b: ID!, $max: Int) { path(from: $a, to: $b, maxHops: $max) {
		length entities { name } hops { from { name } to { name } relation { type } } } }`

	var resp pathResp
	c.MustPost(q, &resp, client.Var("a", biden), client.Var("b", xi))
	if len(resp.Path) != 1 {
		t.Fatalf("path(Biden, Xi) = %d paths; want 1: %+v", len(resp.Path), resp)
	}
	p := resp.Path[0]
	var names []string
	for _, e := range p.Entities {
		names = append(names, e.Name)
	}
	if p.Length != 2 || !slices.Equal(names, []string{"Joe Biden", "Vladimir Putin", "Xi Jinping"}) || len(p.Hops) != 2 {
		t.Errorf("path = length %d via %v; want 2 via Biden, Putin, Xi", p.Length, names)
	}
	for _, h := range p.Hops {
		if h.Relation.Type != "MET_WITH" {
			t.Errorf("hop %s -> %s over %s; want MET_WITH", h.From.Name, h.To.Name, h.Relation.Type)
		}
	}

	var short pathResp
	c.MustPost(q, &short, client.Var("a", biden), client.Var("b", xi), client.Var("max", 1))
	if len(short.Path) != 0 {
		t.Errorf("path with maxHops 1 = %+v; want none", short.Path)
	}

	var bad map[string]any
	wantCode(t, c.Post(q, &bad, client.Var("a", biden), client.Var("b", xi), client.Var("max", 7)), graph.CodeBadUserInput)
	wantCode(t, c.Post(q, &bad, client.Var("a", biden), client.Var("b", "d1")), graph.CodeBadID)
}

func TestStats(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	var resp struct {
		Stats struct{ Documents, Entities, Relations, Events, Quotes, Mentions int }
	}
	c.MustPost(`{ stats { documents entities relations events quotes mentions } }`, &resp)
	// Mentions: doc-1 has 4, doc-2 has 5, doc-3 has 5.
	want := struct{ Documents, Entities, Relations, Events, Quotes, Mentions int }{3, 10, 2, 2, 1, 14}
	if resp.Stats != want {
		t.Errorf("stats = %+v; want %+v", resp.Stats, want)
	}
}

func TestQuotesAndMentions(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	biden := entityID(t, c, "Joe Biden")

	var resp struct {
		Quotes struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Text     string
					Direct   bool
					Speaker  struct{ Name string }
					Evidence struct {
						Sentence int
						Document struct{ ExtID string }
					}
				}
			}
		}
		Entity struct {
			Mentions struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Text       string
						Start, End int
					}
				}
			}
			Documents struct {
				Edges []struct{ Node struct{ ExtID string } }
			}
		}
	}
	c.MustPost(`query($id: ID!) {
		quotes(speaker: $id) { totalCount edges { node { text direct speaker { name } evidence { sentence document { extId } } } } }
		entity(id: $id) { mentions { totalCount edges { node { text start end } } } documents { edges { node { extId } } } } }`,
		&resp, client.Var("id", biden))
	if resp.Quotes.TotalCount != 1 || len(resp.Quotes.Edges) != 1 {
		t.Fatalf("Biden's quotes = %+v; want 1", resp.Quotes)
	}
	q := resp.Quotes.Edges[0].Node
	if q.Text != "We had a good talk." || !q.Direct || q.Speaker.Name != "Joe Biden" || q.Evidence.Document.ExtID != "doc-1" || q.Evidence.Sentence != 1 {
		t.Errorf("quote = %+v", q)
	}
	m := resp.Entity.Mentions
	if m.TotalCount != 2 || len(m.Edges) != 2 {
		t.Fatalf("Biden's mentions = %+v; want 2", m)
	}
	for _, e := range m.Edges {
		if got := string([]rune(text1)[e.Node.Start:e.Node.End]); got != e.Node.Text {
			t.Errorf("mention %q at [%d,%d) reads %q in the text", e.Node.Text, e.Node.Start, e.Node.End, got)
		}
	}
	if d := resp.Entity.Documents.Edges; len(d) != 1 || d[0].Node.ExtID != "doc-1" {
		t.Errorf("Biden's documents = %+v; want doc-1", d)
	}
}

func TestDocumentEntities(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	var resp struct {
		DocumentByExtID struct {
			Entities struct {
				TotalCount int
				Edges      []struct{ Node struct{ Name string } }
			}
		}
	}
	c.MustPost(`{ documentByExtId(extId: "doc-2") { entities { totalCount edges { node { name } } } } }`, &resp)
	var names []string
	for _, e := range resp.DocumentByExtID.Entities.Edges {
		names = append(names, e.Node.Name)
	}
	sort.Strings(names)
	if !slices.Equal(names, []string{"Beijing", "Vladimir Putin", "Xi Jinping"}) || resp.DocumentByExtID.Entities.TotalCount != 3 {
		t.Errorf("doc-2 entities = %v (total %d); want Beijing, Vladimir Putin, Xi Jinping", names, resp.DocumentByExtID.Entities.TotalCount)
	}
}

// TestLongEvidence reports one relation in more articles than the store loads
// with the relation, so evidence, evidenceCount and evidenceConnection must
// go back to the store.
func TestLongEvidence(t *testing.T) {
	const n = store.MaxEvidenceLoaded + 7
	st := openStore(t)
	docs := make([]store.IngestDoc, n)
	for i := range docs {
		a := analysis1(t)
		a.Events, a.Quotes = nil, nil
		docs[i] = store.IngestDoc{Doc: store.Document{ExtID: fmt.Sprintf("rerun-%02d", i), Published: "2024-03-04",
			Text: text1 + strings.Repeat(" ", i)}, Analysis: a}
	}
	ingest(t, st, docs...)
	c, _ := newTestClient(t, graph.ServerConfig{Store: st})
	biden := entityID(t, c, "Joe Biden")

	type relResp struct {
		Entity struct {
			Relations struct {
				Edges []struct {
					Node struct {
						Count, EvidenceCount int
						Evidence             []struct{ Text string }
						EvidenceConnection   struct {
							TotalCount int
							PageInfo   struct {
								HasNextPage bool
								EndCursor   *string
							}
							Edges []struct {
								Node struct{ Document struct{ ExtID string } }
							}
						}
					}
				}
			}
		}
	}
	q := `query($id: ID!, $after: String) { entity(id: $id) { relations(first: 1) { edges { node { count evidenceCount
		evidence(first: 100) { text }
		evidenceConnection(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { document { extId } } } } } } } } }`
	seen := map[string]bool{}
	var after *string
	for pages := 0; pages < 10; pages++ {
		var resp relResp
		c.MustPost(q, &resp, client.Var("id", biden), client.Var("after", after))
		if len(resp.Entity.Relations.Edges) != 1 {
			t.Fatalf("Biden's relations = %+v; want 1", resp.Entity.Relations)
		}
		r := resp.Entity.Relations.Edges[0].Node
		if pages == 0 && (r.Count != n || r.EvidenceCount != n || len(r.Evidence) != n || r.EvidenceConnection.TotalCount != n) {
			t.Errorf("relation count %d, evidenceCount %d, evidence %d, totalCount %d; want all %d",
				r.Count, r.EvidenceCount, len(r.Evidence), r.EvidenceConnection.TotalCount, n)
		}
		for _, e := range r.EvidenceConnection.Edges {
			seen[e.Node.Document.ExtID] = true
		}
		if !r.EvidenceConnection.PageInfo.HasNextPage {
			break
		}
		after = r.EvidenceConnection.PageInfo.EndCursor
	}
	if len(seen) != n {
		t.Errorf("evidenceConnection pages covered %d documents; want %d", len(seen), n)
	}
}

// BenchmarkEntityPage measures a typical UI request: a page of entities with
// their relations and both ends of each, which exercises the dataloaders.
func BenchmarkEntityPage(b *testing.B) {
	c, _ := newTestClient(b, graph.ServerConfig{})
	q := `{ entities(first: 10) { edges { node { id name type relations(first: 10) { edges { node {
		type source { name } target { name } evidence { text document { title } } } } } } } } }`
	var resp map[string]any
	b.ReportAllocs()
	for b.Loop() {
		c.MustPost(q, &resp)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
}

// TestRelationEdgeCursors: every edge cursor of a relation page (encoded on
// demand, see pageCursors) resumes right after its edge, the last one too
// (which carries the store's keyset cursor rather than a skip).
func TestRelationEdgeCursors(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	var ents struct {
		Entities struct {
			Edges []struct {
				Node struct {
					ID        string
					Relations struct{ TotalCount int }
				}
			}
		}
	}
	c.MustPost(`{ entities(first: 100) { edges { node { id relations(first: 0) { totalCount } } } } }`, &ents)
	id, most := "", 0
	for _, e := range ents.Entities.Edges {
		if n := e.Node.Relations.TotalCount; n > most {
			id, most = e.Node.ID, n
		}
	}
	if most < 2 {
		t.Fatalf("the fixture's best connected entity has %d relations; want at least 2", most)
	}
	type relPage struct {
		Entity struct {
			Relations struct {
				PageInfo struct{ EndCursor *string }
				Edges    []struct {
					Cursor string
					Node   struct{ ID string }
				}
			}
		}
	}
	const q = `query($id: ID!, $first: Int, $after: String) { entity(id: $id) { relations(first: $first, after: $after) {
		pageInfo { endCursor } edges { cursor node { id } } } } }`
	ids := func(p relPage) []string {
		var out []string
		for _, e := range p.Entity.Relations.Edges {
			out = append(out, e.Node.ID)
		}
		return out
	}
	var all relPage
	c.MustPost(q, &all, client.Var("id", id), client.Var("first", 100))
	want := ids(all)
	if len(want) != most {
		t.Fatalf("relations(first: 100) = %v; want %d", want, most)
	}
	// Pages of every size up to all: edges before the last resume by skip,
	// the last by the store's key.
	for size := 1; size <= most; size++ {
		var p1 relPage
		c.MustPost(q, &p1, client.Var("id", id), client.Var("first", size))
		edges := p1.Entity.Relations.Edges
		if len(edges) != size || p1.Entity.Relations.PageInfo.EndCursor == nil || *p1.Entity.Relations.PageInfo.EndCursor != edges[size-1].Cursor {
			t.Fatalf("page of %d = %+v; want %d edges, endCursor the last edge's cursor", size, p1.Entity.Relations, size)
		}
		for i, e := range edges {
			var p relPage
			c.MustPost(q, &p, client.Var("id", id), client.Var("first", 1), client.Var("after", e.Cursor))
			if got, w := ids(p), want[i+1:min(i+2, most)]; !slices.Equal(got, w) {
				t.Errorf("page of %d, after edge %d: %v; want %v", size, i, got, w)
			}
		}
	}
}
