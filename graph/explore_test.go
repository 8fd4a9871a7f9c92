package graph_test

import (
	"slices"
	"sort"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
)

func names[T any](xs []T, name func(T) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, name(x))
	}
	return out
}

func TestFuzzySearch(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	type resp struct {
		Entities struct {
			TotalCount int
			Edges      []struct{ Node struct{ Name, Type string } }
		}
	}
	q := `query($q: String, $t: [EntityType!]) { entities(search: $q, types: $t) { totalCount edges { node { name type } } } }`
	for _, tc := range []struct {
		q     string
		types []string
		want  string // first hit
	}{
		{"Vladimir Putn", nil, "Vladimir Putin"}, // a typo: fuzzy
		{"vladimir poutine", nil, "Vladimir Putin"},
		{"putin", nil, "Vladimir Putin"}, // an alias word: exact
		{"PÜTIN", nil, "Vladimir Putin"}, // case and accents
		{"xi jin", nil, "Xi Jinping"},    // prefix
		{"biden", []string{"PERSON"}, "Joe Biden"},
		{"Genva", nil, "Geneva"},
		{"Beijing", []string{"LOCATION"}, "Beijing"},
	} {
		var r resp
		c.MustPost(q, &r, client.Var("q", tc.q), client.Var("t", tc.types))
		if len(r.Entities.Edges) == 0 || r.Entities.Edges[0].Node.Name != tc.want {
			t.Errorf("entities(search: %q, types: %v) = %+v; want %s first", tc.q, tc.types, r.Entities.Edges, tc.want)
		}
		if r.Entities.TotalCount != len(r.Entities.Edges) {
			t.Errorf("entities(search: %q): totalCount %d, %d edges", tc.q, r.Entities.TotalCount, len(r.Entities.Edges))
		}
	}
	var none resp
	c.MustPost(q, &none, client.Var("q", "Putin"), client.Var("t", []string{"ORGANIZATION"}))
	if len(none.Entities.Edges) != 0 {
		t.Errorf("Putin among organizations: %+v", none.Entities.Edges)
	}
	c.MustPost(q, &none, client.Var("q", "zzzzqqq"))
	if len(none.Entities.Edges) != 0 || none.Entities.TotalCount != 0 {
		t.Errorf("nonsense search found %+v", none.Entities)
	}
}

func TestSearchDocumentsAndEvents(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	var docs struct {
		SearchDocuments struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
			Edges []struct{ Node struct{ ExtID string } }
		}
	}
	q := `query($q: String!, $first: Int, $after: String) { searchDocuments(query: $q, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { node { extId } } } }`
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"geneva", []string{"doc-1"}},
		{"PUTIN", []string{"doc-1", "doc-2"}},
		{"putin beijing", []string{"doc-2"}},
		{"Leaders", []string{"doc-1"}}, // the title counts
		{"deal corp", []string{"doc-3"}},
		{"the", nil}, // a stop word alone matches nothing
		{"nowhere", nil},
	} {
		c.MustPost(q, &docs, client.Var("q", tc.q))
		got := names(docs.SearchDocuments.Edges, func(e struct{ Node struct{ ExtID string } }) string { return e.Node.ExtID })
		if !slices.Equal(got, tc.want) || docs.SearchDocuments.TotalCount != len(tc.want) {
			t.Errorf("searchDocuments(%q) = %v (total %d); want %v", tc.q, got, docs.SearchDocuments.TotalCount, tc.want)
		}
	}
	// Paging.
	c.MustPost(q, &docs, client.Var("q", "putin"), client.Var("first", 1))
	if !docs.SearchDocuments.PageInfo.HasNextPage || docs.SearchDocuments.PageInfo.EndCursor == nil {
		t.Fatalf("first page of 1: %+v", docs.SearchDocuments)
	}
	c.MustPost(q, &docs, client.Var("q", "putin"), client.Var("first", 1), client.Var("after", *docs.SearchDocuments.PageInfo.EndCursor))
	if len(docs.SearchDocuments.Edges) != 1 || docs.SearchDocuments.Edges[0].Node.ExtID != "doc-2" || docs.SearchDocuments.PageInfo.HasNextPage {
		t.Errorf("second page = %+v; want doc-2, last", docs.SearchDocuments)
	}
	var bad map[string]any
	wantCode(t, c.Post(q, &bad, client.Var("q", "geneva"), client.Var("after", *docs.SearchDocuments.PageInfo.EndCursor)), graph.CodeBadCursor)
	wantCode(t, c.Post(q, &bad, client.Var("q", "geneva"), client.Var("after", "!!")), graph.CodeBadCursor)

	// Lists read text and sentences on demand, and get them right.
	var texts struct {
		SearchDocuments struct {
			Edges []struct {
				Node struct {
					Text      string
					Sentences []struct{ Text string }
				}
			}
		}
		Documents struct {
			Edges []struct{ Node struct{ Text string } }
		}
	}
	c.MustPost(`{ searchDocuments(query: "geneva") { edges { node { text sentences { text } } } }
		documents(first: 3) { edges { node { text } } } }`, &texts)
	if es := texts.SearchDocuments.Edges; len(es) != 1 || es[0].Node.Text != text1 || len(es[0].Node.Sentences) != 2 ||
		es[0].Node.Sentences[1].Text != `Biden said: "We had a good talk."` {
		t.Errorf("searchDocuments text = %+v", es)
	}
	if es := texts.Documents.Edges; len(es) != 3 || es[1].Node.Text != text2 || es[2].Node.Text != text3 {
		t.Errorf("documents text = %+v", es)
	}

	var evs struct {
		SearchEvents struct {
			TotalCount int
			Edges      []struct {
				Node struct{ Type, Trigger string }
			}
		}
	}
	eq := `query($q: String!) { searchEvents(query: $q) { totalCount edges { node { type trigger } } } }`
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"visited", []string{"VISIT"}},
		{"meet", []string{"MEET"}},          // the type counts
		{"monday geneva", []string{"MEET"}}, // evidence words
		{"putin", []string{"MEET", "VISIT"}},
		{"welcomed", nil},
	} {
		c.MustPost(eq, &evs, client.Var("q", tc.q))
		got := names(evs.SearchEvents.Edges, func(e struct {
			Node struct{ Type, Trigger string }
		}) string {
			return e.Node.Type
		})
		if !slices.Equal(got, tc.want) || evs.SearchEvents.TotalCount != len(tc.want) {
			t.Errorf("searchEvents(%q) = %v (total %d); want %v", tc.q, got, evs.SearchEvents.TotalCount, tc.want)
		}
	}
}

type relEdges struct {
	Entity struct {
		Relations struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Type       string
					Confidence float64
					Source     struct{ Name string }
				}
			}
		}
	}
}

func TestRelationFilters(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	putin := entityID(t, c, "Vladimir Putin")
	q := `query($id: ID!, $since: String, $until: String, $min: Float, $types: [String!], $dir: Direction) { entity(id: $id) {
		relations(types: $types, direction: $dir, since: $since, until: $until, minConfidence: $min) {
		totalCount edges { node { type confidence source { name } } } } } }`
	for _, tc := range []struct {
		name string
		vars []client.Option
		want []string
	}{
		{"all", nil, []string{"Joe Biden", "Xi Jinping"}},
		{"since April", []client.Option{client.Var("since", "2024-04")}, []string{"Xi Jinping"}},
		{"until March", []client.Option{client.Var("until", "2024-03")}, []string{"Joe Biden"}},
		{"in 2024", []client.Option{client.Var("since", "2024"), client.Var("until", "2024")}, []string{"Joe Biden", "Xi Jinping"}},
		{"confident", []client.Option{client.Var("min", 0.8)}, []string{"Joe Biden"}},
		{"type", []client.Option{client.Var("types", []string{"WORKS_FOR"})}, nil},
		{"outgoing", []client.Option{client.Var("dir", "OUT")}, nil},
		{"incoming", []client.Option{client.Var("dir", "IN"), client.Var("min", 0.5)}, []string{"Joe Biden", "Xi Jinping"}},
	} {
		var r relEdges
		c.MustPost(q, &r, append(tc.vars, client.Var("id", putin))...)
		got := names(r.Entity.Relations.Edges, func(e struct {
			Node struct {
				Type       string
				Confidence float64
				Source     struct{ Name string }
			}
		}) string {
			return e.Node.Source.Name
		})
		sort.Strings(got)
		if !slices.Equal(got, tc.want) || r.Entity.Relations.TotalCount != len(tc.want) {
			t.Errorf("%s: relations = %v (total %d); want %v", tc.name, got, r.Entity.Relations.TotalCount, tc.want)
		}
	}
	var bad map[string]any
	wantCode(t, c.Post(q, &bad, client.Var("id", putin), client.Var("min", 1.5)), graph.CodeBadUserInput)
	wantCode(t, c.Post(q, &bad, client.Var("id", putin), client.Var("since", "last week")), graph.CodeBadUserInput)
}

type hood struct {
	Entity struct {
		Neighborhood struct {
			Truncated bool
			Nodes     []struct {
				Depth  int
				Entity struct{ Name string }
			}
			Edges []struct {
				ID, Type, FirstSeen, LastSeen string
				Count                         int
				Confidence                    float64
				Source, Target                struct{ Name string }
				Evidence                      []struct{ Text string }
			}
		}
	}
}

func TestNeighborhood(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	biden := entityID(t, c, "Joe Biden")
	q := `query($id: ID!, $depth: Int, $limit: Int, $types: [String!], $min: Float) { entity(id: $id) {
		neighborhood(depth: $depth, limit: $limit, types: $types, minConfidence: $min) { truncated
		nodes { depth entity { name } }
		edges { id type count confidence firstSeen lastSeen source { name } target { name } evidence(first: 1) { text } } } } }`
	nodeNames := func(h hood) []string {
		var out []string
		for _, n := range h.Entity.Neighborhood.Nodes {
			out = append(out, n.Entity.Name+"@"+string(rune('0'+n.Depth)))
		}
		return out
	}
	var one hood
	c.MustPost(q, &one, client.Var("id", biden))
	if got := nodeNames(one); !slices.Equal(got, []string{"Joe Biden@0", "Vladimir Putin@1"}) || one.Entity.Neighborhood.Truncated {
		t.Errorf("depth 1 nodes = %v (truncated %v)", got, one.Entity.Neighborhood.Truncated)
	}
	if es := one.Entity.Neighborhood.Edges; len(es) != 1 || es[0].Type != "MET_WITH" || es[0].Count != 1 || es[0].Confidence != 0.9 ||
		es[0].FirstSeen != "2024-03-04" || len(es[0].Evidence) != 1 || es[0].Evidence[0].Text != "Joe Biden met Vladimir Putin" {
		t.Errorf("depth 1 edges = %+v; want Biden MET_WITH Putin with its evidence", es)
	}
	var two hood
	c.MustPost(q, &two, client.Var("id", biden), client.Var("depth", 2))
	if got := nodeNames(two); !slices.Equal(got, []string{"Joe Biden@0", "Vladimir Putin@1", "Xi Jinping@2"}) || len(two.Entity.Neighborhood.Edges) != 2 {
		t.Errorf("depth 2 = %v with %d edges; want Biden, Putin, Xi and 2 edges", got, len(two.Entity.Neighborhood.Edges))
	}
	var cut hood
	c.MustPost(q, &cut, client.Var("id", biden), client.Var("depth", 2), client.Var("limit", 2))
	if got := nodeNames(cut); len(got) != 2 || !cut.Entity.Neighborhood.Truncated {
		t.Errorf("limit 2 = %v (truncated %v); want 2 nodes, truncated", got, cut.Entity.Neighborhood.Truncated)
	}
	var strict hood
	c.MustPost(q, &strict, client.Var("id", biden), client.Var("depth", 3), client.Var("min", 0.95))
	if got := nodeNames(strict); !slices.Equal(got, []string{"Joe Biden@0"}) {
		t.Errorf("minConfidence 0.95 = %v; want Biden alone", got)
	}
	var bad map[string]any
	wantCode(t, c.Post(q, &bad, client.Var("id", biden), client.Var("depth", 4)), graph.CodeBadUserInput)
	wantCode(t, c.Post(q, &bad, client.Var("id", biden), client.Var("limit", 0)), graph.CodeBadUserInput)
	wantCode(t, c.Post(q, &bad, client.Var("id", biden), client.Var("limit", 501)), graph.CodeBadUserInput)
}

func TestPathEvidenceAndTypes(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	biden, xi := entityID(t, c, "Joe Biden"), entityID(t, c, "Xi Jinping")
	var resp struct {
		Path []struct {
			Length int
			Hops   []struct {
				Relation struct {
					Type     string
					Evidence []struct {
						Text     string
						Document struct{ ExtID string }
					}
				}
			}
		}
	}
	q := `query($a: ID!, $b: ID!, $types: [String!]) { path(from: $a, to: $b, maxHops: 4, relationTypes: $types) {
		length hops { relation { type evidence { text document { extId } } } } } }`
	c.MustPost(q, &resp, client.Var("a", biden), client.Var("b", xi), client.Var("types", []string{"MET_WITH"}))
	if len(resp.Path) != 1 || resp.Path[0].Length != 2 {
		t.Fatalf("path over MET_WITH = %+v; want one of 2 hops", resp.Path)
	}
	var docs []string
	for _, h := range resp.Path[0].Hops {
		if len(h.Relation.Evidence) != 1 {
			t.Fatalf("hop %+v has no evidence", h)
		}
		docs = append(docs, h.Relation.Evidence[0].Document.ExtID)
	}
	if !slices.Equal(docs, []string{"doc-1", "doc-2"}) {
		t.Errorf("evidence per hop from %v; want doc-1, doc-2", docs)
	}
	c.MustPost(q, &resp, client.Var("a", biden), client.Var("b", xi), client.Var("types", []string{"WORKS_FOR"}))
	if len(resp.Path) != 0 {
		t.Errorf("path over WORKS_FOR = %+v; want none", resp.Path)
	}
}

func TestTimelineAndCooccurrences(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	putin := entityID(t, c, "Vladimir Putin")
	type bucket struct {
		Start            string
		Count, Documents int
	}
	var tl struct{ Timeline []bucket }
	q := `query($e: ID!, $b: TimeBucket, $since: String, $until: String) { timeline(entity: $e, bucket: $b, since: $since, until: $until) { start count documents } }`
	for _, tc := range []struct {
		bucket, since, until string
		want                 []bucket
	}{
		{"MONTH", "", "", []bucket{{"2024-03-01", 1, 1}, {"2024-05-01", 1, 1}}},
		{"YEAR", "", "", []bucket{{"2024-01-01", 2, 2}}},
		{"WEEK", "", "", []bucket{{"2024-03-04", 1, 1}, {"2024-05-06", 1, 1}}}, // weeks start on Monday
		{"DAY", "2024-04", "", []bucket{{"2024-05-10", 1, 1}}},
		{"DAY", "", "2024-03-31", []bucket{{"2024-03-04", 1, 1}}},
	} {
		vars := []client.Option{client.Var("e", putin), client.Var("b", tc.bucket)}
		if tc.since != "" {
			vars = append(vars, client.Var("since", tc.since))
		}
		if tc.until != "" {
			vars = append(vars, client.Var("until", tc.until))
		}
		c.MustPost(q, &tl, vars...)
		if !slices.Equal(tl.Timeline, tc.want) {
			t.Errorf("timeline(%s, %s..%s) = %v; want %v", tc.bucket, tc.since, tc.until, tl.Timeline, tc.want)
		}
	}
	// An entity in documents but in no event.
	c.MustPost(q, &tl, client.Var("e", entityID(t, c, "Alpha Corp")))
	if want := []bucket{{"2024-06-01", 0, 1}}; !slices.Equal(tl.Timeline, want) {
		t.Errorf("timeline(Alpha Corp) = %v; want %v", tl.Timeline, want)
	}
	var bad map[string]any
	wantCode(t, c.Post(q, &bad, client.Var("e", "d1")), graph.CodeBadID)
	wantCode(t, c.Post(q, &bad, client.Var("e", "e999")), graph.CodeNotFound)
	wantCode(t, c.Post(q, &bad, client.Var("e", putin), client.Var("since", "soon")), graph.CodeBadUserInput)

	var co struct {
		Cooccurrences []struct {
			Documents int
			Entity    struct{ Name string }
		}
	}
	cq := `query($e: ID!, $first: Int, $t: [EntityType!]) { cooccurrences(entity: $e, first: $first, types: $t) { documents entity { name } } }`
	c.MustPost(cq, &co, client.Var("e", putin))
	got := names(co.Cooccurrences, func(x struct {
		Documents int
		Entity    struct{ Name string }
	}) string {
		return x.Entity.Name
	})
	sort.Strings(got)
	if !slices.Equal(got, []string{"Beijing", "Geneva", "Joe Biden", "Xi Jinping"}) {
		t.Errorf("cooccurrences(Putin) = %v", got)
	}
	c.MustPost(cq, &co, client.Var("e", putin), client.Var("t", []string{"LOCATION"}), client.Var("first", 1))
	if len(co.Cooccurrences) != 1 || co.Cooccurrences[0].Documents != 1 {
		t.Errorf("cooccurrences(Putin, LOCATION, first 1) = %+v", co.Cooccurrences)
	}
	wantCode(t, c.Post(cq, &bad, client.Var("e", putin), client.Var("first", 1000)), graph.CodeBadUserInput)
	wantCode(t, c.Post(cq, &bad, client.Var("e", "e999")), graph.CodeNotFound)
}

func TestEventsByParticipantAndLocation(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	putin, geneva, beijing := entityID(t, c, "Vladimir Putin"), entityID(t, c, "Geneva"), entityID(t, c, "Beijing")
	q := `query($f: EventFilter) { events(filter: $f) { totalCount edges { node { type } } } }`
	var r struct {
		Events struct {
			TotalCount int
			Edges      []struct{ Node struct{ Type string } }
		}
	}
	for _, tc := range []struct {
		f    map[string]any
		want []string
	}{
		{map[string]any{"participant": putin}, []string{"MEET", "VISIT"}},
		{map[string]any{"location": geneva}, []string{"MEET"}},
		{map[string]any{"participant": putin, "location": beijing}, []string{"VISIT"}},
		{map[string]any{"participant": geneva}, nil}, // a place, not a participant
		{map[string]any{"entity": geneva}, []string{"MEET"}},
		{map[string]any{"participant": putin, "types": []string{"MEET"}, "since": "2024-03-01", "until": "2024-03-31"}, []string{"MEET"}},
	} {
		c.MustPost(q, &r, client.Var("f", tc.f))
		got := names(r.Events.Edges, func(e struct{ Node struct{ Type string } }) string { return e.Node.Type })
		if !slices.Equal(got, tc.want) || r.Events.TotalCount != len(tc.want) {
			t.Errorf("events(%v) = %v (total %d); want %v", tc.f, got, r.Events.TotalCount, tc.want)
		}
	}
	var bad map[string]any
	wantCode(t, c.Post(q, &bad, client.Var("f", map[string]any{"participant": "q1"})), graph.CodeBadID)
	wantCode(t, c.Post(q, &bad, client.Var("f", map[string]any{"location": "e999"})), graph.CodeNotFound)
}

func TestDocumentMentions(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	var r struct {
		DocumentByExtID struct {
			Text     string
			Mentions []struct {
				Start, End, Sentence int
				Text                 string
				Entity               struct{ Name string }
			}
		}
	}
	c.MustPost(`{ documentByExtId(extId: "doc-1") { text mentions { start end sentence text entity { name } } } }`, &r)
	d := r.DocumentByExtID
	var got []string
	for _, m := range d.Mentions {
		got = append(got, m.Text+"="+m.Entity.Name)
		if s := string([]rune(d.Text)[m.Start:m.End]); s != m.Text {
			t.Errorf("mention %q at %d..%d reads %q in the text", m.Text, m.Start, m.End, s)
		}
	}
	want := []string{"Joe Biden=Joe Biden", "Vladimir Putin=Vladimir Putin", "Geneva=Geneva", "Biden=Joe Biden"}
	if !slices.Equal(got, want) {
		t.Errorf("mentions = %v; want %v (by offset)", got, want)
	}
}
