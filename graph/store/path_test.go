package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestShortestPathsMatchReference checks the bidirectional search against a
// plain breadth-first count of shortest paths on random graphs.
func TestShortestPathsMatchReference(t *testing.T) {
	ctx := context.Background()
	found, tied := 0, 0
	for seed := uint64(1); seed <= 4; seed++ {
		s, _ := newTestStore(t)
		rng := rand.New(rand.NewPCG(seed, 99))
		const n = 40
		var docs []IngestDoc
		type pair struct{ a, b int }
		seen := map[pair]bool{}
		adj := make([][]int, n)
		for e := 0; e < 70; e++ {
			a, b := rng.IntN(n), rng.IntN(n)
			if a == b || seen[pair{a, b}] || seen[pair{b, a}] {
				continue
			}
			seen[pair{a, b}] = true
			adj[a] = append(adj[a], b)
			adj[b] = append(adj[b], a)
			an, bn := fmt.Sprintf("Node %d", a), fmt.Sprintf("Node %d", b)
			docs = append(docs, doc(fmt.Sprintf("d%d-%d", seed, e), "2024-01-01", an+" "+bn, extract.Analysis{
				Entities:  []extract.Entity{ent("a", extract.Organization, an), ent("b", extract.Organization, bn)},
				Relations: []extract.Relation{{Type: "RELATED_TO", Source: "a", Target: "b", Confidence: 1, Evidence: ev(an + " " + bn)}},
			}))
		}
		ingest(t, s, docs...)
		ids := map[int]uint64{}
		for i := 0; i < n; i++ {
			if es, _, _ := s.FindEntities(ctx, fmt.Sprintf("node %d", i), nil, Page{}); len(es) > 0 && es[0].Name == fmt.Sprintf("Node %d", i) {
				ids[i] = es[0].ID
			}
		}
		for q := 0; q < 60; q++ {
			a, b := rng.IntN(n), rng.IntN(n)
			if ids[a] == 0 || ids[b] == 0 || a == b {
				continue
			}
			// Reference: BFS from a counting shortest paths.
			dist := map[int]int{a: 0}
			count := map[int]int{a: 1}
			queue := []int{a}
			for len(queue) > 0 {
				x := queue[0]
				queue = queue[1:]
				for _, y := range adj[x] {
					if d, ok := dist[y]; !ok {
						dist[y] = dist[x] + 1
						count[y] = count[x]
						queue = append(queue, y)
					} else if d == dist[x]+1 {
						count[y] += count[x]
					}
				}
			}
			paths, err := s.ShortestPaths(ctx, ids[a], ids[b], 6)
			if err != nil {
				t.Fatal(err)
			}
			want, wantLen := 0, 0
			if d, ok := dist[b]; ok && d <= 6 {
				want, wantLen = min(count[b], MaxPaths), d
			}
			if want > 0 {
				found++
			}
			if want > 1 {
				tied++
			}
			if len(paths) != want {
				t.Fatalf("seed %d: %d->%d: %d paths; want %d of length %d", seed, a, b, len(paths), want, wantLen)
			}
			for _, p := range paths {
				if len(p.Hops) != wantLen || p.Entities[0] != ids[a] || p.Entities[len(p.Entities)-1] != ids[b] {
					t.Fatalf("seed %d: %d->%d: path %+v; want length %d from %d to %d", seed, a, b, p.Entities, wantLen, ids[a], ids[b])
				}
				for i, h := range p.Hops {
					if h.From != p.Entities[i] || h.To != p.Entities[i+1] ||
						!((h.Relation.Source == h.From && h.Relation.Target == h.To) || (h.Relation.Source == h.To && h.Relation.Target == h.From)) {
						t.Fatalf("seed %d: hop %+v does not join %d and %d", seed, h, p.Entities[i], p.Entities[i+1])
					}
				}
			}
		}
	}
	if found < 50 || tied < 10 {
		t.Errorf("only %d queries had a path and %d ties; the test graphs are too sparse to mean much", found, tied)
	}
}

// TestShortestPathsAsFullLayers: the search's last layer only looks for
// meeting points instead of recording every node it reaches; that must
// change nothing, not even the order of tied paths or which ten are kept.
// The reference is the search as it was, every layer recorded in full, over
// the same edge lists, on random graphs dense enough for many ties.
func TestShortestPathsAsFullLayers(t *testing.T) {
	ctx := context.Background()
	compared, tied, cut := 0, 0, 0
	for seed := uint64(1); seed <= 3; seed++ {
		s, _ := newTestStore(t)
		rng := rand.New(rand.NewPCG(seed, 7))
		const n = 40
		type pair struct{ a, b int }
		seen := map[pair]bool{}
		var docs []IngestDoc
		for e := 0; e < 240; e++ {
			a, b := rng.IntN(n), rng.IntN(n)
			if a == b || seen[pair{a, b}] || seen[pair{b, a}] {
				continue
			}
			seen[pair{a, b}] = true
			an, bn := fmt.Sprintf("Node %d", a), fmt.Sprintf("Node %d", b)
			typ := []string{"RELATED_TO", "MET_WITH", "PART_OF"}[rng.IntN(3)]
			docs = append(docs, doc(fmt.Sprintf("f%d-%d", seed, e), "2024-01-01", an+" "+bn, extract.Analysis{
				Entities:  []extract.Entity{ent("a", extract.Organization, an), ent("b", extract.Organization, bn)},
				Relations: []extract.Relation{{Type: typ, Source: "a", Target: "b", Confidence: 1, Evidence: ev(an + " " + bn)}},
			}))
		}
		ingest(t, s, docs...)
		var ids []uint64
		for i := 0; i < n; i++ {
			if es, _, _ := s.FindEntities(ctx, fmt.Sprintf("node %d", i), nil, Page{}); len(es) > 0 && es[0].Name == fmt.Sprintf("Node %d", i) {
				ids = append(ids, es[0].ID)
			}
		}
		// The edge lists in the search's order: Relations without a filter
		// lists them as the cached adjacency does.
		edges := map[uint64][]pathLink{}
		for _, id := range ids {
			rels, _, err := s.Relations(ctx, id, RelationFilter{}, Page{Limit: MaxPageSize})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rels {
				other := r.Target
				if other == id {
					other = r.Source
				}
				edges[id] = append(edges[id], pathLink{prev: other, rel: r.ID})
			}
		}
		for q := 0; q < 150; q++ {
			a, b := ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]
			if a == b {
				continue
			}
			maxHops := 2 + q%4
			want := fullLayerPaths(edges, a, b, maxHops)
			paths, err := s.ShortestPaths(ctx, a, b, maxHops)
			if err != nil {
				t.Fatal(err)
			}
			var got [][]uint64
			for _, p := range paths {
				var rels []uint64
				for _, h := range p.Hops {
					rels = append(rels, h.Relation.ID)
				}
				got = append(got, rels)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("seed %d: %d->%d within %d hops: relations %v; the full search gives %v", seed, a, b, maxHops, got, want)
			}
			compared++
			if len(want) > 1 {
				tied++
			}
			if len(want) == MaxPaths {
				cut++
			}
		}
	}
	if compared < 300 || tied < 50 || cut < 5 {
		t.Errorf("%d searches compared, %d with ties, %d cut at %d paths: too few to mean much", compared, tied, cut, MaxPaths)
	}
}

// fullLayerPaths is ShortestPaths' search recording every layer in full
// (edges[n] lists n's neighbours as pathLink{other end, relation}); it
// returns each path's relations.
func fullLayerPaths(edges map[uint64][]pathLink, from, to uint64, maxHops int) [][]uint64 {
	type side struct {
		depth    map[uint64]int
		parents  map[uint64][]pathLink
		frontier []uint64
		d        int
	}
	newSide := func(root uint64) *side {
		return &side{depth: map[uint64]int{root: 0}, parents: map[uint64][]pathLink{}, frontier: []uint64{root}}
	}
	a, b := newSide(from), newSide(to)
	for a.d+b.d < maxHops && len(a.frontier) > 0 && len(b.frontier) > 0 {
		grow, other := a, b
		if len(b.frontier) < len(a.frontier) {
			grow, other = b, a
		}
		var next []uint64
		for _, n := range grow.frontier {
			for _, e := range edges[n] {
				if d, seen := grow.depth[e.prev]; seen {
					if d == grow.d+1 {
						grow.parents[e.prev] = append(grow.parents[e.prev], pathLink{n, e.rel})
					}
					continue
				}
				grow.depth[e.prev] = grow.d + 1
				grow.parents[e.prev] = []pathLink{{n, e.rel}}
				next = append(next, e.prev)
			}
		}
		grow.d++
		grow.frontier = next
		var meet []uint64
		for _, x := range next {
			if _, ok := other.depth[x]; ok {
				meet = append(meet, x)
			}
		}
		if len(meet) == 0 {
			continue
		}
		// Chains from the root of s to m, in the order the parents were found.
		chains := func(s *side, root, m uint64) [][]uint64 {
			var out [][]uint64
			var cur []uint64
			var walk func(n uint64)
			walk = func(n uint64) {
				if len(out) >= MaxPaths {
					return
				}
				if n == root {
					out = append(out, slices.Clone(cur))
					return
				}
				for _, l := range s.parents[n] {
					cur = append(cur, l.rel)
					walk(l.prev)
					cur = cur[:len(cur)-1]
					if len(out) >= MaxPaths {
						return
					}
				}
			}
			walk(m)
			return out
		}
		var out [][]uint64
		for _, m := range meet {
			for _, head := range chains(a, from, m) {
				slices.Reverse(head)
				for _, tail := range chains(b, to, m) {
					if len(out) == MaxPaths {
						return out
					}
					out = append(out, append(slices.Clone(head), tail...))
				}
			}
		}
		return out
	}
	return nil
}
