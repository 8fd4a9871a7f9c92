package analytics

import (
	"errors"
	"math"
	"slices"
	"testing"
)

func nodes(ids ...uint64) []Node {
	out := make([]Node, len(ids))
	for i, id := range ids {
		out[i] = Node{ID: id}
	}
	return out
}

func undirectedEdges(pairs ...[2]uint64) []Edge {
	var out []Edge
	for _, p := range pairs {
		out = append(out, Edge{From: p[0], To: p[1], Type: "T", Weight: 1})
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func TestBetweennessKnownAnswers(t *testing.T) {
	for _, tc := range []struct {
		name  string
		nodes []Node
		edges []Edge
		want  map[uint64]float64
	}{
		{"path a-b-c", nodes(1, 2, 3), undirectedEdges([2]uint64{1, 2}, [2]uint64{2, 3}), map[uint64]float64{2: 1}},
		// The centre of a star lies on the one shortest path of each of C(4,2) leaf pairs.
		{"star of 4 leaves", nodes(1, 2, 3, 4, 5),
			undirectedEdges([2]uint64{1, 2}, [2]uint64{1, 3}, [2]uint64{1, 4}, [2]uint64{1, 5}), map[uint64]float64{1: 6}},
		// Path of 5: node i carries the pairs it separates: (i-1)*(5-i).
		{"path of 5", nodes(1, 2, 3, 4, 5),
			undirectedEdges([2]uint64{1, 2}, [2]uint64{2, 3}, [2]uint64{3, 4}, [2]uint64{4, 5}), map[uint64]float64{2: 3, 3: 4, 4: 3}},
		// A 4-cycle: each pair of opposite nodes has two shortest paths, one through each other node.
		{"4-cycle", nodes(1, 2, 3, 4),
			undirectedEdges([2]uint64{1, 2}, [2]uint64{2, 3}, [2]uint64{3, 4}, [2]uint64{4, 1}), map[uint64]float64{1: 0.5, 2: 0.5, 3: 0.5, 4: 0.5}},
		{"no edges", nodes(1, 2), nil, map[uint64]float64{}},
		// Components are solved one by one; the answer is the same as for each alone.
		{"two paths and a loner", nodes(1, 2, 3, 4, 5, 6, 7),
			undirectedEdges([2]uint64{1, 2}, [2]uint64{2, 3}, [2]uint64{4, 5}, [2]uint64{5, 6}), map[uint64]float64{2: 1, 5: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := NewGraph(tc.nodes, tc.edges)
			got := g.Betweenness()
			for _, n := range tc.nodes {
				if !near(got[n.ID], tc.want[n.ID]) {
					t.Errorf("Betweenness()[%d] = %v; want %v (all: %v)", n.ID, got[n.ID], tc.want[n.ID], got)
				}
			}
		})
	}
}

func TestDegreeCountsDistinctNeighboursEitherDirection(t *testing.T) {
	// 1->2 twice with different types, 2->1, 3->1: node 1 has two neighbours.
	g := NewGraph(nodes(1, 2, 3, 4), []Edge{
		{From: 1, To: 2, Type: "A", Weight: 1}, {From: 1, To: 2, Type: "B", Weight: 2},
		{From: 2, To: 1, Type: "A", Weight: 1}, {From: 3, To: 1, Type: "A", Weight: 1},
		{From: 4, To: 4, Type: "A", Weight: 1}, // self-loop: dropped
		{From: 1, To: 9, Type: "A", Weight: 1}, // unknown node: dropped
	})
	for id, want := range map[uint64]int{1: 2, 2: 1, 3: 1, 4: 0, 9: 0} {
		if got := g.Degree(id); got != want {
			t.Errorf("Degree(%d) = %d; want %d", id, got, want)
		}
	}
	if g.EdgeCount() != 2 {
		t.Errorf("EdgeCount() = %d; want 2", g.EdgeCount())
	}
	if s := g.Strength(1); !near(s, 5) {
		t.Errorf("Strength(1) = %v; want 5 (1+2+1+1)", s)
	}
}

func TestPageRankKnownAnswers(t *testing.T) {
	// A directed 3-cycle: by symmetry every node has 1/3.
	g := NewGraph(nodes(1, 2, 3), []Edge{{From: 1, To: 2, Weight: 1}, {From: 2, To: 3, Weight: 1}, {From: 3, To: 1, Weight: 1}})
	for id, r := range g.PageRank() {
		if !near(r, 1.0/3) {
			t.Errorf("cycle: PageRank()[%d] = %v; want 1/3", id, r)
		}
	}
	// Three leaves pointing at a dangling centre. With d = 0.85 and the
	// centre's rank spread evenly (Google matrix), c = 0.8875/1.6375 and each
	// leaf has (1-c)/3; NetworkX's pagerank gives the same.
	g = NewGraph(nodes(1, 2, 3, 4), []Edge{{From: 2, To: 1, Weight: 1}, {From: 3, To: 1, Weight: 1}, {From: 4, To: 1, Weight: 1}})
	pr := g.PageRank()
	c := 0.8875 / 1.6375
	if !near(pr[1], c) {
		t.Errorf("star: PageRank()[1] = %v; want %v", pr[1], c)
	}
	for _, id := range []uint64{2, 3, 4} {
		if !near(pr[id], (1-c)/3) {
			t.Errorf("star: PageRank()[%d] = %v; want %v", id, pr[id], (1-c)/3)
		}
	}
	// Weights matter: 1 sends three times as much to 2 as to 3.
	g = NewGraph(nodes(1, 2, 3), []Edge{{From: 1, To: 2, Weight: 3}, {From: 1, To: 3, Weight: 1},
		{From: 2, To: 1, Weight: 1}, {From: 3, To: 1, Weight: 1}})
	pr = g.PageRank()
	if !(pr[2] > pr[3]) {
		t.Errorf("weighted: PageRank 2 = %v, 3 = %v; want 2 above 3", pr[2], pr[3])
	}
	a := &Analysis{Graph: g}
	if top := a.Top(PageRank, 2); len(top) != 2 || top[0].ID != 1 || top[1].ID != 2 || top[1].Position != 2 {
		t.Errorf("Top(PageRank, 2) = %+v; want 1 then 2", top)
	}
}

// twoCliques is two 4-cliques {1..4} and {5..8} bridged by 4-5.
func twoCliques() *Graph {
	var pairs [][2]uint64
	for _, base := range []uint64{0, 4} {
		for i := uint64(1); i <= 4; i++ {
			for j := i + 1; j <= 4; j++ {
				pairs = append(pairs, [2]uint64{base + i, base + j})
			}
		}
	}
	pairs = append(pairs, [2]uint64{4, 5})
	return NewGraph(nodes(1, 2, 3, 4, 5, 6, 7, 8, 9), undirectedEdges(pairs...))
}

func TestLouvainFindsTwoCliques(t *testing.T) {
	p := twoCliques().Communities()
	want := [][]uint64{{1, 2, 3, 4}, {5, 6, 7, 8}, {9}}
	if len(p.Communities) != len(want) {
		t.Fatalf("Communities() = %v; want %v", p.Communities, want)
	}
	for i := range want {
		if !slices.Equal(p.Communities[i], want[i]) {
			t.Errorf("community %d = %v; want %v", i, p.Communities[i], want[i])
		}
	}
	// m = 13 edges; each clique has 6 inner edges and total degree 13:
	// Q = 2 * (6/13 - (13/26)^2).
	if wantQ := 2 * (6.0/13 - 0.25); !near(p.Modularity, wantQ) {
		t.Errorf("Modularity = %v; want %v", p.Modularity, wantQ)
	}
	if p.Of[6] != 1 || p.Of[9] != 2 {
		t.Errorf("Of[6] = %d, Of[9] = %d; want 1 and 2", p.Of[6], p.Of[9])
	}
	// Members of a community come ranked by PageRank, best first.
	a := &Analysis{Graph: twoCliques()}
	cs := a.Communities(2)
	if len(cs) != 2 {
		t.Fatalf("Communities(2) has %d communities; want 2 (the singleton left out)", len(cs))
	}
	pr := a.Graph.PageRank()
	for _, c := range cs {
		for j, m := range c.Members {
			if m.Position != j+1 || m.Score != pr[m.ID] || (j > 0 && m.Score > c.Members[j-1].Score) {
				t.Errorf("community %d member %d = %+v; want ranked by PageRank", c.Index, j, m)
			}
		}
	}
}

func TestConnectedComponents(t *testing.T) {
	g := NewGraph(nodes(1, 2, 3, 4, 5, 6, 7), undirectedEdges(
		[2]uint64{1, 2}, [2]uint64{2, 3}, [2]uint64{5, 6}, [2]uint64{6, 7}, [2]uint64{7, 5}))
	got := g.Components()
	want := [][]uint64{{1, 2, 3}, {5, 6, 7}, {4}}
	if len(got) != len(want) {
		t.Fatalf("Components() = %v; want %v", got, want)
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("Components()[%d] = %v; want %v", i, got[i], want[i])
		}
	}
	s := (&Analysis{Graph: g}).Summary()
	if s.Nodes != 7 || s.Edges != 5 || s.Components != 3 || s.LargestComponent != 3 || s.Communities != 2 {
		t.Errorf("Summary() = %+v", s)
	}
}

func TestInPeriod(t *testing.T) {
	for _, tc := range []struct {
		date, since, until string
		want               bool
	}{
		{"2014-03-30", "", "", true},
		{"", "", "", true},
		{"", "2014-01-01", "", false},
		{"2014-03-30", "2014-03-01", "2014-03-31", true},
		{"2014-03-30", "2014-03-31", "", false},
		{"2014-03", "2014-03-15", "2014-04-01", true}, // month overlaps the period
		{"2014-02", "2014-03-15", "", false},
		{"2014", "2013-12-01", "2014-01-31", true},
		{"2015-01-01", "", "2014-12-31", false},
	} {
		if got := inPeriod(tc.date, tc.since, tc.until); got != tc.want {
			t.Errorf("inPeriod(%q, %q, %q) = %v; want %v", tc.date, tc.since, tc.until, got, tc.want)
		}
	}
}

func TestCheckBoundsBetweenness(t *testing.T) {
	a := &Analysis{Graph: twoCliques()}
	// Two cliques and a bridge: one component of 8 nodes and 13 links.
	if w := a.Graph.BetweennessWork(); w != 8*(13+8) {
		t.Errorf("BetweennessWork() = %v; want %v", w, 8*(13+8))
	}
	if err := a.Check(Betweenness); err != nil {
		t.Errorf("Check(Betweenness) under the default limit: %v", err)
	}
	a.MaxBetweennessWork = 100
	if err := a.Check(Betweenness); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Check(Betweenness) over the limit = %v; want ErrTooLarge", err)
	}
	if err := a.Check(PageRank); err != nil {
		t.Errorf("Check(PageRank) = %v; only betweenness is bounded", err)
	}
	a.MaxBetweennessWork = -1
	if err := a.Check(Betweenness); err != nil {
		t.Errorf("Check(Betweenness) without a limit: %v", err)
	}
}
