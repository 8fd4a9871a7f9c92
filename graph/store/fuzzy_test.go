package store

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/extract"
)

// TestQueryTrigramsMatchIndex: searches pack their trigrams without strings;
// they must be exactly the trigrams the index files (trigrams), with word
// starts marked, or fuzzy search would quietly miss.
func TestQueryTrigramsMatchIndex(t *testing.T) {
	for _, n := range []string{"sergei lavrov", "a", "ab", "aaa aaa", "ünïcödé straße", "x y z", "the the"} {
		var want []tri
		var starts []bool
		for _, s := range trigrams(n) {
			want = append(want, packTri(s))
			starts = append(starts, s[0] == ' ' && s[1] == ' ')
		}
		got := queryTrigrams(n)
		if len(got) != len(want) {
			t.Fatalf("%q: queryTrigrams %v; trigrams %v", n, got, want)
		}
		for i := range got {
			if got[i].t != want[i] || got[i].start != starts[i] {
				t.Fatalf("%q: trigram %d is %+v; want %v (word start %v)", n, i, got[i], want[i], starts[i])
			}
		}
		ws := slices.Clone(want)
		slices.Sort(ws)
		ws = slices.Compact(ws)
		if !slices.Equal(ws, triSet(n)) {
			t.Fatalf("%q: triSet %v; want %v", n, triSet(n), ws)
		}
	}
}

// TestTopHits: the page a search returns is the first n of all its hits
// after the cursor, sorted, however many hits there are and whatever order
// they come in; the counts are of all hits and of those after the cursor.
func TestTopHits(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 600 {
		hits := make([]searchHit, rng.IntN(80))
		for i := range hits {
			hits[i] = searchHit{id: uint64(rng.IntN(50)), mc: rng.IntN(6), tier: uint8(rng.IntN(3)), sim: uint16(rng.IntN(4))}
		}
		var after *searchHit
		if len(hits) > 0 && trial%3 == 0 {
			after = &hits[rng.IntN(len(hits))]
		}
		var want []searchHit
		for _, h := range hits {
			if after == nil || after.less(h) {
				want = append(want, h)
			}
		}
		rest := len(want)
		slices.SortFunc(want, compareHits)
		n := 1 + rng.IntN(40)
		want = want[:min(n, len(want))]
		top := topHits{n: n, after: after}
		for _, h := range hits {
			top.add(h)
		}
		got := top.page()
		if len(got) != len(want) || top.total != len(hits) || top.rest != rest {
			t.Fatalf("trial %d: %d hits (%d after the cursor), first %d: got %d, counts %d/%d", trial, len(hits), rest, n, len(got), top.total, top.rest)
		}
		for i := range got {
			if compareHits(got[i], want[i]) != 0 {
				t.Fatalf("trial %d: hit %d is %+v; want %+v", trial, i, got[i], want[i])
			}
		}
	}
}

// TestRunIndex applies random additions and removals (enough to merge the
// delta into the base several times) to the in-memory word-run index and to a
// plain set, and wants every prefix walk to list exactly the set's entries
// with that prefix, in S key order.
func TestRunIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := []string{"a", "ab", "abc", "abd", "b", "ba", "lavrov", "lavrov sergey", "sergey lavrov", "ser"}
	var start []runEntry
	want := map[runEntry]bool{}
	for range 500 {
		e := runEntry{words[rng.IntN(len(words))], uint64(rng.IntN(300))}
		start = append(start, e)
		want[e] = true
	}
	x := newRunIndex(start)
	check := func(step int) {
		t.Helper()
		for _, p := range []string{"", "a", "ab", "lav", "ser", "z"} {
			var got []runEntry
			x.each(p, func(e runEntry) bool {
				got = append(got, e)
				return true
			})
			var exp []runEntry
			for e := range want {
				if strings.HasPrefix(e.run, p) {
					exp = append(exp, e)
				}
			}
			slices.SortFunc(exp, compareRuns)
			if !slices.Equal(got, exp) {
				t.Fatalf("step %d, prefix %q: index lists %d entries %v...; want %d", step, p, len(got), got[:min(5, len(got))], len(exp))
			}
		}
	}
	check(0)
	for step := 1; step <= 20000; step++ {
		e := runEntry{words[rng.IntN(len(words))], uint64(rng.IntN(3000))}
		if rng.IntN(3) > 0 {
			x.add(e)
			want[e] = true
		} else {
			x.remove(e)
			delete(want, e)
		}
		if step%2500 == 0 {
			check(step)
		}
	}
	if len(x.base) <= len(start) {
		t.Fatalf("the base never took the delta in (%d entries, %d in the delta)", len(x.base), len(x.delta))
	}
	// Stopping early stops the walk.
	n := 0
	x.each("", func(runEntry) bool { n++; return n < 3 })
	if n != 3 {
		t.Fatalf("walk went on after false: %d calls", n)
	}
}

// TestRunIndexFollowsWrites builds the in-memory indexes with a search, then
// writes (new entities, new aliases of known ones, an edit that drops the
// indexes): after each the word-run index must list exactly the S keys.
func TestRunIndexFollowsWrites(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	ingest(t, s, kerryLavrov()[0])
	same := func(step string) {
		t.Helper()
		if _, _, err := s.FindEntities(ctx, "lav", nil, Page{}); err != nil {
			t.Fatal(err)
		}
		var keys []runEntry
		err := s.db.View(func(txn *badger.Txn) error {
			return scan(txn, []byte{pSearch}, nil, false, false, func(item *badger.Item) (bool, error) {
				run, id, err := parseSearchKey(item.Key())
				keys = append(keys, runEntry{run, id})
				return err == nil, err
			})
		})
		if err != nil {
			t.Fatal(err)
		}
		var index []runEntry
		s.fuzzy.mu.RLock()
		s.fuzzy.runs.each("", func(e runEntry) bool {
			index = append(index, e)
			return true
		})
		s.fuzzy.mu.RUnlock()
		if !slices.Equal(index, keys) {
			t.Fatalf("%s: the word-run index holds %v; the S keys are %v", step, index, keys)
		}
	}
	same("first search")
	ingest(t, s, kerryLavrov()[1])
	same("second document")
	ingest(t, s, doc("more", "2014-04-01", "Maria Zakharova, Lavrov's spokeswoman, spoke.", extract.Analysis{
		Entities: []extract.Entity{
			ent("m", extract.Person, "Maria Zakharova", "Zakharova"),
			ent("l", extract.Person, "Sergey Lavrov", "Sergei Lavrov"),
		},
	}))
	same("new entity and alias")
	kerry := mustFind(t, s, "john kerry", extract.Person)
	if _, err := s.RenameEntity(ctx, kerry.ID, "John Forbes Kerry"); err != nil {
		t.Fatal(err)
	}
	same("rename")
	if got := mustFind(t, s, "forbes", extract.Person); got.ID != kerry.ID {
		t.Fatalf("search for the new name found %+v", got)
	}
}
