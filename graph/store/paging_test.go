package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// synthDocs makes n documents over a pool of people, organizations and places
// so that entities recur across documents (with tied mention counts), events
// repeat on shared dates and one hub entity ("Hubland") collects many relations.
func synthDocs(n int, seed uint64) []IngestDoc {
	r := rand.New(rand.NewPCG(seed, 1))
	first := []string{"Anna", "Boris", "Chen", "Dara", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Jun"}
	last := []string{"Abara", "Belov", "Castro", "Dinh", "Eriksen", "Fofana", "Gruber", "Haddad"}
	orgs := []string{"Acme Corp", "Blue Party", "Central Bank", "Delta Union", "Echo News"}
	places := []string{"Hubland", "Northia", "Southia", "Easton", "Westford"}
	docs := make([]IngestDoc, n)
	for i := range docs {
		var a extract.Analysis
		k := 0
		add := func(typ, name string) string {
			k++
			id := fmt.Sprintf("e%d", k)
			e := extract.Entity{ID: id, Name: name, Type: typ}
			for m := 0; m <= r.IntN(3); m++ {
				e.Mentions = append(e.Mentions, extract.Mention{Text: name, Start: m * 20, End: m*20 + len(name), Sentence: m})
			}
			a.Entities = append(a.Entities, e)
			return id
		}
		hub := add(extract.Location, "Hubland")
		var people []string
		for range 3 {
			people = append(people, add(extract.Person, first[r.IntN(len(first))]+" "+last[r.IntN(len(last))]))
		}
		org := add(extract.Organization, orgs[r.IntN(len(orgs))])
		place := add(extract.Location, places[1+r.IntN(len(places)-1)])
		for _, p := range people {
			a.Relations = append(a.Relations, extract.Relation{Type: "CITIZEN_OF", Source: p, Target: hub, Confidence: r.Float64(),
				Evidence: []extract.Evidence{{Text: "citizen"}}})
		}
		a.Relations = append(a.Relations,
			extract.Relation{Type: "WORKS_FOR", Source: people[0], Target: org, Confidence: 0.5},
			extract.Relation{Type: "MET_WITH", Source: people[1], Target: people[2], Confidence: 0.6},
			extract.Relation{Type: "LOCATED_IN", Source: place, Target: hub, Confidence: 0.9,
				Evidence: []extract.Evidence{{Text: "in", Start: i}}})
		date := fmt.Sprintf("2014-03-%02d", 1+r.IntN(20))
		a.Events = append(a.Events,
			extract.Event{Type: "MEET", Date: date, Location: place, Confidence: 0.7,
				Participants: []extract.Participant{{Entity: people[1], Role: "AGENT"}, {Entity: people[2], Role: "PARTICIPANT"}},
				Evidence:     []extract.Evidence{{Text: "met"}}},
			extract.Event{Type: "STATEMENT", Date: []string{"", "2014-03", date}[r.IntN(3)],
				Participants: []extract.Participant{{Entity: people[0], Role: "SPEAKER"}},
				Evidence:     []extract.Evidence{{Text: "said"}}},
			// Every document reports one of two summits in Hubland: these merge.
			extract.Event{Type: "SUMMIT", Date: fmt.Sprintf("2014-03-0%d", 1+i%2),
				Participants: []extract.Participant{{Entity: hub, Role: "PARTICIPANT"}},
				Evidence:     []extract.Evidence{{Text: "summit", Start: i}}})
		a.Quotes = append(a.Quotes, extract.Quote{Speaker: people[0], Text: fmt.Sprintf("quote %d", i), Direct: true})
		docs[i] = IngestDoc{
			Doc:      Document{ExtID: fmt.Sprintf("synth-%d", i), Published: date, Text: fmt.Sprintf("synthetic document %d", i)},
			Analysis: &a,
		}
	}
	return docs
}

// pageAll walks a list with pages of size limit and checks the walk against
// one page holding everything: same items in the same order, no duplicates,
// Total equal on every page, HasNext false only on the last.
func pageAll[T any](t *testing.T, name string, limit int, fetch func(Page) ([]T, PageInfo, error), key func(T) string) []string {
	t.Helper()
	all, info, err := fetch(Page{Limit: MaxPageSize})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if info.HasNext {
		t.Fatalf("%s: more than %d items; test data too large", name, MaxPageSize)
	}
	var want []string
	for _, x := range all {
		want = append(want, key(x))
	}
	if info.Total != len(want) {
		t.Errorf("%s: Total = %d; want %d items listed", name, info.Total, len(want))
	}
	var got []string
	var after []byte
	for pages := 0; ; pages++ {
		if pages > len(want)+1 {
			t.Fatalf("%s: paging does not end", name)
		}
		items, pi, err := fetch(Page{After: after, Limit: limit})
		if err != nil {
			t.Fatalf("%s page %d: %v", name, pages, err)
		}
		if pi.Total != len(want) {
			t.Errorf("%s page %d: Total = %d; want %d", name, pages, pi.Total, len(want))
		}
		if len(items) > limit {
			t.Fatalf("%s page %d: %d items; limit %d", name, pages, len(items), limit)
		}
		for _, x := range items {
			got = append(got, key(x))
		}
		if !pi.HasNext {
			break
		}
		if len(items) == 0 || pi.Next == nil {
			t.Fatalf("%s page %d: HasNext with no items or cursor", name, pages)
		}
		after = pi.Next
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: paged walk differs from one page:\n got %v\nwant %v", name, got, want)
	}
	if len(want) < 2*limit {
		t.Errorf("%s: only %d items; want several pages", name, len(want))
	}
	return got
}

func TestPaging(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, synthDocs(60, 7)...)
	hub := mustFind(t, s, "hubland", "")
	person := mustFind(t, s, "", extract.Person)

	pageAll(t, "Documents", 7, func(p Page) ([]Document, PageInfo, error) { return s.Documents(ctx, p) },
		func(d Document) string { return d.ExtID })
	ents := pageAll(t, "FindEntities(all)", 6, func(p Page) ([]Entity, PageInfo, error) { return s.FindEntities(ctx, "", nil, p) },
		func(e Entity) string { return fmt.Sprint(e.ID) })
	pageAll(t, "FindEntities(person)", 5, func(p Page) ([]Entity, PageInfo, error) {
		return s.FindEntities(ctx, "", []string{extract.Person}, p)
	}, func(e Entity) string { return fmt.Sprint(e.ID) })
	pageAll(t, "FindEntities(a)", 4, func(p Page) ([]Entity, PageInfo, error) { return s.FindEntities(ctx, "a", nil, p) },
		func(e Entity) string { return fmt.Sprint(e.ID) })
	pageAll(t, "Events", 9, func(p Page) ([]Event, PageInfo, error) { return s.Events(ctx, EventFilter{}, p) },
		func(e Event) string { return fmt.Sprint(e.Date, "#", e.ID) })
	pageAll(t, "Events(MEET, range)", 4, func(p Page) ([]Event, PageInfo, error) {
		return s.Events(ctx, EventFilter{Types: []string{"MEET"}, Since: "2014-03-05", Until: "2014-03-15"}, p)
	}, func(e Event) string { return fmt.Sprint(e.Date, "#", e.ID) })
	pageAll(t, "Events(person)", 2, func(p Page) ([]Event, PageInfo, error) {
		return s.Events(ctx, EventFilter{EntityID: person.ID}, p)
	}, func(e Event) string { return fmt.Sprint(e.Date, "#", e.ID) })
	pageAll(t, "Relations(hub)", 5, func(p Page) ([]Relation, PageInfo, error) {
		return s.Relations(ctx, hub.ID, RelationFilter{}, p)
	}, func(r Relation) string { return fmt.Sprint(r.ID) })
	pageAll(t, "Relations(person)", 2, func(p Page) ([]Relation, PageInfo, error) {
		return s.Relations(ctx, person.ID, RelationFilter{Types: []string{"MET_WITH", "CITIZEN_OF", "WORKS_FOR"}}, p)
	}, func(r Relation) string { return fmt.Sprint(r.ID) })
	pageAll(t, "Mentions(hub)", 8, func(p Page) ([]Evidence, PageInfo, error) { return s.Mentions(ctx, hub.ID, p) },
		func(e Evidence) string { return fmt.Sprint(e.DocID, "/", e.Sentence) })
	pageAll(t, "EntityDocuments(hub)", 8, func(p Page) ([]Document, PageInfo, error) { return s.EntityDocuments(ctx, hub.ID, p) },
		func(d Document) string { return d.ExtID })
	pageAll(t, "Quotes", 8, func(p Page) ([]Quote, PageInfo, error) { return s.Quotes(ctx, 0, p) },
		func(q Quote) string { return fmt.Sprint(q.ID) })
	pageAll(t, "DocumentEntities", 2, func(p Page) ([]Entity, PageInfo, error) { return s.DocumentEntities(ctx, 1, p) },
		func(e Entity) string { return fmt.Sprint(e.ID) })

	hubRels, _, _ := s.Relations(ctx, hub.ID, RelationFilter{}, Page{Limit: MaxPageSize})
	busiest := slices.MaxFunc(hubRels, func(a, b Relation) int { return a.Count - b.Count })
	pageAll(t, "RelationEvidence", 1, func(p Page) ([]Evidence, PageInfo, error) { return s.RelationEvidence(ctx, busiest.ID, p) },
		func(e Evidence) string { return fmt.Sprint(e.DocID, "/", e.Start) })
	meets, _, _ := s.Events(ctx, EventFilter{Types: []string{"SUMMIT"}}, Page{Limit: MaxPageSize})
	// Lists come without evidence; the event with the most is the merged one.
	pieces := func(e Event) int {
		_, info, err := s.EventEvidence(ctx, e.ID, Page{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		return info.Total
	}
	merged := slices.MaxFunc(meets, func(a, b Event) int { return pieces(a) - pieces(b) })
	if pieces(merged) < 5 {
		t.Fatalf("the busiest SUMMIT has %d pieces of evidence; the fixture should merge more", pieces(merged))
	}
	pageAll(t, "EventEvidence", 4, func(p Page) ([]Evidence, PageInfo, error) { return s.EventEvidence(ctx, merged.ID, p) },
		func(e Evidence) string { return fmt.Sprint(e.DocID, "/", e.Start) })

	// Entities come most mentioned first.
	all, _, _ := s.FindEntities(ctx, "", nil, Page{Limit: MaxPageSize})
	if !slices.IsSortedFunc(all, func(a, b Entity) int {
		if rankLess(a, b) {
			return -1
		}
		return 1
	}) || len(all) != len(ents) {
		t.Errorf("FindEntities order is not mention count desc, id asc")
	}
	// Events come by date then id.
	evs, _, _ := s.Events(ctx, EventFilter{}, Page{Limit: MaxPageSize})
	for i := 1; i < len(evs); i++ {
		if evs[i-1].Date > evs[i].Date || (evs[i-1].Date == evs[i].Date && evs[i-1].ID > evs[i].ID) {
			t.Errorf("events out of order at %d: %s#%d then %s#%d", i, evs[i-1].Date, evs[i-1].ID, evs[i].Date, evs[i].ID)
		}
	}
	ranged, _, _ := s.Events(ctx, EventFilter{Types: []string{"MEET"}, Since: "2014-03-05", Until: "2014-03-15"}, Page{Limit: MaxPageSize})
	for _, e := range ranged {
		if e.Type != "MEET" || e.Date < "2014-03-05" || e.Date > "2014-03-15" {
			t.Errorf("filtered event %+v outside filter", e)
		}
	}
}

func TestBadCursors(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, synthDocs(5, 1)...)
	hub := mustFind(t, s, "hubland", "")
	_, docPage, err := s.Documents(ctx, Page{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	_, relPage, err := s.Relations(ctx, hub.ID, RelationFilter{}, Page{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	other := mustFind(t, s, "", extract.Person)
	bad := [][]byte{{0xff}, []byte("garbage cursor"), docPage.Next, docPage.Next[:5]}
	calls := map[string]func(c []byte) error{
		"Documents": func(c []byte) error { _, _, err := s.Documents(ctx, Page{After: c}); return err },
		"FindEntities": func(c []byte) error {
			_, _, err := s.FindEntities(ctx, "", nil, Page{After: c})
			return err
		},
		"FindEntities(search)": func(c []byte) error {
			_, _, err := s.FindEntities(ctx, "a", nil, Page{After: c})
			return err
		},
		"Events": func(c []byte) error { _, _, err := s.Events(ctx, EventFilter{}, Page{After: c}); return err },
		"Relations": func(c []byte) error {
			_, _, err := s.Relations(ctx, hub.ID, RelationFilter{}, Page{After: c})
			return err
		},
		"Mentions": func(c []byte) error { _, _, err := s.Mentions(ctx, hub.ID, Page{After: c}); return err },
		"Quotes":   func(c []byte) error { _, _, err := s.Quotes(ctx, 0, Page{After: c}); return err },
		"EntityDocuments": func(c []byte) error {
			_, _, err := s.EntityDocuments(ctx, hub.ID, Page{After: c})
			return err
		},
	}
	for name, call := range calls {
		for _, c := range bad {
			if name == "Documents" && len(c) == 9 {
				continue // a real documents cursor
			}
			if err := call(c); !errors.Is(err, ErrBadCursor) {
				t.Errorf("%s(After=%x) err = %v; want ErrBadCursor", name, c, err)
			}
		}
	}
	// A relations cursor of one entity is not a cursor of another.
	if _, _, err := s.Relations(ctx, other.ID, RelationFilter{}, Page{After: relPage.Next}); !errors.Is(err, ErrBadCursor) {
		t.Errorf("Relations(other entity, hub cursor) err = %v; want ErrBadCursor", err)
	}
}

func TestStatsMatchContents(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	docs := synthDocs(40, 3)
	ingest(t, s, docs...)
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mentions := 0
	for _, d := range docs {
		for _, e := range d.Analysis.Entities {
			mentions += len(e.Mentions)
		}
	}
	_, ents, _ := s.FindEntities(ctx, "", nil, Page{Limit: 1})
	_, evs, _ := s.Events(ctx, EventFilter{Types: []string{"MEET", "STATEMENT", "SUMMIT"}}, Page{Limit: 1})
	_, qs, _ := s.Quotes(ctx, 0, Page{Limit: 1})
	all, _, _ := s.FindEntities(ctx, "", nil, Page{Limit: MaxPageSize})
	rels := map[uint64]bool{}
	sumMentions := 0
	for _, e := range all {
		sumMentions += e.MentionCount
		rs, _, err := s.Relations(ctx, e.ID, RelationFilter{}, Page{Limit: MaxPageSize})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			rels[r.ID] = true
		}
	}
	want := Stats{Documents: 40, Entities: len(all), Relations: len(rels), Events: evs.Total, Quotes: 40, Mentions: mentions}
	if st != want || ents.Total != len(all) || qs.Total != 40 || sumMentions != mentions {
		t.Errorf("Stats = %+v; counted %+v (entities total %d, quotes total %d, mention sum %d)",
			st, want, ents.Total, qs.Total, sumMentions)
	}
	// The 40 summit reports merge into two events.
	if st.Events > 80+2 {
		t.Errorf("Events = %d; want at most 82 (the 40 summit reports are two events)", st.Events)
	}
}

func BenchmarkIngest(b *testing.B) {
	const batch = 100
	docs := synthDocs(batch*20, 11)
	s, _ := newTestStore(b)
	ctx := context.Background()
	b.ReportAllocs()
	n, i := 0, 0
	for b.Loop() {
		if i+batch > len(docs) {
			// Fresh ExtIDs so every document is written, not skipped.
			for j := range docs {
				docs[j].Doc.ExtID = fmt.Sprintf("r%d-%d", n, j)
			}
			i = 0
		}
		_, errs := s.Ingest(ctx, docs[i:i+batch])
		for _, err := range errs {
			if err != nil {
				b.Fatal(err)
			}
		}
		i += batch
		n += batch
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

// TestRelationsUnfilteredMatchScan checks the unfiltered relation pages (a
// slice of the edge list, found by binary search after a cursor) against the
// filtered scan over every edge, given a filter that keeps everything: same
// relations, totals, hasNext and cursors, for every page size, on entities
// with outgoing and incoming edges.
func TestRelationsUnfilteredMatchScan(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, synthDocs(60, 11)...)
	ents, _, err := s.FindEntities(ctx, "", nil, Page{Limit: MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	every := RelationFilter{Types: []string{"CITIZEN_OF", "LOCATED_IN", "MET_WITH", "WORKS_FOR"}}
	both := 0
	for _, e := range ents {
		all, info, err := s.Relations(ctx, e.ID, RelationFilter{}, Page{Limit: MaxPageSize})
		if err != nil {
			t.Fatal(err)
		}
		dirs := map[bool]bool{}
		for _, r := range all {
			dirs[r.Source == e.ID] = true
		}
		if len(dirs) == 2 {
			both++
		}
		if info.Total != len(all) {
			t.Fatalf("entity %d: total %d for %d relations", e.ID, info.Total, len(all))
		}
		for _, limit := range []int{1, 2, 3, 7} {
			var fast, scan Page
			fast.Limit, scan.Limit = limit, limit
			for pages := 0; ; pages++ {
				if pages > len(all)+1 {
					t.Fatalf("entity %d: pages of %d do not end", e.ID, limit)
				}
				fr, fi, err := s.Relations(ctx, e.ID, RelationFilter{}, fast)
				if err != nil {
					t.Fatal(err)
				}
				sr, si, err := s.Relations(ctx, e.ID, every, scan)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.EqualFunc(fr, sr, func(a, b Relation) bool { return a.ID == b.ID }) ||
					fi.Total != si.Total || fi.HasNext != si.HasNext || !slices.Equal(fi.Next, si.Next) {
					t.Fatalf("entity %d, page %d of %d: unfiltered %v %+v; scan %v %+v", e.ID, pages, limit, relIDs(fr), fi, relIDs(sr), si)
				}
				if !fi.HasNext {
					break
				}
				fast.After, scan.After = fi.Next, si.Next
			}
		}
	}
	if both < 3 {
		t.Errorf("only %d entities have relations both ways; the fixture should have more", both)
	}
}

func relIDs(rs []Relation) []uint64 {
	out := make([]uint64, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}
