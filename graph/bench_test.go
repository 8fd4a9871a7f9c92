package graph_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
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
	cpu0 := processCPU()
	for b.Loop() {
		c.MustPost(q, &resp, opts...)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
	// CPU time per query: on a shared machine wall time measures the other
	// processes too.
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}

// processCPU is the user and system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
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
