package analytics

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph/store"
)

func newTestStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func person(id, name string) extract.Entity { return entity(id, extract.Person, name) }

func entity(id, typ, name string) extract.Entity {
	return extract.Entity{ID: id, Name: name, Type: typ,
		Mentions: []extract.Mention{{Text: name, Start: 0, End: len(name)}}}
}

func meet(typ, date string, ids ...string) extract.Event {
	ev := extract.Event{Type: typ, Trigger: "met", Date: date, Confidence: 0.9,
		Evidence: []extract.Evidence{{Text: "met"}}}
	for _, id := range ids {
		ev.Participants = append(ev.Participants, extract.Participant{Entity: id, Role: "PARTICIPANT"})
	}
	return ev
}

func rel(typ, src, dst string) extract.Relation {
	return extract.Relation{Type: typ, Source: src, Target: dst, Confidence: 0.8, Evidence: []extract.Evidence{{Text: "x"}}}
}

// fixtureDocs: Kerry met Lavrov twice (March and April), Obama phoned Putin in
// April, Merkel met Obama on an unknown date.
func fixtureDocs() []store.IngestDoc {
	return []store.IngestDoc{
		{Doc: store.Document{ExtID: "d1", Published: "2014-03-30", Text: "one"}, Analysis: &extract.Analysis{
			Entities: []extract.Entity{person("a", "John Kerry"), person("b", "Sergey Lavrov"),
				entity("c", extract.Location, "Paris"), entity("d", extract.Location, "Russia")},
			Relations: []extract.Relation{rel("MET_WITH", "a", "b"), rel("CITIZEN_OF", "b", "d")},
			Events:    []extract.Event{func() extract.Event { e := meet("MEET", "2014-03-30", "a", "b"); e.Location = "c"; return e }()},
		}},
		{Doc: store.Document{ExtID: "d2", Published: "2014-04-15", Text: "two"}, Analysis: &extract.Analysis{
			Entities: []extract.Entity{person("a", "John Kerry"), person("b", "Sergey Lavrov"),
				person("o", "Barack Obama"), person("p", "Vladimir Putin")},
			Relations: []extract.Relation{rel("MET_WITH", "a", "b"), rel("SPOKE_WITH", "o", "p")},
			Events:    []extract.Event{meet("MEET", "2014-04-14", "a", "b"), meet("PHONE_CALL", "2014-04-15", "o", "p")},
		}},
		{Doc: store.Document{ExtID: "d3", Text: "three"}, Analysis: &extract.Analysis{
			Entities: []extract.Entity{person("m", "Angela Merkel"), person("o", "Barack Obama")},
			Events:   []extract.Event{meet("MEET", "", "m", "o")},
		}},
	}
}

func ingestDocs(t *testing.T, s *store.Store, docs ...store.IngestDoc) {
	t.Helper()
	_, errs := s.Ingest(context.Background(), docs)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("ingest %s: %v", docs[i].Doc.ExtID, err)
		}
	}
}

// idsByName maps entity names to store ids in an analysis.
func idsByName(t *testing.T, a *Analysis) map[string]uint64 {
	t.Helper()
	out := map[string]uint64{}
	for id, e := range a.entities {
		out[e.Name] = id
	}
	return out
}

func TestEngineFiltersSubgraphs(t *testing.T) {
	s := newTestStore(t)
	ingestDocs(t, s, fixtureDocs()...)
	e := New(s)
	ctx := context.Background()
	all, err := e.Analyze(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	id := idsByName(t, all)
	kerry, lavrov, obama := id["John Kerry"], id["Sergey Lavrov"], id["Barack Obama"]

	for _, tc := range []struct {
		name         string
		f            Filter
		nodes, edges int
		degree       map[uint64]int
	}{
		// Kerry-Lavrov (MET_WITH and two MEETs: one pair), Lavrov-Russia, Obama-Putin, Merkel-Obama; Paris unlinked.
		{"whole graph", Filter{}, 7, 4, map[uint64]int{lavrov: 2, obama: 2, kerry: 1}},
		{"people only", Filter{EntityTypes: []string{"PERSON"}}, 5, 3, map[uint64]int{lavrov: 1, obama: 2}},
		{"meetings only", Filter{EdgeTypes: []string{"EVENT:MEET"}}, 7, 2, map[uint64]int{lavrov: 1, obama: 1}},
		{"all event links", Filter{EdgeTypes: []string{"EVENT:*"}}, 7, 3, map[uint64]int{lavrov: 1, obama: 2}},
		{"relations by type", Filter{EdgeTypes: []string{"MET_WITH", "CITIZEN_OF"}}, 7, 2, map[uint64]int{lavrov: 2, obama: 0}},
		// April: the documents of April mention Kerry, Lavrov, Obama, Putin; the
		// undated Merkel meeting and the March-only citizenship are out.
		{"April", Filter{Since: "2014-04-01", Until: "2014-04-30"}, 4, 2, map[uint64]int{lavrov: 1, obama: 1}},
		{"co-mentions", Filter{EdgeTypes: []string{EdgeCoMention}}, 7, 6 + 5 + 1, map[uint64]int{kerry: 5, obama: 4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Analyze(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if n := len(a.Graph.Nodes()); n != tc.nodes || a.Graph.EdgeCount() != tc.edges {
				t.Errorf("graph has %d nodes, %d edges; want %d, %d", n, a.Graph.EdgeCount(), tc.nodes, tc.edges)
			}
			for id, want := range tc.degree {
				if got := a.Graph.Degree(id); got != want {
					t.Errorf("Degree(%s) = %d; want %d", a.entities[id].Name, got, want)
				}
			}
		})
	}

	april, _ := e.Analyze(ctx, Filter{Since: "2014-04-01", Until: "2014-04-30"})
	if n, _ := april.Graph.Node(kerry); n.Mentions != 1 {
		t.Errorf("Kerry's mentions in April = %d; want 1 (of 2 overall)", n.Mentions)
	}
	if top := all.Top(Mentions, 1); top[0].ID != kerry || top[0].Score != 2 {
		t.Errorf("Top(Mentions, 1) = %+v; want Kerry with 2 (lowest id among the 2s)", top)
	}
	if top := all.Top(Degree, 2); top[0].ID != min(lavrov, obama) || top[1].ID != max(lavrov, obama) {
		t.Errorf("Top(Degree, 2) = %+v; want Lavrov and Obama", top)
	}
	if p := all.Position(Betweenness, lavrov); p != 1 {
		t.Errorf("Position(Betweenness, Lavrov) = %d; want 1 (only Lavrov and Obama bridge)", p)
	}
	if _, err := e.Analyze(ctx, Filter{Since: "April"}); err == nil || !strings.Contains(err.Error(), "April") {
		t.Errorf("Analyze with a bad date: err = %v; want one naming the date", err)
	}
}

func TestEngineCachesUntilTheStoreChanges(t *testing.T) {
	s := newTestStore(t)
	docs := fixtureDocs()
	ingestDocs(t, s, docs[:2]...)
	e := New(s)
	ctx := context.Background()
	f := Filter{EntityTypes: []string{"PERSON", "LOCATION"}}
	a1, err := e.Analyze(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	// Same filter in another order and concurrently: the same cached analysis.
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			a, err := e.Analyze(ctx, Filter{EntityTypes: []string{"LOCATION", "PERSON", "PERSON"}})
			if err != nil || a != a1 {
				t.Errorf("Analyze again = %p, %v; want the cached %p", a, err, a1)
			}
		})
	}
	wg.Wait()
	if e.Version() != a1.Version || a1.Version == 0 {
		t.Errorf("engine version %d, analysis version %d", e.Version(), a1.Version)
	}
	ingestDocs(t, s, docs[2])
	a2, err := e.Analyze(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if a2 == a1 || a2.Version <= a1.Version {
		t.Fatalf("after an ingest: version %d -> %d, same analysis %v; want recomputed", a1.Version, a2.Version, a2 == a1)
	}
	if len(a2.Graph.Nodes()) != len(a1.Graph.Nodes())+1 {
		t.Errorf("after adding Merkel: %d nodes, before %d", len(a2.Graph.Nodes()), len(a1.Graph.Nodes()))
	}
}

func TestEventStatsAndActivePairs(t *testing.T) {
	s := newTestStore(t)
	ingestDocs(t, s, fixtureDocs()...)
	e := New(s)
	ctx := context.Background()
	st, err := e.EventStats(ctx, EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Total != 4 || st.Undated != 1 {
		t.Errorf("EventStats total %d undated %d; want 4 and 1", st.Total, st.Undated)
	}
	wantType := []Count{{"MEET", 3}, {"PHONE_CALL", 1}}
	wantMonth := []Count{{"2014-03", 1}, {"2014-04", 2}}
	if !equalCounts(st.ByType, wantType) || !equalCounts(st.ByMonth, wantMonth) {
		t.Errorf("ByType %v ByMonth %v; want %v and %v", st.ByType, st.ByMonth, wantType, wantMonth)
	}
	if st, _ := e.EventStats(ctx, EventFilter{Since: "2014-04-01"}); st.Total != 2 {
		t.Errorf("events since April = %d; want 2", st.Total)
	}

	pairs, err := e.ActivePairs(ctx, EventFilter{Types: []string{"MEET"}}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 2 {
		t.Fatalf("ActivePairs(MEET) = %+v; want Kerry-Lavrov and Merkel-Obama", pairs)
	}
	p := pairs[0]
	if p.A.Name != "John Kerry" || p.B.Name != "Sergey Lavrov" || p.Count != 2 || p.First != "2014-03-30" || p.Last != "2014-04-14" {
		t.Errorf("top pair = %+v; want Kerry-Lavrov twice, 2014-03-30..2014-04-14", p)
	}
	if pairs[1].Count != 1 || pairs[1].Last != "" {
		t.Errorf("second pair = %+v; want one undated meeting", pairs[1])
	}
	if pairs, _ := e.ActivePairs(ctx, EventFilter{EntityTypes: []string{"LOCATION"}}, 10); len(pairs) != 0 {
		t.Errorf("pairs of locations = %+v; want none (locations are where, not who)", pairs)
	}
	if pairs, _ := e.ActivePairs(ctx, EventFilter{}, 1); len(pairs) != 1 {
		t.Errorf("ActivePairs(first 1) returned %d pairs", len(pairs))
	}
}

func equalCounts(a, b []Count) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestEngineOnEmptyStore(t *testing.T) {
	e := New(newTestStore(t))
	ctx := context.Background()
	a, err := e.Analyze(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range Metrics {
		if top := a.Top(m, 5); len(top) != 0 {
			t.Errorf("Top(%s) on an empty store = %+v", m, top)
		}
	}
	if s := a.Summary(); s.Nodes != 0 || s.Components != 0 || s.Communities != 0 {
		t.Errorf("Summary() = %+v; want all zero", s)
	}
	if cs := a.Communities(1); len(cs) != 0 {
		t.Errorf("Communities(1) = %+v", cs)
	}
	if st, err := e.EventStats(ctx, EventFilter{}); err != nil || st.Total != 0 {
		t.Errorf("EventStats = %+v, %v", st, err)
	}
	if ps, err := e.ActivePairs(ctx, EventFilter{}, 10); err != nil || len(ps) != 0 {
		t.Errorf("ActivePairs = %+v, %v", ps, err)
	}
}
