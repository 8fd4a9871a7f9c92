package graph_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// The figures that matter are `newsgraph bench` over HTTP on the real
// corpora; these in-process benchmarks on the fixture show the cost of the
// resolvers alone and run in CI's one-pass benchmark step.

func benchQuery(b *testing.B, q string, vars func(c *client.Client) []client.Option) {
	c, _ := newTestClient(b, graph.ServerConfig{})
	opts := vars(c)
	var resp map[string]any
	c.MustPost(q, &resp, opts...) // warm the caches
	b.ReportAllocs()
	cpu0 := cputime.Process()
	for b.Loop() {
		c.MustPost(q, &resp, opts...)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
	// CPU time per query: on a shared machine wall time measures the other
	// processes too.
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}

func BenchmarkSearchFuzzy(b *testing.B) {
	benchQuery(b, `query($q: String) { entities(search: $q, first: 10) { totalCount edges { node { id name } } } }`,
		func(*client.Client) []client.Option { return []client.Option{client.Var("q", "vladimir putn")} })
}

func BenchmarkNeighborhood(b *testing.B) {
	benchQuery(b, `query($id: ID!) { entity(id: $id) { neighborhood(depth: 2) { nodes { depth entity { id name } }
		edges { type count confidence source { id } target { id } evidence(first: 1) { text } } } } }`,
		func(c *client.Client) []client.Option {
			return []client.Option{client.Var("id", entityID(b, c, "Joe Biden"))}
		})
}

func BenchmarkPath(b *testing.B) {
	benchQuery(b, `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { length
		hops { from { name } to { name } relation { type evidence(first: 1) { text } } } } }`,
		func(c *client.Client) []client.Option {
			return []client.Option{client.Var("a", entityID(b, c, "Joe Biden")), client.Var("b", entityID(b, c, "Xi Jinping"))}
		})
}
