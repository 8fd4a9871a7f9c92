package store

import (
	"context"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"
)

// Path search limits.
const (
	DefaultMaxHops = 4
	MaxHops        = 6
	MaxPaths       = 10
	// maxVisited bounds the breadth-first search: past it the search gives up
	// (returning no path) rather than walking a whole large graph for one query.
	maxVisited = 500_000
)

type pathLink struct {
	prev uint64
	rel  uint64
}

// ShortestPaths returns the shortest paths (several when tied, at most 10) of at
// most maxHops relations, treating relations as undirected. maxHops <= 0 means
// DefaultMaxHops; larger than MaxHops is capped. An unknown id is ErrNotFound;
// no path within reach is an empty result. Hop.From/To follow the path, while
// Hop.Relation keeps the relation's own direction.
func (s *Store) ShortestPaths(ctx context.Context, from, to uint64, maxHops int, types ...string) ([]Path, error) {
	if maxHops <= 0 {
		maxHops = DefaultMaxHops
	}
	maxHops = min(maxHops, MaxHops)
	var paths []Path
	err := s.viewGen(ctx.Err, func(txn *badger.Txn, gen uint64) error {
		for _, id := range []uint64{from, to} {
			if err := entityExists(txn, id); err != nil {
				return err
			}
		}
		if from == to {
			paths = []Path{{Entities: []uint64{from}}}
			return nil
		}
		parents, found, err := s.bfs(ctx, txn, gen, from, to, maxHops, types)
		if err != nil || !found {
			return err
		}
		links := enumeratePaths(parents, from, to)
		rels := map[uint64]Relation{}
		for _, chain := range links {
			p := Path{Entities: []uint64{from}}
			cur := from
			for _, l := range chain {
				r, ok := rels[l.rel]
				if !ok {
					var err error
					if r, err = loadRelation(txn, l.rel); err != nil {
						return err
					}
					rels[l.rel] = r
				}
				next := r.Target
				if next == cur {
					next = r.Source
				}
				p.Hops = append(p.Hops, Hop{From: cur, To: next, Relation: r})
				p.Entities = append(p.Entities, next)
				cur = next
			}
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: paths %d->%d: %w", from, to, err)
	}
	return paths, nil
}

// bfs walks relation edges in both directions layer by layer from `from`,
// recording every parent link of a node that lies on a shortest path to it,
// and stops after the layer that reaches `to`.
func (s *Store) bfs(ctx context.Context, txn *badger.Txn, gen, from, to uint64, maxHops int, types []string) (map[uint64][]pathLink, bool, error) {
	depth := map[uint64]int{from: 0}
	parents := map[uint64][]pathLink{}
	frontier := []uint64{from}
	for d := 1; d <= maxHops && len(frontier) > 0; d++ {
		var next []uint64
		for _, n := range frontier {
			if err := ctx.Err(); err != nil {
				return nil, false, err
			}
			edges, err := s.cachedEdges(txn, gen, n)
			if err != nil {
				return nil, false, err
			}
			for _, e := range edges {
				if len(types) > 0 && !slices.Contains(types, e.typ) {
					continue
				}
				other, rel := e.other, e.rel
				if od, seen := depth[other]; seen {
					if od == d {
						parents[other] = append(parents[other], pathLink{n, rel})
					}
					continue
				}
				depth[other] = d
				parents[other] = []pathLink{{n, rel}}
				next = append(next, other)
			}
		}
		if _, ok := depth[to]; ok {
			return parents, true, nil
		}
		if len(depth) > maxVisited {
			return nil, false, nil
		}
		frontier = next
	}
	return nil, false, nil
}

// enumeratePaths lists up to MaxPaths chains of links from `from` to `to`
// through the parent DAG, in the order the search found them.
func enumeratePaths(parents map[uint64][]pathLink, from, to uint64) [][]pathLink {
	var out [][]pathLink
	var rev []pathLink // links from `to` backwards
	var walk func(n uint64)
	walk = func(n uint64) {
		if len(out) >= MaxPaths {
			return
		}
		if n == from {
			chain := make([]pathLink, len(rev))
			for i, l := range rev {
				chain[len(rev)-1-i] = l
			}
			out = append(out, chain)
			return
		}
		for _, l := range parents[n] {
			rev = append(rev, l)
			walk(l.prev)
			rev = rev[:len(rev)-1]
		}
	}
	walk(to)
	return out
}
