package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph/model"
)

// By default gqlgen counts a list field once, so entities(first: 100) {
// edges { node { relations(first: 100) ... } } } would look cheap. These
// functions multiply a list's selection by the number of items it may return,
// which is what FixedComplexityLimit then bounds.

// listSize is how many items a list field may return for its first argument;
// out-of-range values are rejected by the resolver, so they count as the cap.
func listSize(first *int, def int) int {
	if first == nil {
		return def
	}
	if *first < 0 || *first > maxFirst {
		return maxFirst
	}
	return *first
}

func listCost(child int, first *int, def int) int {
	return 1 + listSize(first, def)*child
}

// pathCost: up to 10 tied paths, each up to maxHops hops.
func pathCost(child int, maxHops *int) int {
	hops := defaultMaxHops
	if maxHops != nil && *maxHops > 0 && *maxHops <= maxMaxHops {
		hops = *maxHops
	}
	return 1 + 10*hops*child
}

func setComplexity(c *ComplexityRoot) {
	c.Query.Entities = func(child int, _ *string, _ []model.EntityType, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Query.Events = func(child int, _ *model.EventFilter, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Query.Documents = func(child int, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Query.Quotes = func(child int, _ *string, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Query.Path = func(child int, _, _ string, maxHops *int, _ []string) int {
		return pathCost(child, maxHops)
	}
	c.Query.SearchDocuments = func(child int, _ string, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Query.SearchEvents = func(child int, _ string, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Query.Cooccurrences = func(child int, _ string, _ []model.EntityType, first *int) int {
		return listCost(child, first, defaultFirst)
	}
	c.Mutation.IngestDocuments = func(child int, inputs []*model.DocumentInput) int {
		return 1 + len(inputs)*child
	}
	c.Entity.Relations = func(child int, _ []string, _ *model.Direction, _, _ *string, _ *float64, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Entity.Neighborhood = func(child int, _ *int, _ []string, _ *float64, limit *int) int {
		// nodes and edges: a graph of n nodes shown here has up to ~2n edges.
		n := defaultNeighborhood
		if limit != nil && *limit > 0 && *limit <= maxNeighborhood {
			n = *limit
		}
		return 1 + 3*n*child
	}
	c.Entity.Events = func(child int, _ []string, _, _ *string, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Entity.Documents = func(child int, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Entity.Mentions = func(child int, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Entity.Quotes = func(child int, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Entity.Resolutions = func(child int, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Query.Resolutions = func(child int, _ *model.ResolutionRule, _ *bool, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Entity.Neighbors = func(child int, _ []string, _ *model.Direction, first *int) int {
		return listCost(child, first, defaultFirst)
	}
	c.Document.Entities = func(child int, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Event.EvidenceConnection = func(child int, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Relation.EvidenceConnection = func(child int, first *int, _ *string) int {
		return listCost(child, first, defaultFirst)
	}
	c.Event.Evidence = func(child int, first *int) int {
		return listCost(child, first, defaultEvidence)
	}
	c.Relation.Evidence = func(child int, first *int) int {
		return listCost(child, first, defaultEvidence)
	}
}

// customComplexity is the executable schema with a cheaper Complexity: the
// generated one builds an execution context (and parses the field's
// arguments) for every field of every operation before finding that most
// fields have no complexity function, about a fifth of the allocations of a
// small query. Fields without one are answered (0, false), as the generated
// code answers them; the others go to the generated code.
type customComplexity struct {
	graphql.ExecutableSchema
	custom map[string]map[string]bool // type -> field -> has a complexity function
}

// newCustomComplexity asks the generated Complexity once for every field of
// every object type, with no arguments (which the generated argument parsing
// takes without error), which fields have a complexity function: the list
// cannot drift from setComplexity.
func newCustomComplexity(es graphql.ExecutableSchema) customComplexity {
	c := customComplexity{ExecutableSchema: es, custom: map[string]map[string]bool{}}
	ctx := context.Background()
	for name, def := range es.Schema().Types {
		if def.Kind != ast.Object && def.Kind != ast.Interface {
			continue
		}
		for _, f := range def.Fields {
			if _, ok := es.Complexity(ctx, name, f.Name, 1, map[string]any{}); ok {
				if c.custom[name] == nil {
					c.custom[name] = map[string]bool{}
				}
				c.custom[name][f.Name] = true
			}
		}
	}
	return c
}

func (c customComplexity) Complexity(ctx context.Context, typeName, field string, childComplexity int, args map[string]any) (int, bool) {
	if !c.custom[typeName][field] {
		return 0, false
	}
	return c.ExecutableSchema.Complexity(ctx, typeName, field, childComplexity, args)
}
