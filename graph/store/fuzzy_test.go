package store

import (
	"math/rand/v2"
	"slices"
	"testing"
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

// TestFirstHits: the page a search returns is the first n of all its hits
// sorted, however many hits there are and whatever order they come in.
func TestFirstHits(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 300 {
		hits := make([]searchHit, rng.IntN(80))
		for i := range hits {
			hits[i] = searchHit{
				e:    &Entity{ID: uint64(rng.IntN(50)), MentionCount: rng.IntN(6)},
				tier: uint8(rng.IntN(3)),
				sim:  uint16(rng.IntN(4)),
			}
		}
		want := slices.Clone(hits)
		slices.SortFunc(want, compareHits)
		n := 1 + rng.IntN(40)
		want = want[:min(n, len(want))]
		got := firstHits(slices.Clone(hits), n)
		if len(got) != len(want) {
			t.Fatalf("trial %d: %d hits, first %d: got %d", trial, len(hits), n, len(got))
		}
		for i := range got {
			if compareHits(got[i], want[i]) != 0 {
				t.Fatalf("trial %d: hit %d is %+v; want %+v", trial, i, got[i], want[i])
			}
		}
	}
}
