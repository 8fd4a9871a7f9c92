package store

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
)

func dump(t *testing.T, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Dump(context.Background(), &b); err != nil {
		t.Fatalf("Dump: %v", err)
	}
	return b.String()
}

// diffDumps names the first line where two dumps differ.
func diffDumps(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + x + " != " + y
		}
	}
	return ""
}

// twoKerrys stores "John Kerry" and "Secretary Kerry" as two people (two
// multi-word names are not merged by ingest), related to the same others.
func twoKerrys() []IngestDoc {
	return []IngestDoc{
		doc("k1", "2014-03-30", "John Kerry met Sergey Lavrov in Paris.", extract.Analysis{
			Entities: []extract.Entity{
				ent("a", extract.Person, "John Kerry"),
				ent("b", extract.Person, "Sergey Lavrov"),
				ent("c", extract.Location, "Paris"),
			},
			Relations: []extract.Relation{{Type: "MET_WITH", Source: "a", Target: "b", Confidence: 0.7, Evidence: ev("John Kerry met Sergey Lavrov")}},
			Events: []extract.Event{{Type: "MEET", Trigger: "met", Date: "2014-03-30",
				Participants: []extract.Participant{{Entity: "a", Role: "AGENT"}, {Entity: "b"}}, Location: "c",
				Confidence: 0.8, Evidence: ev("John Kerry met Sergey Lavrov in Paris")}},
			Quotes: []extract.Quote{{Speaker: "a", Text: "Good talks", Direct: true}},
		}),
		doc("k2", "2014-04-02", "Secretary Kerry met Sergey Lavrov again and praised John Kerry.", extract.Analysis{
			Entities: []extract.Entity{
				ent("x", extract.Person, "Secretary Kerry"),
				ent("y", extract.Person, "Sergey Lavrov"),
				ent("z", extract.Person, "John Kerry"),
			},
			Relations: []extract.Relation{
				{Type: "MET_WITH", Source: "x", Target: "y", Confidence: 0.9, Evidence: ev("Secretary Kerry met Sergey Lavrov")},
				{Type: "RELATED_TO", Source: "x", Target: "z", Confidence: 0.4, Evidence: ev("praised John Kerry")},
			},
			Events: []extract.Event{{Type: "MEET", Trigger: "met", Date: "2014-04-02",
				Participants: []extract.Participant{{Entity: "x"}, {Entity: "y"}}, Confidence: 0.6,
				Evidence: ev("Secretary Kerry met Sergey Lavrov again")}},
			Quotes: []extract.Quote{{Speaker: "x", Text: "Again", Direct: true}},
		}),
	}
}

func TestMergeThenSplitRestoresTheStore(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, twoKerrys()...)
	john := mustFind(t, s, "john kerry", extract.Person)
	sec := mustFind(t, s, "secretary kerry", extract.Person)
	lavrov := mustFind(t, s, "sergey lavrov", extract.Person)
	beforeStats, _ := s.Stats(ctx)
	before := dump(t, s)

	merged, m, err := s.MergeEntities(ctx, john.ID, sec.ID)
	if err != nil {
		t.Fatalf("MergeEntities: %v", err)
	}
	if merged.MentionCount != john.MentionCount+sec.MentionCount || merged.DocCount != 2 {
		t.Errorf("merged = %+v; want mentions %d in 2 documents", merged, john.MentionCount+sec.MentionCount)
	}
	if _, err := s.Entity(ctx, sec.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("absorbed entity still there: %v", err)
	}
	// The two MET_WITH relations fold into one; the RELATED_TO between the
	// two Kerrys would join the entity to itself and goes.
	rels, info, err := s.Relations(ctx, john.ID, RelationFilter{}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if info.Total != 1 || rels[0].Type != "MET_WITH" || rels[0].Count != 2 || rels[0].Target != lavrov.ID || rels[0].Confidence != 0.9 {
		t.Fatalf("relations after merge = %+v (total %d); want one MET_WITH to Lavrov seen twice", rels, info.Total)
	}
	evs, _, _ := s.RelationEvidence(ctx, rels[0].ID, Page{})
	if len(evs) != 2 {
		t.Errorf("folded relation has %d pieces of evidence; want 2", len(evs))
	}
	events, _, _ := s.Events(ctx, EventFilter{EntityID: john.ID}, Page{})
	if len(events) != 2 {
		t.Errorf("merged entity takes part in %d events; want 2", len(events))
	}
	quotes, _, _ := s.Quotes(ctx, john.ID, Page{})
	if len(quotes) != 2 {
		t.Errorf("merged entity has %d quotes; want 2", len(quotes))
	}
	if got := mustFind(t, s, "secretary kerry", extract.Person); got.ID != john.ID {
		t.Errorf("search for the absorbed name finds %+v; want the merged entity", got)
	}
	st, _ := s.Stats(ctx)
	if st.Entities != beforeStats.Entities-1 || st.Relations != beforeStats.Relations-2 {
		t.Errorf("stats after merge = %+v; want one entity and two relations fewer than %+v", st, beforeStats)
	}
	again, m2, err := s.MergeEntities(ctx, john.ID, sec.ID)
	if err != nil || m2.ID != m.ID || again.MentionCount != merged.MentionCount {
		t.Errorf("repeated merge = %+v, %+v, %v; want the recorded merge %d", again, m2, err, m.ID)
	}
	ms, err := s.Merges(ctx, john.ID)
	if err != nil || len(ms) != 1 || ms[0].ID != m.ID || ms[0].From != sec.ID {
		t.Errorf("Merges = %+v, %v; want the one merge", ms, err)
	}

	kept, back, err := s.SplitEntity(ctx, john.ID, 0)
	if err != nil {
		t.Fatalf("SplitEntity: %v", err)
	}
	if kept.ID != john.ID || back.ID != sec.ID || back.Name != "Secretary Kerry" {
		t.Errorf("split = %+v, %+v", kept, back)
	}
	if after := dump(t, s); after != before {
		t.Errorf("store after merge and split differs from before: %s", diffDumps(before, after))
	}
	// Reads see the restored graph (the caches were dropped).
	if got := mustFind(t, s, "secretary kerry", extract.Person); got.ID != sec.ID {
		t.Errorf("after split, search finds %+v; want entity %d back", got, sec.ID)
	}
	if _, _, err := s.SplitEntity(ctx, john.ID, 0); !errors.Is(err, ErrNotFound) {
		t.Errorf("second split: %v; want ErrNotFound (no merge left)", err)
	}
	if _, _, err := s.MergeEntities(ctx, john.ID, john.ID); !errors.Is(err, ErrConflict) {
		t.Errorf("merge with itself: %v; want ErrConflict", err)
	}
	if _, _, err := s.MergeEntities(ctx, john.ID, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("merge unknown: %v; want ErrNotFound", err)
	}
}

func TestSplitRefusesAfterLaterChanges(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	docs := twoKerrys()
	ingest(t, s, docs[0])
	ingest(t, s, doc("k3", "2014-04-05", "Secretary Kerry spoke.", extract.Analysis{
		Entities: []extract.Entity{ent("x", extract.Person, "Secretary Kerry")}}))
	john := mustFind(t, s, "john kerry", extract.Person)
	sec := mustFind(t, s, "secretary kerry", extract.Person)
	if _, _, err := s.MergeEntities(ctx, john.ID, sec.ID); err != nil {
		t.Fatal(err)
	}
	// A later document mentioning the merged entity changes its record.
	ingest(t, s, doc("k4", "2014-04-06", "John Kerry flew.", extract.Analysis{
		Entities: []extract.Entity{ent("a", extract.Person, "John Kerry")}}))
	if _, _, err := s.SplitEntity(ctx, john.ID, 0); !errors.Is(err, ErrConflict) {
		t.Errorf("split after a later change: %v; want ErrConflict", err)
	}
}

func TestDeleteDocument(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	empty := dump(t, s)
	res := ingest(t, s, kerryLavrov()...)
	kerry := mustFind(t, s, "kerry", extract.Person)

	// Deleting the follow-up leaves the seed's facts, with counts recomputed.
	dr, err := s.DeleteDocument(ctx, res[1].DocID)
	if err != nil || !dr.Deleted {
		t.Fatalf("DeleteDocument(follow) = %+v, %v", dr, err)
	}
	k, err := s.Entity(ctx, kerry.ID)
	if err != nil {
		t.Fatal(err)
	}
	if k.DocCount != 1 || k.LastSeen != "2014-03-30" || slices.ContainsFunc(k.Aliases, func(a Alias) bool { return a.Count == 0 && a.Text != k.Name }) {
		t.Errorf("Kerry after delete = %+v; want one document, last seen 2014-03-30, no dead aliases", k)
	}
	rels, _, _ := s.Relations(ctx, kerry.ID, RelationFilter{Types: []string{"MET_WITH"}}, Page{})
	if len(rels) != 1 || rels[0].Count != 1 || rels[0].LastSeen != "2014-03-30" {
		t.Errorf("MET_WITH after delete = %+v; want seen once, last 2014-03-30", rels)
	}
	if _, err := s.DocumentByExtID(ctx, "follow"); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted document still found: %v", err)
	}
	if got, _, _ := s.SearchDocuments(ctx, "sunday", Page{}); len(got) != 0 {
		t.Errorf("word index still finds the deleted document: %+v", got)
	}
	// Deleting again is harmless.
	if dr, err := s.DeleteDocument(ctx, res[1].DocID); err != nil || dr.Deleted {
		t.Errorf("second delete = %+v, %v; want Deleted false, no error", dr, err)
	}
	// Deleting the seed too leaves nothing but the counters at zero.
	dr, err = s.DeleteDocument(ctx, res[0].DocID)
	if err != nil || dr.Entities != 5 || dr.Relations != 2 || dr.Events != 1 || dr.Quotes != 1 {
		t.Fatalf("DeleteDocument(seed) = %+v, %v; want 5 entities, 2 relations, 1 event, 1 quote removed", dr, err)
	}
	st, _ := s.Stats(ctx)
	if st != (Stats{}) {
		t.Errorf("Stats after deleting everything = %+v; want zeros", st)
	}
	var left []string
	for _, line := range strings.Split(dump(t, s), "\n") {
		if line != "" && !strings.HasPrefix(line, "23") && !strings.Contains(empty, line) { // '#' counters at zero are fine
			left = append(left, line)
		}
	}
	if len(left) > 0 {
		t.Errorf("keys left after deleting every document: %q", left)
	}
	// Search, paths and the rest see the empty graph.
	if got, _, _ := s.FindEntities(ctx, "kerry", nil, Page{}); len(got) != 0 {
		t.Errorf("FindEntities after delete = %+v", got)
	}
}

func TestRenameEntity(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, kerryLavrov()...)
	kerry := mustFind(t, s, "kerry", extract.Person)
	e, err := s.RenameEntity(ctx, kerry.ID, "John Forbes Kerry")
	if err != nil || e.Name != "John Forbes Kerry" {
		t.Fatalf("RenameEntity = %+v, %v", e, err)
	}
	if got := mustFind(t, s, "forbes", extract.Person); got.ID != kerry.ID {
		t.Errorf("search for the new name finds %+v", got)
	}
	if got := mustFind(t, s, "john kerry", extract.Person); got.ID != kerry.ID || got.Name != "John Forbes Kerry" {
		t.Errorf("search for the old name finds %+v; want the renamed entity", got)
	}
	again := dump(t, s)
	if _, err := s.RenameEntity(ctx, kerry.ID, "John Forbes Kerry"); err != nil || dump(t, s) != again {
		t.Errorf("renaming to the same name changed the store (err %v)", err)
	}
	if _, err := s.RenameEntity(ctx, kerry.ID, " -- "); !errors.Is(err, ErrInvalid) {
		t.Errorf("rename to punctuation: %v; want ErrInvalid", err)
	}
	if _, err := s.RenameEntity(ctx, 999, "X"); !errors.Is(err, ErrNotFound) {
		t.Errorf("rename unknown: %v; want ErrNotFound", err)
	}
}

func TestFuzzySearch(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, kerryLavrov()...)
	for _, q := range []string{"Lavrof", "sergei lavrov", "lavrow", "kery"} {
		got, _, err := s.FindEntities(ctx, q, nil, Page{})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			t.Errorf("FindEntities(%q) found nothing", q)
			continue
		}
		want := "Sergey Lavrov"
		if q == "kery" {
			want = "John Kerry"
		}
		if got[0].Name != want {
			t.Errorf("FindEntities(%q)[0] = %s; want %s", q, got[0].Name, want)
		}
	}
	// A later ingest is searchable fuzzily at once (the in-memory index follows writes).
	ingest(t, s, doc("z", "2014-04-01", "Zbigniew Brzezinski", extract.Analysis{
		Entities: []extract.Entity{ent("a", extract.Person, "Zbigniew Brzezinski")}}))
	if got, _, _ := s.FindEntities(ctx, "brzezinsky", nil, Page{}); len(got) != 1 || got[0].Name != "Zbigniew Brzezinski" {
		t.Errorf("fuzzy search after ingest = %+v", got)
	}
}

func TestWatch(t *testing.T) {
	s, _ := newTestStore(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ready := make(chan struct{})
	got := make(chan Change, 16)
	done := make(chan error, 1)
	go func() {
		done <- s.Watch(ctx, ready, func(c Change) error { got <- c; return nil })
	}()
	<-ready
	res := ingest(t, s, kerryLavrov()[0])
	var kinds []Kind
	for len(kinds) < 2 {
		select {
		case c := <-got:
			kinds = append(kinds, c.Kind)
			if c.Kind == KindDocument && c.ID != res[0].DocID {
				t.Errorf("document change %d; want %d", c.ID, res[0].DocID)
			}
		case <-ctx.Done():
			t.Fatalf("watch saw %v before timing out; want a document and an event", kinds)
		}
	}
	slices.Sort(kinds)
	if !slices.Equal(kinds, []Kind{KindDocument, KindEvent}) {
		t.Errorf("changes = %q; want a document and an event", kinds)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Watch returned %v after cancel; want nil", err)
	}
}

func TestMergeTooLarge(t *testing.T) {
	s, err := Open(t.TempDir(), Options{MemTableSize: 1 << 20, GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	many := func(id, name string) extract.Entity {
		e := extract.Entity{ID: id, Name: name, Type: extract.Person}
		for i := 0; i < 1000; i++ {
			e.Mentions = append(e.Mentions, extract.Mention{Text: name, Start: i * 20, End: i*20 + len(name), Sentence: i})
		}
		return e
	}
	ingest(t, s, doc("a", "2024-01-01", "A", extract.Analysis{Entities: []extract.Entity{many("a", "Alice Example")}}))
	ingest(t, s, doc("b", "2024-01-02", "B", extract.Analysis{Entities: []extract.Entity{many("b", "Bob Example")}}))
	alice, bob := mustFind(t, s, "alice example", ""), mustFind(t, s, "bob example", "")
	before := dump(t, s)
	if _, _, err := s.MergeEntities(ctx, alice.ID, bob.ID); !errors.Is(err, ErrEditTooLarge) {
		t.Fatalf("merge of 2000 mentions in a 1 MiB memtable: %v; want ErrEditTooLarge", err)
	}
	if dump(t, s) != before {
		t.Error("a refused merge changed the store")
	}
}
