package analytics

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"sync"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"
)

// Node is an entity in an analysed graph.
type Node struct {
	ID       uint64
	Name     string
	Type     string
	Mentions int // in the analysed period when the filter has one
}

// Edge is a weighted, typed link between two entities: one stored relation,
// or entities seen together in events or documents (see the Edge* types).
type Edge struct {
	From, To uint64
	Type     string
	Weight   float64
}

// Algorithm parameters. Fixed so that results are reproducible run to run.
const (
	// PageRankDamping is the usual damping factor (Brin and Page).
	PageRankDamping = 0.85
	// pageRankTolerance stops power iteration once the rank vector moves less
	// than this; gonum starts from a random vector, so scores agree to about
	// this precision between runs and ranking rounds them before comparing.
	pageRankTolerance = 1e-10
	// LouvainResolution 1 is modularity as Newman defined it.
	LouvainResolution = 1.0
	louvainSeed       = 1
)

// Graph is an immutable entity graph with lazily computed, memoized metrics;
// safe for concurrent use. Each algorithm runs on first use only, so asking for
// degrees never pays for betweenness.
type Graph struct {
	nodes []Node // sorted by ID
	index map[uint64]int
	edges int // distinct undirected neighbour pairs

	directed   *simple.WeightedDirectedGraph   // edge weights summed per (from, to)
	undirected *simple.WeightedUndirectedGraph // edge weights summed per pair

	pageRank    lazy[map[uint64]float64]
	betweenness lazy[map[uint64]float64]
	communities lazy[Partition]
	components  lazy[[][]uint64]
	componentOf lazy[map[uint64]int]
}

// lazy memoizes one computation.
type lazy[T any] struct {
	once sync.Once
	v    T
}

func (l *lazy[T]) get(f func() T) T {
	l.once.Do(func() { l.v = f() })
	return l.v
}

// NewGraph builds a graph of nodes and the edges between them. Edges naming a
// node not in nodes, self-loops and non-positive weights are dropped: a filter
// that removes an entity removes its edges too.
func NewGraph(nodes []Node, edges []Edge) *Graph {
	g := &Graph{
		nodes:      slices.Clone(nodes),
		index:      make(map[uint64]int, len(nodes)),
		directed:   simple.NewWeightedDirectedGraph(0, 0),
		undirected: simple.NewWeightedUndirectedGraph(0, 0),
	}
	slices.SortFunc(g.nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	g.nodes = slices.CompactFunc(g.nodes, func(a, b Node) bool { return a.ID == b.ID })
	for i, n := range g.nodes {
		g.index[n.ID] = i
		g.directed.AddNode(simple.Node(n.ID))
		g.undirected.AddNode(simple.Node(n.ID))
	}
	for _, e := range edges {
		_, ok1 := g.index[e.From]
		_, ok2 := g.index[e.To]
		if !ok1 || !ok2 || e.From == e.To || !(e.Weight > 0) {
			continue
		}
		from, to := simple.Node(e.From), simple.Node(e.To)
		w, _ := g.directed.Weight(int64(e.From), int64(e.To))
		g.directed.SetWeightedEdge(g.directed.NewWeightedEdge(from, to, w+e.Weight))
		w, ok := g.undirected.Weight(int64(e.From), int64(e.To))
		if !ok || w == 0 {
			g.edges++
		}
		g.undirected.SetWeightedEdge(g.undirected.NewWeightedEdge(from, to, w+e.Weight))
	}
	return g
}

// Nodes returns the graph's nodes in id order; the slice must not be modified.
func (g *Graph) Nodes() []Node { return g.nodes }

// Node returns the node with id.
func (g *Graph) Node(id uint64) (Node, bool) {
	i, ok := g.index[id]
	if !ok {
		return Node{}, false
	}
	return g.nodes[i], true
}

// EdgeCount is the number of linked entity pairs (direction and type ignored).
func (g *Graph) EdgeCount() int { return g.edges }

// Degree is the number of distinct entities linked to id, in either direction.
func (g *Graph) Degree(id uint64) int {
	if _, ok := g.index[id]; !ok {
		return 0
	}
	return g.undirected.From(int64(id)).Len()
}

// Strength is the summed weight of id's links (its weighted degree).
func (g *Graph) Strength(id uint64) float64 {
	var s float64
	to := g.undirected.From(int64(id))
	for to.Next() {
		w, _ := g.undirected.Weight(int64(id), to.Node().ID())
		s += w
	}
	return s
}

// PageRank is edge-weighted PageRank over the directed graph (gonum's sparse
// power iteration), damping PageRankDamping; scores sum to 1.
func (g *Graph) PageRank() map[uint64]float64 {
	return g.pageRank.get(func() map[uint64]float64 {
		out := make(map[uint64]float64, len(g.nodes))
		if len(g.nodes) == 0 {
			return out
		}
		for id, r := range network.PageRankSparse(g.directed, PageRankDamping, pageRankTolerance) {
			out[uint64(id)] = r
		}
		return out
	})
}

// Betweenness is each entity's shortest-path betweenness in the undirected,
// unweighted graph (gonum, Brandes' algorithm), counting each unordered pair of
// endpoints once as Freeman defined it (and NetworkX reports unnormalized).
// Entities on no shortest path are absent (zero).
func (g *Graph) Betweenness() map[uint64]float64 {
	return g.betweenness.get(func() map[uint64]float64 {
		out := map[uint64]float64{}
		if g.edges == 0 {
			return out
		}
		// Shortest paths never leave a component, so each component of three
		// or more is solved alone: gonum's Brandes touches every node of the
		// graph it is given per source, and news graphs are mostly thousands
		// of unlinked entities (14,741 components of 15,385 entities in BBC).
		for _, comp := range g.Components() {
			if len(comp) < 3 {
				break // sorted by size; a pair or a single node lies on no path
			}
			sub := g.undirected
			if len(comp) < len(g.nodes) {
				sub = simple.NewWeightedUndirectedGraph(0, 0)
				for _, id := range comp {
					sub.AddNode(simple.Node(id))
				}
				for _, id := range comp {
					to := g.undirected.From(int64(id))
					for to.Next() {
						if v := to.Node().ID(); uint64(v) > id {
							sub.SetWeightedEdge(g.undirected.WeightedEdge(int64(id), v))
						}
					}
				}
			}
			// gonum sums over ordered (s, t) pairs: on an undirected graph
			// every path is counted from both ends.
			for id, b := range network.Betweenness(sub) {
				out[uint64(id)] = b / 2
			}
		}
		return out
	})
}

// BetweennessWork estimates the cost of Betweenness: Brandes runs one search
// per node over its component, so the sum over components of nodes x links.
func (g *Graph) BetweennessWork() float64 {
	var work float64
	for _, comp := range g.Components() {
		if len(comp) < 3 {
			break
		}
		links := 0
		for _, id := range comp {
			links += g.undirected.From(int64(id)).Len()
		}
		work += float64(len(comp)) * float64(links/2+len(comp))
	}
	return work
}

// Partition is a division of the graph into communities.
type Partition struct {
	// Communities, largest first (ties by smallest member id); members in id order.
	Communities [][]uint64
	// Modularity Q of the division (Newman), in [-1/2, 1].
	Modularity float64
	// Of maps an entity id to its index in Communities.
	Of map[uint64]int
}

// Communities divides the undirected weighted graph by Louvain modularity
// optimisation (gonum community.Modularize, resolution 1, fixed seed).
// Entities without links are communities of their own.
func (g *Graph) Communities() Partition {
	return g.communities.get(func() Partition {
		var comms [][]uint64
		if g.edges == 0 {
			for _, n := range g.nodes {
				comms = append(comms, []uint64{n.ID})
			}
		} else {
			reduced := community.Modularize(g.undirected, LouvainResolution, rand.NewPCG(louvainSeed, louvainSeed))
			comms = idGroups(reduced.Communities())
		}
		p := Partition{Communities: sortGroups(comms), Of: make(map[uint64]int, len(g.nodes))}
		for i, c := range p.Communities {
			for _, id := range c {
				p.Of[id] = i
			}
		}
		if g.edges > 0 {
			p.Modularity = community.Q(g.undirected, nodeGroups(p.Communities), LouvainResolution)
		}
		return p
	})
}

// Components are the connected components of the undirected graph (gonum
// topo.ConnectedComponents), largest first, members in id order.
func (g *Graph) Components() [][]uint64 {
	return g.components.get(func() [][]uint64 {
		return sortGroups(idGroups(topo.ConnectedComponents(g.undirected)))
	})
}

func idGroups(groups [][]gg.Node) [][]uint64 {
	out := make([][]uint64, 0, len(groups))
	for _, grp := range groups {
		ids := make([]uint64, len(grp))
		for i, n := range grp {
			ids[i] = uint64(n.ID())
		}
		out = append(out, ids)
	}
	return out
}

func nodeGroups(groups [][]uint64) [][]gg.Node {
	out := make([][]gg.Node, len(groups))
	for i, grp := range groups {
		out[i] = make([]gg.Node, len(grp))
		for j, id := range grp {
			out[i][j] = simple.Node(id)
		}
	}
	return out
}

// sortGroups orders members by id and groups by size descending, then by
// smallest member, so output does not depend on map iteration order.
func sortGroups(groups [][]uint64) [][]uint64 {
	out := groups[:0]
	for _, grp := range groups {
		if len(grp) == 0 {
			continue
		}
		slices.Sort(grp)
		out = append(out, grp)
	}
	slices.SortFunc(out, func(a, b []uint64) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return cmp.Compare(a[0], b[0])
	})
	return out
}

// roundScore drops the last bits of a score so that ties computed by
// iterative methods compare equal and ranking falls back to the id.
func roundScore(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	return math.Round(x*1e9) / 1e9
}
