package store

import (
	"context"
	"fmt"
	"slices"
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
	err := s.viewGen(ctx.Err, func(txn *readTxn, gen uint64) error {
		for _, id := range []uint64{from, to} {
			if err := s.checkEntity(txn, gen, id); err != nil {
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
		if len(links) > 0 {
			paths = make([]Path, 0, len(links))
		}
		for _, chain := range links {
			p := Path{Entities: make([]uint64, 1, len(chain)+1), Hops: make([]Hop, 0, len(chain))}
			p.Entities[0] = from
			cur := from
			for _, l := range chain {
				// Without evidence: a path of hub relations would otherwise
				// decode hundreds of pieces nobody asked for.
				var r Relation
				if err := s.cachedRelation(txn, gen, l.rel, &r); err != nil {
					return err
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

// bfsSide is one end of the bidirectional search. Parent links live in one
// slice per side, chained per node, and sides are pooled: a path query used to
// allocate two maps and a slice per visited node, which was most of its
// garbage.
type bfsSide struct {
	nodes    map[uint64]bfsNode
	links    []bfsLink
	frontier []uint64
	next     []uint64
	d        int
}

// bfsNode is a visited node: its depth from the side's root and its chain of
// parent links (indexes into links, -1 for none), in the order found.
type bfsNode struct {
	depth      int32
	head, tail int32
}

type bfsLink struct {
	pathLink
	next int32
}

// bfsPair is what one search uses; Store.paths pools them.
type bfsPair struct{ a, b bfsSide }

// maxPooledVisited: sides that visited more are dropped rather than pooled,
// so one huge search does not pin its maps.
const maxPooledVisited = 1 << 16

func (s *bfsSide) reset(root uint64) {
	if s.nodes == nil {
		s.nodes = map[uint64]bfsNode{}
	}
	clear(s.nodes)
	s.nodes[root] = bfsNode{depth: 0, head: -1, tail: -1}
	s.links = s.links[:0]
	s.frontier = append(s.frontier[:0], root)
	s.next = s.next[:0]
	s.d = 0
}

func (s *bfsSide) addParent(n uint64, nd bfsNode, l pathLink) {
	s.links = append(s.links, bfsLink{pathLink: l, next: -1})
	i := int32(len(s.links) - 1)
	if nd.tail >= 0 {
		s.links[nd.tail].next = i
	} else {
		nd.head = i
	}
	nd.tail = i
	s.nodes[n] = nd
}

// parents calls fn with each parent link of n, in the order found, until fn
// returns false.
func (s *bfsSide) parents(n uint64, fn func(pathLink) bool) {
	for i := s.nodes[n].head; i >= 0; i = s.links[i].next {
		if !fn(s.links[i].pathLink) {
			return
		}
	}
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
func (s *Store) bfs(ctx context.Context, txn *readTxn, gen, from, to uint64, maxHops int, types []string) ([][]pathLink, error) {
	pair, _ := s.paths.Get().(*bfsPair)
	if pair == nil {
		pair = &bfsPair{}
	}
	defer func() {
		if len(pair.a.nodes) <= maxPooledVisited && len(pair.b.nodes) <= maxPooledVisited {
			s.paths.Put(pair)
		}
	}()
	a, b := &pair.a, &pair.b
	a.reset(from)
	b.reset(to)
	for a.d+b.d < maxHops && len(a.frontier) > 0 && len(b.frontier) > 0 {
		grow, other := a, b
		if len(b.frontier) < len(a.frontier) {
			grow, other = b, a
		}
		// The last layer the hop limit allows can only end the search: a
		// node it reaches matters only if the other side has visited it (a
		// meeting point, whose parents make the paths); any other is never
		// expanded. Looking those up in the other side alone, instead of
		// recording each in this side, halves the work of the layer that
		// reads the most edges (its nodes are the farthest from the root, and
		// in a bigger store they have more edges).
		last := a.d+b.d+1 == maxHops
		next := grow.next[:0]
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
				if last {
					if _, meets := other.nodes[e.other]; !meets {
						continue
					}
				}
				if nd, seen := grow.nodes[e.other]; seen {
					if int(nd.depth) == grow.d+1 {
						grow.addParent(e.other, nd, pathLink{n, e.rel})
					}
					continue
				}
				grow.addParent(e.other, bfsNode{depth: int32(grow.d + 1), head: -1, tail: -1}, pathLink{n, e.rel})
				next = append(next, e.other)
			}
		}
		grow.d++
		grow.next, grow.frontier = grow.frontier, next
		var meet []uint64
		for _, x := range next {
			if _, ok := other.nodes[x]; ok {
				meet = append(meet, x)
			}
		}
		if len(meet) > 0 {
			var out [][]pathLink
			for _, m := range meet {
				for _, head := range enumeratePaths(a, from, m) {
					for _, tail := range chainsTo(b, m, to) {
						if len(out) == MaxPaths {
							return out, nil
						}
						chain := make([]pathLink, 0, len(head)+len(tail))
						out = append(out, append(append(chain, head...), tail...))
					}
				}
			}
			return out, nil
		}
		if len(a.nodes)+len(b.nodes) > maxVisited {
			return nil, nil
		}
	}
	return nil, nil
}

// chainsTo lists up to MaxPaths chains of links from m to the root `to` of
// a search side whose parents point toward `to`.
func chainsTo(side *bfsSide, m, to uint64) [][]pathLink {
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
		side.parents(n, func(l pathLink) bool {
			cur = append(cur, l)
			walk(l.prev)
			cur = cur[:len(cur)-1]
			return len(out) < MaxPaths
		})
	}
	walk(m)
	return out
}

// enumeratePaths lists up to MaxPaths chains of links from `from` to `to`
// through the parent DAG, in the order the search found them.
func enumeratePaths(side *bfsSide, from, to uint64) [][]pathLink {
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
		side.parents(n, func(l pathLink) bool {
			rev = append(rev, l)
			walk(l.prev)
			rev = rev[:len(rev)-1]
			return len(out) < MaxPaths
		})
	}
	walk(to)
	return out
}
