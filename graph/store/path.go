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
// Hop.Relation keeps the relation's own direction; relations come without
// their evidence (EvidenceLoaded false).
func (s *Store) ShortestPaths(ctx context.Context, from, to uint64, maxHops int, types ...string) ([]Path, error) {
	if maxHops <= 0 {
		maxHops = DefaultMaxHops
	}
	maxHops = min(maxHops, MaxHops)
	var paths []Path
	err := s.viewGen(ctx.Err, func(txn *badger.Txn, gen uint64) error {
		for _, id := range []uint64{from, to} {
			if _, err := s.cachedEntity(txn, gen, id); err != nil {
				return err
			}
		}
		if from == to {
			paths = []Path{{Entities: []uint64{from}}}
			return nil
		}
		links, err := s.bfs(ctx, txn, gen, from, to, maxHops, types)
		if err != nil {
			return err
		}
		rels := map[uint64]Relation{}
		for _, chain := range links {
			p := Path{Entities: []uint64{from}}
			cur := from
			for _, l := range chain {
				r, ok := rels[l.rel]
				if !ok {
					// Without evidence: a path of hub relations would
					// otherwise decode hundreds of pieces nobody asked for.
					rp, err := s.cachedRelation(txn, gen, l.rel)
					if err != nil {
						return err
					}
					r = *rp
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

// bfsSide is one end of the bidirectional search.
type bfsSide struct {
	depth    map[uint64]int
	parents  map[uint64][]pathLink // links one step closer to this side's root
	frontier []uint64
	d        int
}

func newSide(root uint64) *bfsSide {
	return &bfsSide{depth: map[uint64]int{root: 0}, parents: map[uint64][]pathLink{}, frontier: []uint64{root}}
}

// bfs finds the shortest chains of relations between from and to by a
// breadth-first search from both ends, always growing the smaller frontier
// by a whole layer: a hub on one side no longer makes the search read the
// hub's whole neighbourhood when the other side is small. Parent links keep
// every tie, so all shortest paths (up to MaxPaths) come out. It returns the
// chains of relations, from `from` to `to`.
//
// Why it is exact: before the layer that first meets the other side, no node
// has both depths, so a shortest path is at least as long as the two depths
// together; every node the meeting layer finds in the other side's visited
// set makes a path of exactly that length, and every shortest path crosses
// that layer at one such node.
func (s *Store) bfs(ctx context.Context, txn *badger.Txn, gen, from, to uint64, maxHops int, types []string) ([][]pathLink, error) {
	a, b := newSide(from), newSide(to)
	for a.d+b.d < maxHops && len(a.frontier) > 0 && len(b.frontier) > 0 {
		grow, other := a, b
		if len(b.frontier) < len(a.frontier) {
			grow, other = b, a
		}
		var next []uint64
		for _, n := range grow.frontier {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			edges, err := s.cachedEdges(txn, gen, n)
			if err != nil {
				return nil, err
			}
			for _, e := range edges {
				if len(types) > 0 && !slices.Contains(types, e.typ) {
					continue
				}
				if od, seen := grow.depth[e.other]; seen {
					if od == grow.d+1 {
						grow.parents[e.other] = append(grow.parents[e.other], pathLink{n, e.rel})
					}
					continue
				}
				grow.depth[e.other] = grow.d + 1
				grow.parents[e.other] = []pathLink{{n, e.rel}}
				next = append(next, e.other)
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
		if len(meet) > 0 {
			var out [][]pathLink
			for _, m := range meet {
				for _, head := range enumeratePaths(a.parents, from, m) {
					for _, tail := range chainsTo(b.parents, m, to) {
						if len(out) == MaxPaths {
							return out, nil
						}
						out = append(out, append(slices.Clone(head), tail...))
					}
				}
			}
			return out, nil
		}
		if len(a.depth)+len(b.depth) > maxVisited {
			return nil, nil
		}
	}
	return nil, nil
}

// chainsTo lists up to MaxPaths chains of links from m to the root `to` of
// a search side whose parents point toward `to`.
func chainsTo(parents map[uint64][]pathLink, m, to uint64) [][]pathLink {
	var out [][]pathLink
	var cur []pathLink
	var walk func(n uint64)
	walk = func(n uint64) {
		if len(out) >= MaxPaths {
			return
		}
		if n == to {
			out = append(out, slices.Clone(cur))
			return
		}
		for _, l := range parents[n] {
			cur = append(cur, l)
			walk(l.prev)
			cur = cur[:len(cur)-1]
		}
	}
	walk(m)
	return out
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
