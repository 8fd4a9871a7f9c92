package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/extract"
)

func kbEnt(id, typ, name, kb string, aliases ...string) extract.Entity {
	e := ent(id, typ, name, aliases...)
	e.KB = kb
	return e
}

// lavrovDocs are two reports of the same meeting naming Lavrov differently;
// the gazetteer gives both spellings the same knowledge-base key.
func lavrovDocs() []IngestDoc {
	role := []extract.Role{{Title: "Foreign Minister", Org: "Russia"}}
	l1 := kbEnt("l", extract.Person, "Sergei Lavrov", "SERGEY_LAVROV", "Lavrov")
	l1.Roles = role
	l2 := kbEnt("l", extract.Person, "Sergey Lavrov", "SERGEY_LAVROV", "Mr. Lavrov")
	l2.Roles = role
	return []IngestDoc{
		doc("lav1", "2014-03-30", "John Kerry met Sergei Lavrov in Paris.", extract.Analysis{
			Entities: []extract.Entity{kbEnt("k", extract.Person, "John Kerry", "JOHN_KERRY"), l1, ent("p", extract.Location, "Paris")},
			Relations: []extract.Relation{{Type: "MET_WITH", Source: "k", Target: "l", Confidence: 0.7,
				Evidence: ev("John Kerry met Sergei Lavrov")}},
			Events: []extract.Event{{Type: "MEET", CAMEO: "040", Trigger: "met", Date: "2014-03-30",
				Participants: []extract.Participant{{Entity: "k", Role: "AGENT"}, {Entity: "l"}}, Location: "p",
				Confidence: 0.8, Evidence: ev("John Kerry met Sergei Lavrov in Paris")}},
			Quotes: []extract.Quote{{Speaker: "l", Text: "Useful talks", Direct: true}},
		}),
		doc("lav2", "2014-04-02", "Sergey Lavrov said he met John Kerry on Sunday in Paris.", extract.Analysis{
			Entities: []extract.Entity{l2, kbEnt("k", extract.Person, "John Kerry", "JOHN_KERRY"), ent("p", extract.Location, "Paris")},
			Relations: []extract.Relation{{Type: "MET_WITH", Source: "k", Target: "l", Confidence: 0.7,
				Evidence: ev("he met John Kerry")}},
			Events: []extract.Event{{Type: "MEET", CAMEO: "040", Trigger: "met", Date: "2014-03-30",
				Participants: []extract.Participant{{Entity: "k", Role: "AGENT"}, {Entity: "l"}}, Location: "p",
				Confidence: 0.8, Evidence: ev("met John Kerry on Sunday in Paris")}},
			Quotes: []extract.Quote{{Speaker: "l", Text: "A frank exchange", Direct: true}},
		}),
	}
}

func resolutions(t *testing.T, s *Store, id uint64) []Resolution {
	t.Helper()
	rs, info, err := s.Resolutions(context.Background(), id, Page{Limit: MaxPageSize})
	if err != nil || info.Total != len(rs) || info.HasNext {
		t.Fatalf("Resolutions(%d) = %+v, %+v, %v", id, rs, info, err)
	}
	return rs
}

// mentionsOf lists an entity's mentions.
func mentionsOf(t *testing.T, s *Store, id uint64) []Evidence {
	t.Helper()
	ms, _, err := s.Mentions(context.Background(), id, Page{Limit: 1000})
	if err != nil {
		t.Fatalf("Mentions(%d): %v", id, err)
	}
	return ms
}

func TestResolutionRecordedAndUnlinked(t *testing.T) {
	ctx := context.Background()
	s, dir := newTestStore(t)
	res := ingest(t, s, lavrovDocs()...)
	lavrov := mustFind(t, s, "sergei lavrov", extract.Person)
	kerry := mustFind(t, s, "john kerry", extract.Person)
	if got := mustFind(t, s, "sergey lavrov", extract.Person); got.ID != lavrov.ID || lavrov.DocCount != 2 {
		t.Fatalf("the two spellings are %d and %d (documents %d); want one entity in two documents", lavrov.ID, got.ID, lavrov.DocCount)
	}
	rs := resolutions(t, s, lavrov.ID)
	if len(rs) != 1 || rs[0].Doc != res[1].DocID || rs[0].Rule != RuleKB || rs[0].Matched != "SERGEY_LAVROV" ||
		rs[0].Name != "Sergey Lavrov" || rs[0].Canonical != "Sergei Lavrov" || !slices.Equal(rs[0].Forms, []string{"Sergey Lavrov", "Mr. Lavrov"}) ||
		rs[0].DocExtID != "lav2" || rs[0].At.IsZero() || !rs[0].UndoneAt.IsZero() {
		t.Fatalf("Resolutions(Lavrov) = %+v; want one KB link of lav2's Sergey Lavrov", rs)
	}
	// Kerry and Paris were linked by exact name: nothing to record.
	for _, id := range []uint64{kerry.ID, mustFind(t, s, "paris", "").ID} {
		if rs := resolutions(t, s, id); len(rs) != 0 {
			t.Errorf("Resolutions(%d) = %+v; want none for exact-name links", id, rs)
		}
	}
	beforeStats, _ := s.Stats(ctx)

	u, err := s.UnlinkDocument(ctx, lavrov.ID, res[1].DocID)
	if err != nil {
		t.Fatalf("UnlinkDocument: %v", err)
	}
	sep := u.Separated
	if u.Entity.ID != lavrov.ID || sep.ID == 0 || sep.ID == lavrov.ID || sep.Name != "Sergey Lavrov" || sep.KB != "" ||
		len(u.Resolutions) != 1 || u.Resolutions[0].SeparatedInto != sep.ID || u.Resolutions[0].UndoneAt.IsZero() {
		t.Fatalf("unlink = %+v", u)
	}

	// The entity left behind is what the first document alone makes of it,
	// and the separated one what the second alone makes of it.
	only1, _ := newTestStore(t)
	ingest(t, only1, lavrovDocs()[0])
	only2, _ := newTestStore(t)
	ingest(t, only2, lavrovDocs()[1])
	want1 := mustFind(t, only1, "sergei lavrov", extract.Person)
	want2 := mustFind(t, only2, "sergey lavrov", extract.Person)
	got1, err := s.Entity(ctx, lavrov.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got1, want1) {
		t.Errorf("Lavrov after unlink = %+v\nwant (lav1 alone)    %+v", got1, want1)
	}
	got2, err := s.Entity(ctx, sep.ID)
	if err != nil {
		t.Fatal(err)
	}
	want2.ID, want2.KB = sep.ID, "" // the key stays with the entity the document left
	if !reflect.DeepEqual(got2, want2) {
		t.Errorf("separated entity = %+v\nwant (lav2 alone)  %+v", got2, want2)
	}
	if m := mentionsOf(t, s, sep.ID); len(m) != 2 || m[0].DocID != res[1].DocID {
		t.Errorf("separated entity's mentions = %+v; want lav2's two", m)
	}
	if m := mentionsOf(t, s, lavrov.ID); len(m) != 2 || m[0].DocID != res[0].DocID || m[1].DocID != res[0].DocID {
		t.Errorf("Lavrov's mentions = %+v; want lav1's two", m)
	}

	// Relations, events and quotes follow the document's evidence.
	rels, _, err := s.Relations(ctx, kerry.ID, RelationFilter{Types: []string{"MET_WITH"}}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 2 {
		t.Fatalf("Kerry's MET_WITH = %+v; want one to each Lavrov", rels)
	}
	for _, r := range rels {
		evs, _, _ := s.RelationEvidence(ctx, r.ID, Page{})
		wantDoc, wantDate := res[0].DocID, "2014-03-30"
		if r.Target == sep.ID {
			wantDoc, wantDate = res[1].DocID, "2014-04-02"
		} else if r.Target != lavrov.ID {
			t.Errorf("relation %+v goes to neither", r)
		}
		if r.Count != 1 || len(evs) != 1 || evs[0].DocID != wantDoc || r.FirstSeen != wantDate || r.LastSeen != wantDate {
			t.Errorf("relation %+v with evidence %+v; want one report from document %d on %s", r, evs, wantDoc, wantDate)
		}
	}
	for id, want := range map[uint64]uint64{lavrov.ID: res[0].DocID, sep.ID: res[1].DocID} {
		evs, _, err := s.Events(ctx, EventFilter{EntityID: id}, Page{})
		if err != nil || len(evs) != 1 {
			t.Fatalf("events of %d = %+v, %v; want one", id, evs, err)
		}
		full, _ := s.Event(ctx, evs[0].ID)
		if len(full.Evidence) != 1 || full.Evidence[0].DocID != want || full.LocationID == 0 ||
			!slices.ContainsFunc(full.Participants, func(p Participant) bool { return p.EntityID == kerry.ID }) {
			t.Errorf("event of %d = %+v; want Kerry's meeting with evidence from document %d only", id, full, want)
		}
		qs, _, _ := s.Quotes(ctx, id, Page{})
		if len(qs) != 1 || qs[0].Evidence.DocID != want {
			t.Errorf("quotes of %d = %+v; want the one from document %d", id, qs, want)
		}
	}
	if kevs, _, _ := s.Events(ctx, EventFilter{EntityID: kerry.ID}, Page{}); len(kevs) != 2 {
		t.Errorf("Kerry takes part in %d events; want the meeting as each document reports it", len(kevs))
	}
	if hits, _, _ := s.SearchEvents(ctx, "sunday", Page{}); len(hits) != 1 || !slices.ContainsFunc(hits[0].Participants, func(p Participant) bool { return p.EntityID == sep.ID }) {
		t.Errorf("SearchEvents(sunday) = %+v; want the split event of the separated entity", hits)
	}
	if hits, _, _ := s.SearchEvents(ctx, "sergei", Page{}); len(hits) != 1 || hits[0].Participants[1].EntityID != lavrov.ID {
		t.Errorf("SearchEvents(sergei) = %+v; want the first report only", hits)
	}
	st, _ := s.Stats(ctx)
	if st.Entities != beforeStats.Entities+1 || st.Relations != beforeStats.Relations+1 || st.Events != beforeStats.Events+1 ||
		st.Mentions != beforeStats.Mentions || st.Quotes != beforeStats.Quotes {
		t.Errorf("stats %+v after unlink; want one entity, relation and event more than %+v", st, beforeStats)
	}
	if got := mustFind(t, s, "sergey lavrov", extract.Person); got.ID != sep.ID {
		t.Errorf("search for the separated spelling finds %d; want %d", got.ID, sep.ID)
	}
	if got := mustFind(t, s, "sergey lavrof", extract.Person); got.ID != sep.ID {
		t.Errorf("fuzzy search for the separated spelling finds %d; want %d", got.ID, sep.ID)
	}
	if rs := resolutions(t, s, lavrov.ID); len(rs) != 0 {
		t.Errorf("Lavrov still lists %+v", rs)
	}
	if rs := resolutions(t, s, sep.ID); len(rs) != 1 || rs[0].Entity != lavrov.ID || rs[0].SeparatedInto != sep.ID {
		t.Errorf("separated entity's resolutions = %+v; want the undone link", rs)
	}

	// Repeating the unlink, and re-ingesting the same document, change nothing.
	after := dump(t, s)
	again, err := s.UnlinkDocument(ctx, lavrov.ID, res[1].DocID)
	if err != nil || again.Separated.ID != sep.ID || again.Entity.ID != lavrov.ID || len(again.Resolutions) != 1 {
		t.Errorf("repeated unlink = %+v, %v; want the recorded result", again, err)
	}
	if r := ingest(t, s, lavrovDocs()[1]); !r[0].Skipped {
		t.Errorf("re-ingest = %+v; want skipped", r[0])
	}
	if d := dump(t, s); d != after {
		t.Errorf("repeating changed the store: %s", diffDumps(after, d))
	}

	// The records survive a restart.
	s.Close()
	s, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if rs := resolutions(t, s, sep.ID); len(rs) != 1 || rs[0].SeparatedInto != sep.ID {
		t.Errorf("after restart, resolutions = %+v", rs)
	}
	if again, err := s.UnlinkDocument(ctx, lavrov.ID, res[1].DocID); err != nil || again.Separated.ID != sep.ID {
		t.Errorf("after restart, repeated unlink = %+v, %v", again, err)
	}

	// Deleted and ingested again, the document is not linked to Lavrov again,
	// and Lavrov keeps the knowledge-base key.
	if _, err := s.DeleteDocument(ctx, res[1].DocID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Resolution(ctx, rs[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("resolution of the deleted document: %v; want ErrNotFound", err)
	}
	re := ingest(t, s, lavrovDocs()[1])
	if re[0].NewEntities != 1 {
		t.Errorf("re-ingest after delete = %+v; want Sergey Lavrov as one new entity", re[0])
	}
	if l, _ := s.Entity(ctx, lavrov.ID); l.DocCount != 1 || l.KB != "SERGEY_LAVROV" {
		t.Errorf("Lavrov after re-ingest = %+v; want one document and the KB key", l)
	}
	ingest(t, s, doc("lav3", "2014-04-05", "Sergey Lavrov spoke.", extract.Analysis{
		Entities: []extract.Entity{kbEnt("l", extract.Person, "Sergey Lavrov", "SERGEY_LAVROV")}}))
	if l, _ := s.Entity(ctx, lavrov.ID); l.DocCount != 2 {
		t.Errorf("a third document with the key: Lavrov = %+v; want it linked (two documents)", l)
	}
}

func TestUnlinkErrors(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestStore(t)
	res := ingest(t, s, lavrovDocs()...)
	lavrov := mustFind(t, s, "sergei lavrov", extract.Person)
	paris := mustFind(t, s, "paris", extract.Location)
	before := dump(t, s)
	if _, err := s.UnlinkDocument(ctx, lavrov.ID, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown document: %v", err)
	}
	if _, err := s.UnlinkDocument(ctx, 999, res[0].DocID); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown entity: %v", err)
	}
	ingest(t, s, doc("other", "2014-04-09", "Nothing.", extract.Analysis{Entities: []extract.Entity{ent("x", extract.Person, "Someone Else")}}))
	other := mustFind(t, s, "someone else", "")
	before = dump(t, s)
	if _, err := s.UnlinkDocument(ctx, lavrov.ID, 3); !errors.Is(err, ErrNotFound) {
		t.Errorf("entity not in the document: %v", err)
	}
	if _, err := s.UnlinkDocument(ctx, other.ID, 3); !errors.Is(err, ErrConflict) {
		t.Errorf("the entity's only document: %v; want ErrConflict", err)
	}
	if d := dump(t, s); d != before {
		t.Errorf("refused unlinks changed the store: %s", diffDumps(before, d))
	}
	// Any document can be unlinked, also one linked by exact name (no record).
	u, err := s.UnlinkDocument(ctx, paris.ID, res[1].DocID)
	if err != nil || u.Separated.Name != "Paris" || len(u.Resolutions) != 0 || u.Entity.DocCount != 1 {
		t.Errorf("unlink Paris = %+v, %v", u, err)
	}
	evs, _, _ := s.Events(ctx, EventFilter{Location: u.Separated.ID}, Page{})
	if len(evs) != 1 {
		t.Errorf("events at the separated Paris = %+v; want the second report", evs)
	}
}

// Two people sharing a surname stay apart without evidence; a bare surname
// links to the only person carrying it, recorded, and can be undone.
func TestSurnameSharers(t *testing.T) {
	ctx := context.Background()
	john := doc("john", "2014-03-30", "John Kerry spoke. Kerry left.", extract.Analysis{
		Entities: []extract.Entity{ent("a", extract.Person, "John Kerry", "Kerry")}})
	cameron := doc("cameron", "2014-03-31", "Cameron Kerry spoke. Kerry left.", extract.Analysis{
		Entities: []extract.Entity{ent("a", extract.Person, "Cameron Kerry", "Kerry")}})
	bare := doc("bare", "2014-04-01", "Kerry spoke.", extract.Analysis{
		Entities: []extract.Entity{ent("a", extract.Person, "Kerry")}})

	s, _ := newTestStore(t)
	ingest(t, s, john, cameron, bare)
	got, _, err := s.FindEntities(ctx, "kerry", []string{extract.Person}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, e := range got {
		names = append(names, e.Name)
		if rs := resolutions(t, s, e.ID); len(rs) != 0 {
			t.Errorf("%s has resolutions %+v; want none (nothing was linked)", e.Name, rs)
		}
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"Cameron Kerry", "John Kerry", "Kerry"}) {
		t.Errorf("Kerrys = %q; want John, Cameron and a bare Kerry kept apart", names)
	}

	// With only John Kerry known, a bare Kerry is linked to him by alias.
	s2, _ := newTestStore(t)
	r2 := ingest(t, s2, john, bare)
	jk := mustFind(t, s2, "john kerry", extract.Person)
	rs := resolutions(t, s2, jk.ID)
	if jk.DocCount != 2 || len(rs) != 1 || rs[0].Rule != RuleAlias || rs[0].Matched != "kerry" || rs[0].Name != "Kerry" {
		t.Fatalf("John Kerry = %+v, resolutions %+v; want the bare Kerry linked by alias", jk, rs)
	}
	u, err := s2.UnlinkDocument(ctx, jk.ID, r2[1].DocID)
	if err != nil || u.Separated.Name != "Kerry" || u.Entity.Name != "John Kerry" || u.Entity.DocCount != 1 {
		t.Fatalf("unlink = %+v, %v", u, err)
	}

	// A bare Kerry first, then John Kerry: the entity takes the full name;
	// undoing that link gives it its own name back.
	s3, _ := newTestStore(t)
	r3 := ingest(t, s3, bare, john)
	k := mustFind(t, s3, "kerry", extract.Person)
	if k.Name != "John Kerry" || k.DocCount != 2 {
		t.Fatalf("Kerry then John Kerry = %+v; want one entity named John Kerry", k)
	}
	u, err = s3.UnlinkDocument(ctx, k.ID, r3[1].DocID)
	if err != nil || u.Entity.Name != "Kerry" || u.Separated.Name != "John Kerry" {
		t.Fatalf("unlink = %+v, %v; want Kerry back and John Kerry apart", u, err)
	}
	if got := mustFind(t, s3, "john kerry", extract.Person); got.ID != u.Separated.ID {
		t.Errorf("search for John Kerry finds %+v; want the separated entity", got)
	}
}

// A merge moves the resolutions of the absorbed entity; split restores them
// byte for byte.
func TestMergeSplitKeepsResolutions(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestStore(t)
	ingest(t, s, lavrovDocs()...)
	ingest(t, s, doc("x", "2014-04-03", "Secretary Kerry spoke.", extract.Analysis{
		Entities: []extract.Entity{ent("a", extract.Person, "Secretary Kerry")}}))
	lavrov := mustFind(t, s, "sergei lavrov", extract.Person)
	sec := mustFind(t, s, "secretary kerry", extract.Person)
	before := dump(t, s)
	if _, _, err := s.MergeEntities(ctx, sec.ID, lavrov.ID); err != nil {
		t.Fatal(err)
	}
	if rs := resolutions(t, s, sec.ID); len(rs) != 1 || rs[0].Entity != sec.ID {
		t.Errorf("after merge, resolutions = %+v; want Lavrov's record under the kept entity", rs)
	}
	if _, _, err := s.SplitEntity(ctx, sec.ID, 0); err != nil {
		t.Fatal(err)
	}
	if d := dump(t, s); d != before {
		t.Errorf("merge and split with resolutions changed the store: %s", diffDumps(before, d))
	}
}

// TestFormatVersion2Upgraded opens stores of versions 2 and 3 (one-document
// J keys, no resolution records) and upgrades them in place.
func TestFormatVersion2Upgraded(t *testing.T) {
	for _, old := range []uint64{2, 3} {
		t.Run(fmt.Sprint(old), func(t *testing.T) { testFormatUpgraded(t, old) })
	}
}

func testFormatUpgraded(t *testing.T, old uint64) {
	s, dir := newTestStore(t)
	ingest(t, s, lavrovDocs()[0])
	if err := s.db.Update(func(txn *badger.Txn) error {
		// A trigram key as format 3 wrote them: the upgrade drops the family.
		if err := txn.Set(appendU64([]byte{pTrigram, 3, 'l', 'a', 'v'}, 1), nil); err != nil {
			return err
		}
		return txn.Set(metaFormatKey(), appendU64(nil, old))
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	version := func(s *Store) uint64 {
		var v uint64
		if err := s.db.View(func(txn *badger.Txn) error {
			var err error
			v, _, err = getU64(txn, metaFormatKey())
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return v
	}
	ro, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only Open of a version-2 store: %v", err)
	}
	if v := version(ro); v != old {
		t.Errorf("read-only open wrote version %d", v)
	}
	ro.Close()
	s, err = Open(dir, Options{})
	if err != nil {
		t.Fatalf("Open of a version-2 store: %v", err)
	}
	defer s.Close()
	if v := version(s); v != formatVersion {
		t.Errorf("version after open = %d; want %d", v, formatVersion)
	}
	if n := countKeys(t, s, pTrigram); n != 0 {
		t.Errorf("upgraded store keeps %d trigram keys", n)
	}
	ingest(t, s, lavrovDocs()[1])
	if got, _, err := s.FindEntities(context.Background(), "lavrof", nil, Page{}); err != nil || len(got) == 0 || got[0].KB != "SERGEY_LAVROV" {
		t.Errorf("upgraded store: fuzzy search = %+v, %v", got, err)
	}
	if got := searchAll(t, s, "lavrov paris"); len(got) != 2 {
		t.Errorf("upgraded store: search finds documents %v; want the old and the new one", got)
	}
	l := mustFind(t, s, "sergey lavrov", extract.Person)
	if rs := resolutions(t, s, l.ID); len(rs) != 1 {
		t.Errorf("upgraded store: resolutions = %+v, %v; want the new document's link", rs, err)
	}
}

func TestResolutionsPaged(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestStore(t)
	ingest(t, s, lavrovDocs()[0])
	for _, ext := range []string{"r1", "r2", "r3"} {
		ingest(t, s, doc(ext, "2014-04-05", "Sergey Lavrov spoke in "+ext, extract.Analysis{
			Entities: []extract.Entity{kbEnt("l", extract.Person, "Sergey Lavrov", "SERGEY_LAVROV")}}))
	}
	l := mustFind(t, s, "sergei lavrov", extract.Person)
	var got []string
	var after []byte
	for {
		rs, info, err := s.Resolutions(ctx, l.ID, Page{After: after, Limit: 2})
		if err != nil {
			t.Fatal(err)
		}
		if info.Total != 3 {
			t.Fatalf("Total = %d; want 3", info.Total)
		}
		for _, r := range rs {
			got = append(got, r.DocExtID)
		}
		if !info.HasNext {
			break
		}
		after = info.Next
	}
	if !slices.Equal(got, []string{"r1", "r2", "r3"}) {
		t.Errorf("paged resolutions = %q; want r1 r2 r3 in document order", got)
	}
	if _, _, err := s.Resolutions(ctx, l.ID, Page{After: []byte("junk")}); !errors.Is(err, ErrBadCursor) {
		t.Errorf("bad cursor: %v; want ErrBadCursor", err)
	}
}

// Forms reported without a mention of that exact text ("Foreign Minister
// Sergei Lavrov") stay with the entity when another document reported them too.
func TestUnlinkKeepsFormsOtherDocumentsReported(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestStore(t)
	mk := func(ext, name string) IngestDoc {
		e := extract.Entity{ID: "l", Name: name, Type: extract.Person, KB: "SERGEY_LAVROV",
			Aliases:  []string{name, "Foreign Minister Sergei Lavrov"},
			Mentions: []extract.Mention{{Text: name, Start: 0, End: len(name)}}}
		return doc(ext, "2014-04-0"+ext[len(ext)-1:], name+" spoke.", extract.Analysis{Entities: []extract.Entity{e}})
	}
	res := ingest(t, s, mk("d1", "Sergey Lavrov"), mk("d2", "Sergei Lavrov"))
	l := mustFind(t, s, "sergey lavrov", extract.Person)
	u, err := s.UnlinkDocument(ctx, l.ID, res[1].DocID)
	if err != nil {
		t.Fatal(err)
	}
	want := []Alias{{"Sergey Lavrov", 1}, {"Foreign Minister Sergei Lavrov", 1}}
	if !reflect.DeepEqual(u.Entity.Aliases, want) {
		t.Errorf("aliases left = %+v; want %+v", u.Entity.Aliases, want)
	}
	if want := []Alias{{"Sergei Lavrov", 1}, {"Foreign Minister Sergei Lavrov", 1}}; !reflect.DeepEqual(u.Separated.Aliases, want) {
		t.Errorf("separated aliases = %+v; want %+v", u.Separated.Aliases, want)
	}
}

// Deleting every document removes every resolution record and every key the
// unlink wrote, except the separation that keeps the document apart.
func TestDeleteAfterUnlinkLeavesOnlySeparations(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestStore(t)
	empty := dump(t, s)
	res := ingest(t, s, lavrovDocs()...)
	l := mustFind(t, s, "sergei lavrov", extract.Person)
	if _, err := s.UnlinkDocument(ctx, l.ID, res[1].DocID); err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if _, err := s.DeleteDocument(ctx, r.DocID); err != nil {
			t.Fatal(err)
		}
	}
	if st, _ := s.Stats(ctx); st != (Stats{}) {
		t.Errorf("Stats = %+v; want zeros", st)
	}
	var left []string
	seps := 0
	for _, line := range strings.Split(dump(t, s), "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "23") || strings.Contains(empty, line):
		case strings.HasPrefix(line, "42"): // B
			seps++
		default:
			left = append(left, line)
		}
	}
	if len(left) > 0 || seps != 1 {
		t.Errorf("left %q and %d separations; want nothing but the one separation", left, seps)
	}
}

// Unlinking the document that created the entity leaves it to the others,
// named by what they call it; the knowledge-base key stays with it.
func TestUnlinkFirstDocument(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestStore(t)
	res := ingest(t, s, lavrovDocs()...)
	l := mustFind(t, s, "sergei lavrov", extract.Person)
	u, err := s.UnlinkDocument(ctx, l.ID, res[0].DocID)
	if err != nil {
		t.Fatal(err)
	}
	if u.Entity.Name != "Sergey Lavrov" || u.Entity.KB != "SERGEY_LAVROV" || u.Entity.DocCount != 1 || len(u.Resolutions) != 0 {
		t.Errorf("entity left = %+v; want Sergey Lavrov with the key, one document", u.Entity)
	}
	if u.Separated.Name != "Sergei Lavrov" || u.Separated.KB != "" || u.Separated.FirstSeen != "2014-03-30" {
		t.Errorf("separated = %+v; want lav-1's Sergei Lavrov", u.Separated)
	}
	if got := mustFind(t, s, "sergei lavrov", extract.Person); got.ID != u.Separated.ID {
		t.Errorf("search for Sergei Lavrov finds %+v; want the separated entity", got)
	}
	// lav-2's link record now describes a link into the entity that remains.
	if rs := resolutions(t, s, l.ID); len(rs) != 1 || rs[0].DocExtID != "lav2" || !rs[0].UndoneAt.IsZero() {
		t.Errorf("resolutions = %+v", rs)
	}
}

func TestAllResolutions(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestStore(t)
	res := ingest(t, s, lavrovDocs()...)
	for _, ext := range []string{"r1", "r2", "r3"} {
		ingest(t, s, doc(ext, "2014-04-05", "Lavrov spoke in "+ext, extract.Analysis{
			Entities: []extract.Entity{ent("l", extract.Person, "Lavrov")}}))
	}
	l := mustFind(t, s, "sergei lavrov", extract.Person)
	if _, err := s.UnlinkDocument(ctx, l.ID, res[1].DocID); err != nil {
		t.Fatal(err)
	}
	list := func(f ResolutionFilter) []string {
		var got []string
		var after []byte
		total := -1
		for {
			rs, info, err := s.AllResolutions(ctx, f, Page{After: after, Limit: 2})
			if err != nil {
				t.Fatal(err)
			}
			if total >= 0 && info.Total != total {
				t.Errorf("Total changed between pages: %d, %d", total, info.Total)
			}
			total = info.Total
			for _, r := range rs {
				got = append(got, r.Rule+":"+r.DocExtID)
			}
			if !info.HasNext {
				break
			}
			after = info.Next
		}
		if total != len(got) {
			t.Errorf("filter %+v: Total %d, listed %d", f, total, len(got))
		}
		return got
	}
	yes, no := true, false
	for _, tc := range []struct {
		f    ResolutionFilter
		want []string
	}{
		{ResolutionFilter{}, []string{"KB:lav2", "ALIAS:r1", "ALIAS:r2", "ALIAS:r3"}},
		{ResolutionFilter{Rule: RuleAlias}, []string{"ALIAS:r1", "ALIAS:r2", "ALIAS:r3"}},
		{ResolutionFilter{Undone: &yes}, []string{"KB:lav2"}},
		{ResolutionFilter{Rule: RuleAlias, Undone: &no}, []string{"ALIAS:r1", "ALIAS:r2", "ALIAS:r3"}},
		{ResolutionFilter{Rule: RuleKB, Undone: &no}, nil},
	} {
		if got := list(tc.f); !slices.Equal(got, tc.want) {
			t.Errorf("AllResolutions(%+v) = %q; want %q", tc.f, got, tc.want)
		}
	}
	if _, _, err := s.AllResolutions(ctx, ResolutionFilter{}, Page{After: []byte("x")}); !errors.Is(err, ErrBadCursor) {
		t.Errorf("bad cursor: %v", err)
	}
}

func countKeys(t *testing.T, s *Store, prefix byte) int {
	t.Helper()
	var n int
	if err := s.db.View(func(txn *badger.Txn) error {
		var err error
		n, err = countWithPrefix(txn, []byte{prefix})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return n
}

// A bare surname in a document naming two different people of that surname
// stays that document's: a later full name does not take it over (rule 3 and
// "surname first takes the full name"), nor does a later bare surname (rule 2).
func TestAmbiguousSurnameStaysInItsDocument(t *testing.T) {
	ctx := context.Background()
	two := doc("two", "2014-03-30", "Imran Khan met Younis Khan. Khan said no.", extract.Analysis{
		Entities: []extract.Entity{ent("i", extract.Person, "Imran Khan"), ent("y", extract.Person, "Younis Khan"),
			ent("k", extract.Person, "Khan")}})
	later := doc("later", "2014-03-31", "Shaharyar Khan spoke. Khan left.", extract.Analysis{
		Entities: []extract.Entity{ent("s", extract.Person, "Shaharyar Khan", "Khan")}})
	bare := doc("bare", "2014-04-01", "Khan spoke.", extract.Analysis{
		Entities: []extract.Entity{ent("k", extract.Person, "Khan")}})
	s, _ := newTestStore(t)
	ingest(t, s, two)
	ingest(t, s, later, bare)
	got, _, err := s.FindEntities(ctx, "khan", []string{extract.Person}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range got {
		names = append(names, fmt.Sprintf("%s/%d/%v", e.Name, e.DocCount, e.Ambiguous))
		if rs := resolutions(t, s, e.ID); len(rs) != 0 {
			t.Errorf("%s has resolutions %+v; want none", e.Name, rs)
		}
	}
	slices.Sort(names)
	want := []string{"Imran Khan/1/false", "Khan/1/false", "Khan/1/true", "Shaharyar Khan/1/false", "Younis Khan/1/false"}
	if !slices.Equal(names, want) {
		t.Errorf("Khans = %q; want %q", names, want)
	}
	checkIndexes(t, s)

	// Without the second Khan the bare surname links as before.
	s2, _ := newTestStore(t)
	one := doc("one", "2014-03-30", "Imran Khan spoke. Khan said no.", extract.Analysis{
		Entities: []extract.Entity{ent("i", extract.Person, "Imran Khan"), ent("k", extract.Person, "Khan")}})
	ingest(t, s2, one, later)
	if k := mustFind(t, s2, "shaharyar khan", extract.Person); k.DocCount != 2 || k.Ambiguous {
		t.Errorf("with one Khan named, the bare Khan = %+v; want it linked to Shaharyar Khan", k)
	}
}
