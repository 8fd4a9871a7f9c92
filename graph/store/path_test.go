package store

import (
	"context"
	"fmt"
	"math/rand/v2"
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
