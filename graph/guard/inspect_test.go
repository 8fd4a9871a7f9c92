package guard

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// FuzzInspect: whatever the text, inspect returns without panicking, and a
// document it passes as a read never runs a mutation.
func FuzzInspect(f *testing.F) {
	for _, seed := range []string{
		`{ stats { documents } }`,
		`mutation { ingestDocument(input: {text: "x"}) { skipped } }`,
		`query Q { a } mutation M { b }`,
		`{ ...F } fragment F on Query { ...G } fragment G on Query { a }`,
		`fragment F on Q { ...F } { ...F }`,
		`subscription { a }`,
		strings.Repeat("{a", 50) + strings.Repeat("}", 50),
	} {
		f.Add(seed, "")
		f.Add(seed, "M")
	}
	l := Limits{}.withDefaults()
	f.Fuzz(func(t *testing.T, query, op string) {
		sh, err := inspect(query, op, l)
		if err != nil || sh.mutation {
			return
		}
		doc, perr := parser.ParseQuery(&ast.Source{Input: query})
		if perr != nil {
			t.Fatalf("inspect passed %q, which does not parse: %v", query, perr)
		}
		var run *ast.OperationDefinition
		if op != "" {
			run = doc.Operations.ForName(op)
		} else if len(doc.Operations) == 1 {
			run = doc.Operations[0]
		}
		if run != nil && run.Operation == ast.Mutation {
			t.Fatalf("inspect(%q, %q) calls a mutation a read", query, op)
		}
		if run == nil && !sh.pure {
			t.Fatalf("inspect(%q, %q): ambiguous document with a mutation passed as a read", query, op)
		}
	})
}
