package analytics

import (
	"math/rand/v2"
	"testing"
)

// newsLikeGraph mimics the BBC graph's shape: many unlinked entities and a
// core where a few hubs (countries, parties) collect most links, grown by
// preferential attachment.
func newsLikeGraph(nodesN, coreN, edgesN int) ([]Node, []Edge) {
	rnd := rand.New(rand.NewPCG(7, 7))
	ns := make([]Node, nodesN)
	for i := range ns {
		ns[i] = Node{ID: uint64(i + 1), Mentions: 1 + rnd.IntN(50)}
	}
	var es []Edge
	ends := []uint64{1, 2} // endpoint multiset: picking from it favours high degree
	for len(es) < edgesN {
		var from uint64
		if rnd.IntN(3) == 0 {
			from = ends[rnd.IntN(len(ends))]
		} else {
			from = uint64(1 + rnd.IntN(coreN))
		}
		to := ends[rnd.IntN(len(ends))]
		if from == to {
			continue
		}
		es = append(es, Edge{From: from, To: to, Type: "T", Weight: 1})
		ends = append(ends, from, to)
	}
	return ns, es
}

func benchMetric(b *testing.B, run func(g *Graph)) {
	ns, es := newsLikeGraph(15000, 2000, 3000)
	b.ReportAllocs()
	for b.Loop() {
		run(NewGraph(ns, es)) // a fresh graph: metrics are memoized per graph
	}
}

func BenchmarkPageRank(b *testing.B)    { benchMetric(b, func(g *Graph) { g.PageRank() }) }
func BenchmarkBetweenness(b *testing.B) { benchMetric(b, func(g *Graph) { g.Betweenness() }) }
func BenchmarkLouvain(b *testing.B)     { benchMetric(b, func(g *Graph) { g.Communities() }) }
func BenchmarkComponents(b *testing.B)  { benchMetric(b, func(g *Graph) { g.Components() }) }
func BenchmarkRanking(b *testing.B) {
	benchMetric(b, func(g *Graph) { (&Analysis{Graph: g}).Top(Degree, 10) })
}
