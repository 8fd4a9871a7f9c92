package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/extract"
)

func newTestStore(t testing.TB) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatalf("Open(%q): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

// ent builds a local entity with one mention per surface form given.
func ent(id, typ, name string, aliases ...string) extract.Entity {
	e := extract.Entity{ID: id, Name: name, Type: typ, Aliases: aliases}
	for i, f := range append([]string{name}, aliases...) {
		e.Mentions = append(e.Mentions, extract.Mention{Text: f, Start: i * 10, End: i*10 + len(f), Sentence: i})
	}
	return e
}

func ev(text string) []extract.Evidence {
	return []extract.Evidence{{Sentence: 0, Start: 0, End: len(text), Text: text}}
}

func doc(ext, published, text string, a extract.Analysis) IngestDoc {
	return IngestDoc{Doc: Document{ExtID: ext, Title: "t " + ext, Published: published, Text: text}, Analysis: &a}
}

func ingest(t testing.TB, s *Store, docs ...IngestDoc) []IngestResult {
	t.Helper()
	res, errs := s.Ingest(context.Background(), docs)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Ingest doc %d (%s): %v", i, docs[i].Doc.ExtID, err)
		}
	}
	return res
}

// kerryLavrov is a small batch resembling the seed article and a follow-up.
func kerryLavrov() []IngestDoc {
	return []IngestDoc{
		doc("seed", "2014-03-30", "Kerry met Lavrov in Paris.", extract.Analysis{
			Entities: []extract.Entity{
				ent("e1", extract.Person, "John Kerry", "Kerry", "Secretary of State John Kerry"),
				ent("e2", extract.Person, "Sergey Lavrov", "Lavrov"),
				ent("e3", extract.Location, "Paris"),
				ent("e4", extract.Location, "U.S."),
				ent("e5", extract.Location, "Russia"),
			},
			Relations: []extract.Relation{
				{Type: "MET_WITH", Source: "e1", Target: "e2", Confidence: 0.7, Evidence: ev("Kerry met Lavrov")},
				{Type: "CITIZEN_OF", Source: "e2", Target: "e5", Confidence: 0.5, Evidence: ev("Russian Lavrov")},
			},
			Events: []extract.Event{{Type: "MEET", CAMEO: "040", Trigger: "met", Date: "2014-03-30",
				Participants: []extract.Participant{{Entity: "e1", Role: "AGENT"}, {Entity: "e2", Role: "PARTICIPANT"}},
				Location:     "e3", Confidence: 0.8, Evidence: ev("Kerry met Lavrov in Paris")}},
			Quotes: []extract.Quote{{Speaker: "e1", Text: "We had a frank talk", Direct: true}},
		}),
		doc("follow", "2014-03-31", "Lavrov and Kerry met on Sunday, said US officials.", extract.Analysis{
			Entities: []extract.Entity{
				ent("a", extract.Person, "Lavrov"),
				ent("b", extract.Person, "Kerry"),
				ent("c", extract.Location, "US"),
			},
			Relations: []extract.Relation{
				{Type: "MET_WITH", Source: "b", Target: "a", Confidence: 0.9, Evidence: ev("Lavrov and Kerry met")},
			},
			Events: []extract.Event{{Type: "MEET", Trigger: "met", Date: "2014-03-30",
				Participants: []extract.Participant{{Entity: "a"}, {Entity: "b"}}, Confidence: 0.6,
				Evidence: ev("Lavrov and Kerry met on Sunday")}},
		}),
	}
}

func mustFind(t *testing.T, s *Store, search, typ string) Entity {
	t.Helper()
	var types []string
	if typ != "" {
		types = []string{typ}
	}
	got, _, err := s.FindEntities(context.Background(), search, types, Page{})
	if err != nil {
		t.Fatalf("FindEntities(%q): %v", search, err)
	}
	if len(got) == 0 {
		t.Fatalf("FindEntities(%q, %v) found nothing", search, types)
	}
	return got[0]
}

func TestIngestResolvesAcrossDocuments(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	res := ingest(t, s, kerryLavrov()...)
	if res[0].NewEntities != 5 || res[1].NewEntities != 0 {
		t.Errorf("NewEntities = %d, %d; want 5, 0 (the second document only names known entities)", res[0].NewEntities, res[1].NewEntities)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{Documents: 2, Entities: 5, Relations: 2, Events: 1, Quotes: 1, Mentions: 8 + 3}
	if st != want {
		t.Errorf("Stats = %+v; want %+v", st, want)
	}

	kerry := mustFind(t, s, "kerry", extract.Person)
	if kerry.Name != "John Kerry" || kerry.MentionCount != 4 || kerry.DocCount != 2 {
		t.Errorf("Kerry = %q mentions %d docs %d; want John Kerry, 4, 2", kerry.Name, kerry.MentionCount, kerry.DocCount)
	}
	if kerry.FirstSeen != "2014-03-30" || kerry.LastSeen != "2014-03-31" {
		t.Errorf("Kerry seen %s..%s; want 2014-03-30..2014-03-31", kerry.FirstSeen, kerry.LastSeen)
	}
	if i := slices.IndexFunc(kerry.Aliases, func(a Alias) bool { return a.Text == "Kerry" }); i < 0 || kerry.Aliases[i].Count != 2 {
		t.Errorf("Kerry aliases = %+v; want \"Kerry\" seen twice", kerry.Aliases)
	}
	us := mustFind(t, s, "u.s", extract.Location)
	if us.Name != "U.S." || us.DocCount != 2 {
		t.Errorf("\"US\" resolved to %+v; want U.S. in 2 documents", us)
	}

	// The relation was seen twice in the same direction? No: once Kerry->Lavrov,
	// once Kerry->Lavrov again ("b" is Kerry, "a" Lavrov), so one relation.
	lavrov := mustFind(t, s, "lavrov", "")
	rels, info, err := s.Relations(ctx, kerry.ID, RelationFilter{Types: []string{"MET_WITH"}}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 1 || info.Total != 1 {
		t.Fatalf("Kerry MET_WITH relations = %+v (total %d); want one", rels, info.Total)
	}
	r, err := s.Relation(ctx, rels[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if r.Source != kerry.ID || r.Target != lavrov.ID || r.Count != 2 || r.Confidence != 0.9 || len(r.Evidence) != 2 {
		t.Errorf("relation = %+v; want Kerry->Lavrov count 2 confidence 0.9 with 2 evidence", r)
	}
	if r.FirstSeen != "2014-03-30" || r.LastSeen != "2014-03-31" {
		t.Errorf("relation seen %s..%s", r.FirstSeen, r.LastSeen)
	}
	// Incoming on Lavrov's side, outgoing CITIZEN_OF too.
	lr, _, err := s.Relations(ctx, lavrov.ID, RelationFilter{}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(lr) != 2 || lr[0].Type != "CITIZEN_OF" || lr[1].Type != "MET_WITH" {
		t.Errorf("Lavrov relations = %+v; want CITIZEN_OF (out) then MET_WITH (in)", lr)
	}
	in, _, err := s.Relations(ctx, lavrov.ID, RelationFilter{Direction: In}, Page{})
	if err != nil || len(in) != 1 || in[0].Type != "MET_WITH" {
		t.Errorf("Lavrov incoming = %+v, %v; want MET_WITH", in, err)
	}

	// One event across both documents, with the evidence of both.
	evs, info, err := s.Events(ctx, EventFilter{EntityID: kerry.ID}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || info.Total != 1 {
		t.Fatalf("Kerry events = %+v; want one merged MEET", evs)
	}
	e, err := s.Event(ctx, evs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if e.Type != "MEET" || len(e.Evidence) != 2 || e.Confidence != 0.8 || e.Evidence[0].DocID == e.Evidence[1].DocID {
		t.Errorf("event = %+v; want MEET with evidence from 2 documents, confidence 0.8", e)
	}
	paris := mustFind(t, s, "paris", "")
	if e.LocationID != paris.ID {
		t.Errorf("event location = %d; want Paris %d", e.LocationID, paris.ID)
	}
	if byLoc, _, err := s.Events(ctx, EventFilter{EntityID: paris.ID}, Page{}); err != nil || len(byLoc) != 1 {
		t.Errorf("Events(location Paris) = %v, %v; want the MEET", byLoc, err)
	}

	qs, _, err := s.Quotes(ctx, kerry.ID, Page{})
	if err != nil || len(qs) != 1 || qs[0].Text != "We had a frank talk" {
		t.Errorf("Kerry quotes = %+v, %v", qs, err)
	}
	docs, info, err := s.EntityDocuments(ctx, lavrov.ID, Page{})
	if err != nil || len(docs) != 2 || info.Total != 2 || docs[0].ExtID != "seed" {
		t.Errorf("Lavrov documents = %d (total %d), %v; want seed and follow", len(docs), info.Total, err)
	}
	ments, info, err := s.Mentions(ctx, kerry.ID, Page{})
	if err != nil || len(ments) != 4 || info.Total != 4 {
		t.Errorf("Kerry mentions = %+v (total %d), %v; want 4", ments, info.Total, err)
	}
	d, err := s.DocumentByExtID(ctx, "follow")
	if err != nil || d.Text != "Lavrov and Kerry met on Sunday, said US officials." || d.Published != "2014-03-31" {
		t.Errorf("DocumentByExtID(follow) = %+v, %v", d, err)
	}
	des, _, err := s.DocumentEntities(ctx, d.ID, Page{})
	if err != nil || len(des) != 3 {
		t.Errorf("DocumentEntities(follow) = %d entities, %v; want 3", len(des), err)
	}
}

func TestIngestIdempotentAcrossRestart(t *testing.T) {
	s, dir := newTestStore(t)
	ctx := context.Background()
	first := ingest(t, s, kerryLavrov()...)
	snapshot := func(s *Store) (Stats, []Entity, []Event) {
		t.Helper()
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ents, _, err := s.FindEntities(ctx, "", nil, Page{})
		if err != nil {
			t.Fatal(err)
		}
		evs, _, err := s.Events(ctx, EventFilter{}, Page{})
		if err != nil {
			t.Fatal(err)
		}
		return st, ents, evs
	}
	st0, ents0, evs0 := snapshot(s)

	check := func(when string, s *Store) {
		t.Helper()
		again := ingest(t, s, kerryLavrov()...)
		for i, r := range again {
			if !r.Skipped || r.DocID != first[i].DocID {
				t.Errorf("%s: re-ingest %s = %+v; want skipped with doc id %d", when, r.ExtID, r, first[i].DocID)
			}
		}
		st, ents, evs := snapshot(s)
		if st != st0 {
			t.Errorf("%s: Stats = %+v; want unchanged %+v", when, st, st0)
		}
		if fmt.Sprint(ents) != fmt.Sprint(ents0) {
			t.Errorf("%s: entities changed:\n got %+v\nwant %+v", when, ents, ents0)
		}
		if fmt.Sprint(evs) != fmt.Sprint(evs0) {
			t.Errorf("%s: events changed:\n got %+v\nwant %+v", when, evs, evs0)
		}
	}
	check("same session", s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	check("after reopen", s2)

	// New ids continue after the old ones instead of reusing them.
	res := ingest(t, s2, doc("third", "2014-04-01", "Obama called Putin.", extract.Analysis{
		Entities: []extract.Entity{ent("x", extract.Person, "Barack Obama")}}))
	if res[0].DocID <= first[1].DocID {
		t.Errorf("new doc id %d; want > %d", res[0].DocID, first[1].DocID)
	}
	obama := mustFind(t, s2, "obama", "")
	for _, e := range ents0 {
		if obama.ID <= e.ID {
			t.Errorf("new entity id %d not above existing %d", obama.ID, e.ID)
		}
	}
}

func TestIngestChangedTextFailsAndChangesNothing(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, kerryLavrov()...)
	before, _ := s.Stats(ctx)
	d := kerryLavrov()[0]
	d.Doc.Text = "a different text"
	d.Analysis.Entities = append(d.Analysis.Entities, ent("z", extract.Person, "Someone Else"))
	res, errs := s.Ingest(ctx, []IngestDoc{d, doc("ok", "", "fine", extract.Analysis{})})
	if !errors.Is(errs[0], ErrTextChanged) || !strings.Contains(errs[0].Error(), `"seed"`) {
		t.Errorf("Ingest(changed seed) error = %v; want ErrTextChanged naming \"seed\"", errs[0])
	}
	if errs[1] != nil || res[1].DocID == 0 {
		t.Errorf("the next document in the batch failed too: %v", errs[1])
	}
	after, _ := s.Stats(ctx)
	before.Documents++ // the "ok" document
	if after != before {
		t.Errorf("Stats after failed ingest = %+v; want %+v", after, before)
	}
}

func TestIngestWithoutExtIDUsesTextHash(t *testing.T) {
	s, _ := newTestStore(t)
	d := doc("", "", "anonymous text", extract.Analysis{})
	r1 := ingest(t, s, d)
	r2 := ingest(t, s, d)
	if !strings.HasPrefix(r1[0].ExtID, "sha256:") || !r2[0].Skipped || r2[0].DocID != r1[0].DocID {
		t.Errorf("ingest without id twice = %+v then %+v; want sha256 id, then skipped", r1[0], r2[0])
	}
}

func TestResolutionRules(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	kb := func(e extract.Entity, k string) extract.Entity { e.KB = k; return e }
	ingest(t, s,
		doc("1", "2014-01-01", "x", extract.Analysis{Entities: []extract.Entity{
			ent("a", extract.Person, "John Kerry", "Kerry"),
			kb(ent("b", extract.Organization, "United Nations"), "org:un"),
			ent("c", extract.Person, "Sergey Lavrov", "Lavrov"),
		}}),
		// KB key merges different names; accents and case do not matter for names.
		doc("2", "2014-01-02", "y", extract.Analysis{Entities: []extract.Entity{
			kb(ent("a", extract.Organization, "UN"), "org:un"),
			ent("b", extract.Person, "SÉRGEY LAVROV"),
		}}),
		// A different multi-word person sharing the surname is a different person.
		doc("3", "2014-01-03", "z", extract.Analysis{Entities: []extract.Entity{
			ent("a", extract.Person, "Cameron Kerry", "Kerry"),
		}}),
		// Now "Kerry" alone is ambiguous: two persons carry that alias.
		doc("4", "2014-01-04", "w", extract.Analysis{Entities: []extract.Entity{
			ent("a", extract.Person, "Kerry"),
		}}),
		// "Lavrov" alone has exactly one owner; the same name as a LOCATION is not him.
		doc("5", "2014-01-05", "v", extract.Analysis{Entities: []extract.Entity{
			ent("a", extract.Person, "Lavrov"),
			ent("b", extract.Location, "Lavrov"),
		}}),
	)
	all, _, err := s.FindEntities(ctx, "", nil, Page{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range all {
		names = append(names, fmt.Sprintf("%s/%s/%d", e.Name, e.Type, e.DocCount))
	}
	slices.Sort(names)
	want := []string{
		"Cameron Kerry/PERSON/1", "John Kerry/PERSON/1", "Kerry/PERSON/1",
		"Lavrov/LOCATION/1", "Sergey Lavrov/PERSON/3", "United Nations/ORGANIZATION/2",
	}
	if !slices.Equal(names, want) {
		t.Errorf("entities = %q\nwant %q", names, want)
	}
}

func TestSurnameFirstTakesFullName(t *testing.T) {
	s, _ := newTestStore(t)
	ingest(t, s,
		doc("1", "", "Obama spoke.", extract.Analysis{Entities: []extract.Entity{ent("a", extract.Person, "Obama")}}),
		doc("2", "", "Barack Obama spoke.", extract.Analysis{Entities: []extract.Entity{ent("a", extract.Person, "Barack Obama", "Obama")}}),
		doc("3", "", "Barack Obama spoke again.", extract.Analysis{Entities: []extract.Entity{ent("a", extract.Person, "Barack Obama")}}),
	)
	st, _ := s.Stats(context.Background())
	o := mustFind(t, s, "barack", "")
	if st.Entities != 1 || o.Name != "Barack Obama" || o.DocCount != 3 {
		t.Errorf("entities %d, %+v; want one Barack Obama in 3 documents", st.Entities, o)
	}
}

func TestFindEntitiesSearch(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, kerryLavrov()...)
	for _, tc := range []struct {
		q     string
		types []string
		want  []string
	}{
		{"lav", nil, []string{"Sergey Lavrov"}},
		{"sergey lav", nil, []string{"Sergey Lavrov"}},
		{"SÉRGEY", nil, []string{"Sergey Lavrov"}},
		{"us", nil, []string{"U.S."}},
		{"state john", nil, []string{"John Kerry"}},
		{"erry", nil, nil},
		{"--", nil, nil},
		{"p", nil, []string{"Paris"}},
		{"", []string{extract.Person}, []string{"John Kerry", "Sergey Lavrov"}},
		{"r", []string{extract.Location}, []string{"Russia"}},
	} {
		got, info, err := s.FindEntities(ctx, tc.q, tc.types, Page{})
		if err != nil {
			t.Fatalf("FindEntities(%q): %v", tc.q, err)
		}
		var names []string
		for _, e := range got {
			names = append(names, e.Name)
		}
		if !slices.Equal(names, tc.want) || info.Total != len(tc.want) {
			t.Errorf("FindEntities(%q, %v) = %q (total %d); want %q", tc.q, tc.types, names, info.Total, tc.want)
		}
	}
}

func TestShortestPaths(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	// a - b - d and a - c - d (c->a points backwards), plus d - e.
	ingest(t, s, doc("g", "", "graph", extract.Analysis{
		Entities: []extract.Entity{
			ent("a", extract.Person, "Alpha One"), ent("b", extract.Person, "Bravo Two"),
			ent("c", extract.Person, "Charlie Three"), ent("d", extract.Person, "Delta Four"),
			ent("e", extract.Person, "Echo Five"), ent("f", extract.Person, "Foxtrot Six"),
		},
		Relations: []extract.Relation{
			{Type: "MET_WITH", Source: "a", Target: "b"}, {Type: "MET_WITH", Source: "b", Target: "d"},
			{Type: "SPOKE_WITH", Source: "c", Target: "a"}, {Type: "MET_WITH", Source: "c", Target: "d"},
			{Type: "MET_WITH", Source: "d", Target: "e"},
		},
	}))
	id := func(q string) uint64 { return mustFind(t, s, q, "").ID }
	a, d, e, f := id("alpha"), id("delta"), id("echo"), id("foxtrot")
	paths, err := s.ShortestPaths(ctx, a, d, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 2 {
		t.Fatalf("paths a->d = %+v; want 2", paths)
	}
	for _, p := range paths {
		if len(p.Hops) != 2 || p.Entities[0] != a || p.Entities[2] != d || p.Hops[0].From != a || p.Hops[1].To != d {
			t.Errorf("path = %+v; want a, x, d in 2 hops", p)
		}
	}
	if paths[0].Entities[1] == paths[1].Entities[1] {
		t.Errorf("both paths go through %d; want via b and via c", paths[0].Entities[1])
	}
	if p, err := s.ShortestPaths(ctx, a, e, 2); err != nil || len(p) != 0 {
		t.Errorf("paths a->e within 2 hops = %+v, %v; want none", p, err)
	}
	if p, err := s.ShortestPaths(ctx, a, e, 3); err != nil || len(p) != 2 || len(p[0].Hops) != 3 {
		t.Errorf("paths a->e within 3 hops = %+v, %v; want 2 of 3 hops", p, err)
	}
	if p, err := s.ShortestPaths(ctx, a, f, 6); err != nil || len(p) != 0 {
		t.Errorf("paths to an isolated entity = %+v, %v; want none", p, err)
	}
	if _, err := s.ShortestPaths(ctx, a, 999, 3); !errors.Is(err, ErrNotFound) {
		t.Errorf("paths to unknown id: err = %v; want ErrNotFound", err)
	}
}

func TestNotFound(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, kerryLavrov()...)
	checks := map[string]error{}
	_, checks["Entity"] = s.Entity(ctx, 999)
	_, checks["Document"] = s.Document(ctx, 999)
	_, checks["DocumentByExtID"] = s.DocumentByExtID(ctx, "nope")
	_, checks["Event"] = s.Event(ctx, 999)
	_, checks["Relation"] = s.Relation(ctx, 999)
	_, _, checks["Relations"] = s.Relations(ctx, 999, RelationFilter{}, Page{})
	_, _, checks["Mentions"] = s.Mentions(ctx, 999, Page{})
	_, _, checks["EntityDocuments"] = s.EntityDocuments(ctx, 999, Page{})
	_, _, checks["Events"] = s.Events(ctx, EventFilter{EntityID: 999}, Page{})
	for name, err := range checks {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s(unknown) err = %v; want ErrNotFound", name, err)
		}
	}
	got, err := s.Entities(ctx, []uint64{999, 1})
	if err != nil || got[0].ID != 0 || got[1].ID != 1 {
		t.Errorf("Entities([999 1]) = %+v, %v; want missing then entity 1", got, err)
	}
}

func TestFormatVersionChecked(t *testing.T) {
	s, dir := newTestStore(t)
	if err := s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(metaFormatKey(), appendU64(nil, formatVersion+1))
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "format version") {
		t.Errorf("Open(store of another version) err = %v; want a format version error", err)
	}
}

func TestReadOnlyAndInMemory(t *testing.T) {
	s, dir := newTestStore(t)
	ingest(t, s, kerryLavrov()...)
	s.Close()
	ro, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if st, err := ro.Stats(context.Background()); err != nil || st.Documents != 2 {
		t.Errorf("read-only Stats = %+v, %v", st, err)
	}
	if _, errs := ro.Ingest(context.Background(), []IngestDoc{doc("n", "", "new", extract.Analysis{})}); !errors.Is(errs[0], ErrReadOnly) {
		t.Errorf("read-only Ingest err = %v; want ErrReadOnly", errs[0])
	}
	mem, err := Open("", Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	ingest(t, mem, kerryLavrov()...)
	if st, _ := mem.Stats(context.Background()); st.Entities != 5 {
		t.Errorf("in-memory entities = %d; want 5", st.Entities)
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"U.S.", "us"},
		{"US", "us"},
		{"  Sergey   Lavrov ", "sergey lavrov"},
		{"Sérgey LAVROV", "sergey lavrov"},
		{"O'Brien", "obrien"},
		{"Jean-Claude Juncker", "jean claude juncker"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"—", ""},
		{"Al-Assad, Bashar", "al assad bashar"},
	} {
		if got := normalize(tc.in); got != tc.want {
			t.Errorf("normalize(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestOversizedDocumentLeavesNothing(t *testing.T) {
	// A 1 MiB memtable allows transactions of about 150 KB, so a document with
	// thousands of mentions cannot be written in one.
	s, err := Open(t.TempDir(), Options{MemTableSize: 1 << 20, GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	ingest(t, s, kerryLavrov()...)
	before, _ := s.Stats(ctx)
	big := ent("x", extract.Person, "Verbose Person")
	for i := range 20000 {
		big.Mentions = append(big.Mentions, extract.Mention{Text: "Verbose Person", Start: i * 20, End: i*20 + 14})
	}
	_, errs := s.Ingest(ctx, []IngestDoc{doc("huge", "", "long text", extract.Analysis{Entities: []extract.Entity{big}})})
	if errs[0] == nil || !strings.Contains(errs[0].Error(), `"huge"`) {
		t.Fatalf("Ingest(oversized) err = %v; want an error naming \"huge\"", errs[0])
	}
	after, _ := s.Stats(ctx)
	if after != before {
		t.Errorf("Stats after failed ingest = %+v; want %+v", after, before)
	}
	if _, err := s.DocumentByExtID(ctx, "huge"); !errors.Is(err, ErrNotFound) {
		t.Errorf("oversized document was stored: %v", err)
	}
	if got, _, _ := s.FindEntities(ctx, "verbose", nil, Page{}); len(got) != 0 {
		t.Errorf("entity of the failed document was stored: %+v", got)
	}
}

func TestConcurrentReadsDuringIngest(t *testing.T) {
	s, err := Open(t.TempDir(), Options{GCInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	docs := synthDocs(200, 5)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < len(docs); i += 20 {
			if _, errs := s.Ingest(ctx, docs[i:i+20]); errs[0] != nil {
				t.Error(errs[0])
			}
		}
	}()
	for reading := true; reading; {
		select {
		case <-done:
			reading = false
		default:
		}
		ents, _, err := s.FindEntities(ctx, "a", nil, Page{Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Events(ctx, EventFilter{Types: []string{"MEET"}}, Page{Limit: 5}); err != nil {
			t.Fatal(err)
		}
		// The read cache's other users (entity and relation records,
		// adjacency, evidence, fuzzy scoring), which writes evict and
		// refill while these read.
		if _, _, err := s.FindEntities(ctx, "eriksn", nil, Page{Limit: 5}); err != nil {
			t.Fatal(err)
		}
		for i, e := range ents {
			if _, err := s.Entity(ctx, e.ID); err != nil {
				t.Fatal(err)
			}
			rels, _, err := s.Relations(ctx, e.ID, RelationFilter{}, Page{Limit: 5})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rels {
				if _, err := s.RelationEvidenceFirst(ctx, r.ID, 1); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.Neighborhood(ctx, e.ID, 1, RelationFilter{}, 20); err != nil {
				t.Fatal(err)
			}
			if i > 0 {
				if _, err := s.ShortestPaths(ctx, ents[0].ID, e.ID, 3); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Documents != 200 {
		t.Errorf("Stats = %+v, %v; want 200 documents", st, err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close with GC running: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}
