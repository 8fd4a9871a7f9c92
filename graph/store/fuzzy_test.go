package store

import (
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
