package store

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/extract"
)

// The reference below is entity search as it was before its fast paths
// (dense counters, word masks, cached run sizes): every rule written out
// plainly over indexes it builds itself from the keys. The production search
// must rank exactly as it does, including its cut-offs (candidates per
// trigram list, candidates scored, prefix matches read), which decide what a
// large store returns.

type refIndex struct {
	post map[tri][]uint64 // sorted ids per trigram of any form
	runs []runEntry       // S keys in order
}

func buildRefIndex(t testing.TB, s *Store) refIndex {
	t.Helper()
	x := refIndex{post: map[tri][]uint64{}}
	err := s.db.View(func(txn *badger.Txn) error {
		err := scan(txn, []byte{pAlias}, nil, false, false, func(item *badger.Item) (bool, error) {
			_, norm, id, err := parseTypedNormKey(pAlias, item.Key())
			for _, tr := range triSet(norm) {
				x.post[tr] = append(x.post[tr], id)
			}
			return err == nil, err
		})
		if err != nil {
			return err
		}
		return scan(txn, []byte{pSearch}, nil, false, false, func(item *badger.Item) (bool, error) {
			run, id, err := parseSearchKey(item.Key())
			x.runs = append(x.runs, runEntry{run, id})
			return err == nil, err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	for tr, ids := range x.post {
		slices.Sort(ids)
		x.post[tr] = slices.Compact(ids)
	}
	return x
}

// refSearch returns every hit for search (of types), best first.
func refSearch(t testing.TB, s *Store, x refIndex, search string, types []string) []searchHit {
	t.Helper()
	q := normalize(search)
	if q == "" {
		return nil
	}
	tiers := map[uint64]uint8{}
	var ids []uint64
	n := 0
	for _, e := range x.runs {
		if !strings.HasPrefix(e.run, q) {
			continue
		}
		n++
		tier := uint8(1)
		if e.run == q {
			tier = 0
		}
		if old, ok := tiers[e.id]; !ok {
			tiers[e.id] = tier
			ids = append(ids, e.id)
		} else if tier < old {
			tiers[e.id] = tier
		}
		if n >= maxSearchScan {
			break
		}
	}
	qt := queryTrigrams(q)
	qs := triSet(q)
	if len(ids) < fuzzyBelow && len([]rune(q)) >= 3 && len(qt) > 0 {
		// Candidates: entities sharing the most trigrams (word starts left
		// out when the query has more than two trigrams; beyond the three
		// rarest lists, lists longer than maxTrigramScan are not read).
		var lists [][]uint64
		for _, tr := range qt {
			if !(tr.start && len(qt) > 2) {
				lists = append(lists, x.post[tr.t])
			}
		}
		// The same (unstable) sort as the index: lists of equal length keep the order it gives them.
		slices.SortFunc(lists, func(a, b []uint64) int { return cmp.Compare(len(a), len(b)) })
		count := map[uint64]int{}
		for i, l := range lists {
			if i >= 3 && len(l) > maxTrigramScan {
				break
			}
			for _, id := range l {
				count[id] = min(count[id]+1, 255)
			}
		}
		need := max(2, int(minSimilarity*float64(len(qt)))-1)
		type cand struct {
			id uint64
			n  int
		}
		var cands []cand
		for id, c := range count {
			if _, ok := tiers[id]; !ok && c >= need {
				cands = append(cands, cand{id, c})
			}
		}
		slices.SortFunc(cands, func(a, b cand) int {
			if a.n != b.n {
				return cmp.Compare(b.n, a.n)
			}
			return cmp.Compare(a.id, b.id)
		})
		for _, c := range cands[:min(len(cands), maxFuzzyScored)] {
			tiers[c.id] = 2
			ids = append(ids, c.id)
		}
	}
	var hits []searchHit
	err := s.db.View(func(txn *badger.Txn) error {
		for _, id := range ids {
			e := &Entity{}
			if err := getJSON(txn, idKey(pEntity, id), e, "entity"); err != nil {
				return err
			}
			if len(types) > 0 && !slices.Contains(types, e.Type) {
				continue
			}
			h := searchHit{e: e, id: e.ID, mc: e.MentionCount, tier: tiers[id]}
			if h.tier == 2 {
				best := 0.0
				for _, f := range storedForms(e) {
					for _, run := range wordRuns(f) {
						best = max(best, triSimilarity(qs, triSet(run)))
					}
				}
				if best < minSimilarity {
					continue
				}
				h.sim = uint16(best * 1000)
			}
			hits = append(hits, h)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(hits, compareHits)
	return hits
}

// TestSearchMatchesReference compares every page of FindEntities with the
// reference on a generated store, for the whole workload, with and without
// a type filter.
func TestSearchMatchesReference(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 120
	}
	s := synthStore(t, n)
	ctx := context.Background()
	x := buildRefIndex(t, s)
	ents, _, err := s.FindEntities(ctx, "", nil, Page{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	terms := searchTerms(names)
	if len(ents) < 500 || len(terms) < 3000 {
		t.Fatalf("workload too small: %d entities, %d terms", len(ents), len(terms))
	}
	tiers := [3]int{}
	for i, term := range terms {
		var types []string
		if i%5 == 4 {
			types = []string{extract.Person, extract.Location}
		}
		want := refSearch(t, s, x, term, types)
		for _, h := range want {
			tiers[h.tier]++
		}
		for _, limit := range []int{10, 1000} {
			var got []Entity
			p := Page{Limit: limit}
			for page := 0; ; page++ {
				es, info, err := s.FindEntities(ctx, term, types, p)
				if err != nil {
					t.Fatalf("FindEntities(%q): %v", term, err)
				}
				if info.Total != len(want) {
					t.Fatalf("FindEntities(%q, %v) total %d; reference %d", term, types, info.Total, len(want))
				}
				got = append(got, es...)
				if !info.HasNext || page > 100 {
					break
				}
				p.After = info.Next
			}
			if len(got) != len(want) {
				t.Fatalf("FindEntities(%q, %v, first %d) paged through %d; reference %d", term, types, limit, len(got), len(want))
			}
			for j := range got {
				if got[j].ID != want[j].e.ID {
					t.Fatalf("FindEntities(%q, %v, first %d): hit %d is %d %q; reference %d %q (tier %d, sim %d)",
						term, types, limit, j, got[j].ID, got[j].Name, want[j].e.ID, want[j].e.Name, want[j].tier, want[j].sim)
				}
			}
		}
	}
	// The workload reaches every tier, or the comparison proves little.
	if tiers[0] == 0 || tiers[1] == 0 || tiers[2] < 1000 {
		t.Fatalf("hits by tier %v: want all three, fuzzy ones by the thousand", tiers)
	}
}
