package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/complexity"
	"github.com/vektah/gqlparser/v2"
)

// The server's complexity shortcut must give every operation the complexity
// the generated code gives it.
func TestCustomComplexityAsGenerated(t *testing.T) {
	es := NewExecutableSchema(schemaConfig(ServerConfig{}))
	fast := newCustomComplexity(es)
	for _, want := range [][2]string{{"Entity", "relations"}, {"Query", "entities"}, {"Query", "path"}} {
		if !fast.custom[want[0]][want[1]] {
			t.Errorf("%s.%s: no complexity function found", want[0], want[1])
		}
	}
	if fast.custom["Entity"]["name"] {
		t.Error("Entity.name counted as having a complexity function")
	}
	for _, q := range []string{
		`{ entity(id: "e1") { id name relations(first: 50) { totalCount edges { node { id source { name } target { name } } } } } }`,
		`{ entities(search: "a", first: 7) { edges { node { relations { edges { node { evidence(first: 3) { text } } } } } } } }`,
		`{ path(from: "e1", to: "e2", maxHops: 5) { hops { relation { id } } } }`,
		`{ entity(id: "e1") { neighborhood(limit: 100) { nodes { entity { id } } edges { id } } events(first: 9) { totalCount } } }`,
		`{ node(id: "e1") { id ... on Entity { documents(first: 4) { edges { node { title } } } } } }`,
		`{ entities(first: -5) { totalCount } documents(first: 1000000) { totalCount } }`,
	} {
		doc, err := gqlparser.LoadQuery(es.Schema(), q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		op := doc.Operations[0]
		got := complexity.Calculate(context.Background(), fast, op, nil)
		want := complexity.Calculate(context.Background(), es, op, nil)
		if got != want || want <= 1 {
			t.Errorf("%s: complexity %d, generated code gives %d", q, got, want)
		}
	}
}
