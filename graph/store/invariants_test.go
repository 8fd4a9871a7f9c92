package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/extract"
)

// checkIndexes verifies that every index agrees with the records it serves:
// the checks an edit that forgets one key fails.
func checkIndexes(t *testing.T, s *Store) {
	t.Helper()
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	err := s.db.View(func(txn *badger.Txn) error {
		has := func(k []byte) bool {
			ok, err := exists(txn, k)
			if err != nil {
				fail("get %x: %v", k, err)
			}
			return ok
		}
		count := func(prefix []byte) int {
			n, err := countWithPrefix(txn, prefix)
			if err != nil {
				fail("scan %x: %v", prefix, err)
			}
			return n
		}
		counter := func(name string) int {
			v, _, err := getU64(txn, counterKey(name))
			if err != nil {
				fail("counter %s: %v", name, err)
			}
			return int(v)
		}
		// Entities: counts, document links, name and alias keys, rank.
		ents := map[uint64]Entity{}
		keys, vals, err := keysWithPrefix(txn, []byte{pEntity}, true)
		if err != nil {
			return err
		}
		for i := range keys {
			var e Entity
			if err := json.Unmarshal(vals[i], &e); err != nil {
				return err
			}
			ents[e.ID] = e
			if n := count(appendU64([]byte{pMention}, e.ID)); n != e.MentionCount {
				fail("entity %d %q: MentionCount %d, %d mention keys", e.ID, e.Name, e.MentionCount, n)
			}
			docs, err := entityDocs(txn, e.ID)
			if err != nil {
				return err
			}
			if len(docs) != e.DocCount {
				fail("entity %d %q: DocCount %d, %d P keys", e.ID, e.Name, e.DocCount, len(docs))
			}
			for _, d := range docs {
				if !has(pairKey(pDocEntity, d, e.ID)) {
					fail("entity %d: P key for document %d without Q key", e.ID, d)
				}
				n, _, _ := getU64(txn, pairKey(pEntityDoc, e.ID, d))
				if m := count(appendU64(appendU64([]byte{pMention}, e.ID), d)); int(n) != m {
					fail("entity %d document %d: P says %d mentions, %d M keys", e.ID, d, n, m)
				}
			}
			if !has(nameKey(e.Type, normalize(e.Name), e.ID)) {
				fail("entity %d: no name key for %q", e.ID, e.Name)
			}
			for _, f := range storedForms(&e) {
				if !has(aliasKey(e.Type, f, e.ID)) {
					fail("entity %d: no alias key for %q", e.ID, f)
				}
			}
			if !has(rankKey(uint64(e.MentionCount), e.ID)) {
				fail("entity %d: no rank key", e.ID)
			}
		}
		for _, p := range []byte{pName, pAlias} {
			ks, _, _ := keysWithPrefix(txn, []byte{p}, false)
			for _, k := range ks {
				typ, norm, id, err := parseTypedNormKey(p, k)
				if err != nil {
					return err
				}
				e, ok := ents[id]
				if !ok || e.Type != typ || (p == pName && normalize(e.Name) != norm) || (p == pAlias && !slices.Contains(storedForms(&e), norm)) {
					fail("stale %c key %q %q -> %d", p, typ, norm, id)
				}
			}
		}
		ks, _, _ := keysWithPrefix(txn, []byte{pRank}, false)
		for _, k := range ks {
			mc, id, _ := parseRankKey(k)
			if e, ok := ents[id]; !ok || uint64(e.MentionCount) != mc {
				fail("stale rank key %d -> %d", mc, id)
			}
		}
		ks, _, _ = keysWithPrefix(txn, []byte{pDocEntity}, false)
		for _, k := range ks {
			d, id, _ := parsePairKey(pDocEntity, k)
			if !has(pairKey(pEntityDoc, id, d)) {
				fail("Q key document %d entity %d without P key", d, id)
			}
		}
		// Relations and their edges.
		keys, vals, err = keysWithPrefix(txn, []byte{pRelation}, true)
		if err != nil {
			return err
		}
		rels := map[uint64]Relation{}
		for i := range keys {
			var r Relation
			if err := json.Unmarshal(vals[i], &r); err != nil {
				return err
			}
			rels[r.ID] = r
			if _, ok := ents[r.Source]; !ok {
				fail("relation %d: source %d missing", r.ID, r.Source)
			}
			if _, ok := ents[r.Target]; !ok {
				fail("relation %d: target %d missing", r.ID, r.Target)
			}
			if !has(edgeKey(Out, r.Source, r.Type, r.Target, r.ID)) || !has(edgeKey(In, r.Target, r.Type, r.Source, r.ID)) {
				fail("relation %d: edge keys missing", r.ID)
			}
		}
		for _, p := range []byte{pOut, pIn} {
			ks, _, _ := keysWithPrefix(txn, []byte{p}, false)
			for _, k := range ks {
				e, _ := parseEdgeKey(k)
				r, ok := rels[e.rel]
				src, dst := e.from, e.to
				if e.dir == In {
					src, dst = dst, src
				}
				if !ok || r.Source != src || r.Target != dst || r.Type != e.typ {
					fail("stale edge %+v", e)
				}
			}
		}
		// Events and their time and entity keys.
		keys, vals, err = keysWithPrefix(txn, []byte{pEvent}, true)
		if err != nil {
			return err
		}
		evs := map[uint64]Event{}
		for i := range keys {
			var ev Event
			if err := json.Unmarshal(vals[i], &ev); err != nil {
				return err
			}
			evs[ev.ID] = ev
			if !has(eventTimeKey(ev.Date, ev.ID)) {
				fail("event %d: no time key", ev.ID)
			}
			for _, p := range ev.Participants {
				if _, ok := ents[p.EntityID]; !ok {
					fail("event %d: participant %d missing", ev.ID, p.EntityID)
				}
				if !has(entityEventKey(p.EntityID, ev.Date, ev.ID)) {
					fail("event %d: no H key for participant %d", ev.ID, p.EntityID)
				}
			}
			if ev.LocationID != 0 && !has(entityEventKey(ev.LocationID, ev.Date, ev.ID)) {
				fail("event %d: no H key for location %d", ev.ID, ev.LocationID)
			}
		}
		ks, _, _ = keysWithPrefix(txn, []byte{pEntityEvt}, false)
		for _, k := range ks {
			ent, _, id, _ := parseEntityEventKey(k)
			ev, ok := evs[id]
			if !ok || (ev.LocationID != ent && !slices.ContainsFunc(ev.Participants, func(p Participant) bool { return p.EntityID == ent })) {
				fail("stale H key entity %d event %d", ent, id)
			}
		}
		ks, vals, _ = keysWithPrefix(txn, []byte{pEventIdent}, true)
		for i, k := range ks {
			typ, date, parts, _ := parseEventIdentKey(k)
			ev, ok := evs[binary.BigEndian.Uint64(vals[i])]
			if !ok || ev.Type != typ || ev.Date != date || !slices.Equal(participantIDs(ev.Participants), parts) {
				fail("stale identity key %q %q %v", typ, date, parts)
			}
		}
		// Quotes and speakers.
		keys, vals, _ = keysWithPrefix(txn, []byte{pQuote}, true)
		for i := range keys {
			var q Quote
			if err := json.Unmarshal(vals[i], &q); err != nil {
				return err
			}
			if q.Speaker != 0 && !has(pairKey(pSpeaker, q.Speaker, q.ID)) {
				fail("quote %d: no speaker key", q.ID)
			}
		}
		ks, _, _ = keysWithPrefix(txn, []byte{pSpeaker}, false)
		for _, k := range ks {
			sp, id, _ := parsePairKey(pSpeaker, k)
			var q Quote
			if err := getJSON(txn, idKey(pQuote, id), &q, "quote"); err != nil || q.Speaker != sp {
				fail("stale speaker key %d -> quote %d", sp, id)
			}
		}
		// Resolution records sit under an entity that has the document.
		ks, _, _ = keysWithPrefix(txn, []byte{pEntityRes}, false)
		for _, k := range ks {
			ent, doc, id, _ := parseResolutionKey(k)
			if !has(idKey(pResolution, id)) || !has(pairKey(pEntityDoc, ent, doc)) {
				fail("stale resolution key entity %d document %d record %d", ent, doc, id)
			}
		}
		if n := count([]byte{pResolution}); n != len(ks) {
			fail("%d resolution records, %d w keys", n, len(ks))
		}
		// Counters.
		for name, prefix := range map[string]byte{statEntities: pEntity, statRelations: pRelation, statEvents: pEvent,
			statQuotes: pQuote, statMentions: pMention, statDocuments: pDoc} {
			if c, n := counter(name), count([]byte{prefix}); c != n {
				fail("counter %s = %d, %d keys", name, c, n)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkFuzzy(s, fail)
	checkNames(s, fail)
	if len(errs) > 0 {
		if len(errs) > 20 {
			errs = errs[:20]
		}
		t.Fatalf("%d index errors, first:\n%s", len(errs), fmt.Sprint(errs))
	}
}

// checkFuzzy compares the in-memory trigram index, kept up to date by every
// write since it was built, with one built afresh from the A keys.
func checkFuzzy(s *Store, fail func(string, ...any)) {
	if err := s.ensureFuzzy(); err != nil {
		fail("build fuzzy index: %v", err)
		return
	}
	s.mu.Lock()
	s.fuzzy.mu.Lock()
	live, built := s.fuzzy.post, s.fuzzy.built
	s.fuzzy.post, s.fuzzy.built = postings{}, false
	s.fuzzy.mu.Unlock()
	s.mu.Unlock()
	err := s.ensureFuzzy()
	s.fuzzy.mu.Lock()
	fresh := s.fuzzy.post
	if built {
		s.fuzzy.post, s.fuzzy.built = live, true
	}
	defer s.fuzzy.mu.Unlock()
	if err != nil {
		fail("rebuild fuzzy index: %v", err)
		return
	}
	live.each(func(t tri, ids []uint64) {
		if got := slices.Sorted(slices.Values(ids)); len(got) > 0 && !slices.Equal(got, fresh.get(t)) {
			fail("trigram %x: index holds %v, A keys give %v", t, got, fresh.get(t))
		}
	})
	fresh.each(func(t tri, ids []uint64) {
		if len(live.get(t)) == 0 && len(ids) > 0 {
			fail("trigram %x: index holds nothing, A keys give %v", t, ids)
		}
	})
}

// checkNames compares the in-memory name index, kept up to date by ingest
// since it was built, with the N and A keys.
func checkNames(s *Store, fail func(string, ...any)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.names.built {
		return
	}
	live := s.names
	s.names = nameIndex{}
	err := s.db.View(func(txn *badger.Txn) error { return s.ensureNames(txn) })
	fresh := s.names
	s.names = live
	if err != nil {
		fail("build name index: %v", err)
		return
	}
	if len(live.owners) != len(fresh.owners) {
		fail("name index holds %d names, N and A keys give %d", len(live.owners), len(fresh.owners))
	}
	for k, ids := range fresh.owners {
		if !slices.Equal(live.owners[k], ids) {
			fail("name %q: index holds %v, keys give %v", k, live.owners[k], ids)
		}
	}
}

// Random unlinks over a store with shared entities, relations and events
// keep every index consistent, and deleting every document afterwards
// leaves nothing but the separations.
func TestUnlinkKeepsIndexesConsistent(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestStore(t)
	docs := append(synthDocs(60, 5), lavrovDocs()...)
	res := ingest(t, s, docs...)
	checkIndexes(t, s)
	r := rand.New(rand.NewPCG(7, 9))
	done := 0
	for attempt := 0; done < 25 && attempt < 500; attempt++ {
		d := res[r.IntN(len(res))].DocID
		ents, _, err := s.DocumentEntities(ctx, d, Page{Limit: MaxPageSize})
		if err != nil {
			t.Fatal(err)
		}
		if len(ents) == 0 {
			continue
		}
		e := ents[r.IntN(len(ents))]
		if e.DocCount < 2 {
			continue
		}
		u, err := s.UnlinkDocument(ctx, e.ID, d)
		if err != nil {
			t.Fatalf("UnlinkDocument(%d %q, %d): %v", e.ID, e.Name, d, err)
		}
		if u.Separated.DocCount != 1 || u.Entity.DocCount != e.DocCount-1 {
			t.Fatalf("unlink %q from %d = %+v", e.Name, d, u)
		}
		checkIndexes(t, s)
		done++
	}
	if done < 25 {
		t.Fatalf("only %d unlinks found something to separate", done)
	}
	// A merge and split over the unlinked graph still restore it exactly.
	a, b := mustFind(t, s, "hubland", extract.Location), mustFind(t, s, "northia", extract.Location)
	before := dump(t, s)
	if _, _, err := s.MergeEntities(ctx, a.ID, b.ID); err != nil {
		t.Fatal(err)
	}
	checkIndexes(t, s)
	if _, _, err := s.SplitEntity(ctx, a.ID, 0); err != nil {
		t.Fatal(err)
	}
	if d := dump(t, s); d != before {
		t.Fatalf("merge and split changed the store: %s", diffDumps(before, d))
	}
	for _, x := range res {
		if _, err := s.DeleteDocument(ctx, x.DocID); err != nil {
			t.Fatal(err)
		}
	}
	checkIndexes(t, s)
	if st, _ := s.Stats(ctx); st != (Stats{}) {
		t.Errorf("Stats after deleting everything = %+v", st)
	}
}
