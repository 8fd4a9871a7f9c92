package graph_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/newsgraph/newsgraph/graph/store"
)

// The fixture's analytic graph (relations and event links): Biden - Putin
// (MET_WITH and a MEET), Xi - Putin (MET_WITH); Geneva, Beijing and the five
// organizations are unlinked. Putin is the hub on every metric.

type ranked struct {
	Entity   struct{ ID, Name string }
	Score    float64
	Position int
}

func TestTopEntities(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	for _, tc := range []struct {
		query string
		want  []string
		score float64 // of the first
	}{
		{`{ topEntities(by: DEGREE, first: 3) { entity { id name } score position } }`, []string{"Vladimir Putin", "Joe Biden", "Xi Jinping"}, 2},
		{`{ topEntities(by: BETWEENNESS, first: 1) { entity { id name } score position } }`, []string{"Vladimir Putin"}, 1},
		{`{ topEntities(by: MENTIONS, first: 1) { entity { id name } score position } }`, []string{"Vladimir Putin"}, 3},
		{`{ topEntities(first: 1) { entity { id name } score position } }`, []string{"Vladimir Putin"}, -1},
		{`{ topEntities(by: DEGREE, types: [ORGANIZATION], first: 2) { entity { id name } score position } }`, []string{"Alpha Corp", "Beta Corp"}, 0},
		// May: only the second article; Putin's mentions in it are 2 of 3.
		{`{ topEntities(by: MENTIONS, since: "2024-05-01", until: "2024-05-31", first: 10) { entity { id name } score position } }`,
			[]string{"Vladimir Putin", "Beijing", "Xi Jinping"}, 2},
		{`{ topEntities(by: DEGREE, links: ["EVENT:MEET"], first: 2) { entity { id name } score position } }`, []string{"Joe Biden", "Vladimir Putin"}, 1},
	} {
		var resp struct{ TopEntities []ranked }
		c.MustPost(tc.query, &resp)
		var names []string
		for i, r := range resp.TopEntities {
			names = append(names, r.Entity.Name)
			if r.Position != i+1 {
				t.Errorf("%s: item %d has position %d", tc.query, i, r.Position)
			}
		}
		if !slices.Equal(names, tc.want) {
			t.Errorf("%s = %v; want %v", tc.query, names, tc.want)
			continue
		}
		if tc.score >= 0 && resp.TopEntities[0].Score != tc.score {
			t.Errorf("%s: first score %v; want %v", tc.query, resp.TopEntities[0].Score, tc.score)
		}
	}
}

func TestEntityRankCommunitiesAndSummary(t *testing.T) {
	c, st := newTestClient(t, graph.ServerConfig{})
	var resp struct {
		Entities struct {
			Edges []struct {
				Node struct {
					Name string
					Rank *struct {
						Pagerank                                                                float64
						PagerankPosition, Degree, DegreePosition, BetweennessPosition, Mentions int
						Betweenness                                                             float64
						Component                                                               int
					}
					OrgRank *struct{ Degree int }
				}
			}
		}
		Communities []struct {
			Index, Size int
			Members     []ranked
		}
		GraphSummary struct {
			Version                                                    string
			Entities, Links, Components, LargestComponent, Communities int
		}
	}
	q := `{ entities(search: "putin") { edges { node { name
		rank { pagerank pagerankPosition degree degreePosition betweenness betweennessPosition mentions component }
		orgRank: rank(types: [ORGANIZATION]) { degree } } } }
	  communities(first: 5) { index size members(first: 2) { entity { name } score position } }
	  graphSummary { version entities links components largestComponent communities } }`
	c.MustPost(q, &resp)
	if len(resp.Entities.Edges) != 1 {
		t.Fatalf("search putin: %+v", resp.Entities)
	}
	n := resp.Entities.Edges[0].Node
	r := n.Rank
	if r == nil || r.PagerankPosition != 1 || r.Degree != 2 || r.DegreePosition != 1 || r.Betweenness != 1 ||
		r.BetweennessPosition != 1 || r.Mentions != 3 || r.Component != 0 || !(r.Pagerank > 0.1) {
		t.Errorf("Putin's rank = %+v", r)
	}
	if n.OrgRank != nil {
		t.Errorf("Putin's rank among organizations = %+v; want null", n.OrgRank)
	}
	var members []string
	for _, cm := range resp.Communities {
		if cm.Size < 2 || len(cm.Members) > 2 {
			t.Errorf("community %+v: want size >= 2 and at most 2 members listed", cm)
		}
		for _, m := range cm.Members {
			members = append(members, m.Entity.Name)
		}
	}
	if !slices.Contains(members, "Vladimir Putin") || len(resp.Communities) == 0 {
		t.Errorf("communities = %+v; want one with Putin", resp.Communities)
	}
	s := resp.GraphSummary
	if s.Entities != 10 || s.Links != 2 || s.Components != 8 || s.LargestComponent != 3 || s.Communities < 1 {
		t.Errorf("graphSummary = %+v", s)
	}

	// A new article links Xi and Biden: the next answer is recomputed.
	text := "Xi Jinping met Joe Biden."
	ingest(t, st, store.IngestDoc{Doc: store.Document{ExtID: "doc-4", Published: "2024-07-01", Text: text},
		Analysis: &extract.Analysis{
			Entities: []extract.Entity{
				{ID: "x", Name: "Xi Jinping", Type: extract.Person, Mentions: []extract.Mention{mention(t, text, "Xi Jinping", 0, 0)}},
				{ID: "b", Name: "Joe Biden", Type: extract.Person, Mentions: []extract.Mention{mention(t, text, "Joe Biden", 0, 0)}},
			},
			Relations: []extract.Relation{{Type: "MET_WITH", Source: "x", Target: "b", Confidence: 0.9, Evidence: evidence(t, text, text, 0)}},
		}})
	before := s.Version
	c.MustPost(q, &resp)
	if resp.GraphSummary.Links != 3 || resp.GraphSummary.Version == before {
		t.Errorf("after an ingest: graphSummary = %+v (version before %s); want 3 links and a new version", resp.GraphSummary, before)
	}
	if r := resp.Entities.Edges[0].Node.Rank; r == nil || r.Betweenness != 0 {
		t.Errorf("in a triangle Putin's betweenness = %+v; want 0", r)
	}
}

func TestEventCountsAndActivePairs(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	type count struct {
		Key   string
		Count int
	}
	var resp struct {
		EventCounts struct {
			Total, Undated  int
			ByType, ByMonth []count
		}
		ActivePairs []struct {
			A, B        struct{ Name string }
			Count       int
			First, Last *string
			ByType      []count
		}
		Visits []struct{ Count int }
	}
	c.MustPost(`{ eventCounts { total undated byType { key count } byMonth { key count } }
	  activePairs { a { name } b { name } count first last byType { key count } }
	  visits: activePairs(eventTypes: ["VISIT"]) { count } }`, &resp)
	ec := resp.EventCounts
	if ec.Total != 2 || ec.Undated != 0 || !slices.Equal(ec.ByType, []count{{"MEET", 1}, {"VISIT", 1}}) ||
		!slices.Equal(ec.ByMonth, []count{{"2024-03", 1}, {"2024-05", 1}}) {
		t.Errorf("eventCounts = %+v", ec)
	}
	if len(resp.ActivePairs) != 1 {
		t.Fatalf("activePairs = %+v; want Biden and Putin", resp.ActivePairs)
	}
	p := resp.ActivePairs[0]
	if p.A.Name != "Joe Biden" || p.B.Name != "Vladimir Putin" || p.Count != 1 || p.First == nil || *p.First != "2024-03-04" ||
		!slices.Equal(p.ByType, []count{{"MEET", 1}}) {
		t.Errorf("pair = %+v", p)
	}
	if len(resp.Visits) != 0 {
		t.Errorf("pairs in VISIT events = %+v; want none (one participant)", resp.Visits)
	}
}

func TestAnalyticsBadInput(t *testing.T) {
	c, _ := newTestClient(t, graph.ServerConfig{})
	for _, q := range []string{
		`{ topEntities(since: "yesterday") { score } }`,
		`{ topEntities(first: 1000) { score } }`,
		`{ communities(until: "2024-02-30") { size } }`,
		`{ eventCounts(since: "2024-06-01", until: "2024-01-01") { total } }`,
		`{ activePairs(first: -1) { count } }`,
	} {
		var resp map[string]any
		wantCode(t, c.Post(q, &resp), graph.CodeBadUserInput)
	}
}

func TestAnalyticsInjectedEngineLimitsBetweenness(t *testing.T) {
	st := openStore(t)
	seed(t, st)
	eng := analytics.New(st)
	eng.MaxBetweennessWork = 1
	c, _ := newTestClient(t, graph.ServerConfig{Store: st, Analytics: eng})
	var resp map[string]any
	e := wantCode(t, c.Post(`{ topEntities(by: BETWEENNESS) { score } }`, &resp), graph.CodeBadUserInput)
	if e.Extensions["reason"] != "SUBGRAPH_TOO_LARGE" {
		t.Errorf("error = %+v; want reason SUBGRAPH_TOO_LARGE", e)
	}
	// Other metrics, and rank fields that leave betweenness out, still answer.
	var ok struct {
		TopEntities []ranked
		Entities    struct {
			Edges []struct {
				Node struct{ Rank struct{ Degree int } }
			}
		}
	}
	c.MustPost(`{ topEntities(by: DEGREE, first: 1) { entity { id name } score position }
	  entities(search: "putin") { edges { node { rank { degree } } } } }`, &ok)
	if len(ok.TopEntities) != 1 || ok.Entities.Edges[0].Node.Rank.Degree != 2 {
		t.Errorf("with betweenness limited: %+v", ok)
	}
	if eng.Version() == 0 {
		t.Error("the injected engine was not the one used")
	}
}
