package guard

import (
	"fmt"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// shape is what the guard learns from a GraphQL document before gqlgen sees it.
type shape struct {
	// mutation: the operation that would run is a mutation, or the document
	// holds one and which operation runs is ambiguous (fail closed).
	mutation bool
	// pure: the document holds no mutation at all, so any operationName a later
	// persisted-query request picks is a read.
	pure   bool
	depth  int // deepest selection, fragments expanded
	fields int // fields selected, fragments expanded (aliases count each)
}

// limitError is a document over one of the guard's limits.
type limitError struct {
	code string
	msg  string
}

func (e *limitError) Error() string { return e.msg }

// inspect parses query with a token limit and measures it. Fragments are
// expanded with memoisation, so a fragment fan-out ("billion laughs") is counted
// at its expanded size without being expanded in memory.
func inspect(query, operationName string, l Limits) (shape, error) {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, l.MaxTokens)
	if err != nil {
		return shape{}, &limitError{code: CodeParseFailed, msg: fmt.Sprintf("cannot parse the query: %v", err)}
	}
	var sh shape
	sh.pure = true
	for _, op := range doc.Operations {
		if op.Operation == ast.Mutation {
			sh.pure = false
		}
	}
	var run *ast.OperationDefinition
	switch {
	case operationName != "":
		run = doc.Operations.ForName(operationName)
	case len(doc.Operations) == 1:
		run = doc.Operations[0]
	}
	if run == nil {
		// gqlgen will refuse the request; a mutation in it still needs the token.
		sh.mutation = !sh.pure
	} else {
		sh.mutation = run.Operation == ast.Mutation
	}

	m := measurer{doc: doc, memo: map[string]size{}, active: map[string]bool{}}
	for _, op := range doc.Operations {
		s, err := m.selectionSet(op.SelectionSet)
		if err != nil {
			return shape{}, err
		}
		sh.depth = max(sh.depth, s.depth)
		sh.fields = saturatingAdd(sh.fields, s.fields)
	}
	switch {
	case sh.depth > l.MaxDepth:
		return sh, &limitError{code: CodeTooDeep, msg: fmt.Sprintf("query is nested %d levels deep, over the limit of %d", sh.depth, l.MaxDepth)}
	case sh.fields > l.MaxFields:
		return sh, &limitError{code: CodeTooWide, msg: fmt.Sprintf("query selects %d fields (aliases and fragments expanded), over the limit of %d", sh.fields, l.MaxFields)}
	}
	return sh, nil
}

type size struct{ depth, fields int }

type measurer struct {
	doc    *ast.QueryDocument
	memo   map[string]size
	active map[string]bool // fragments being measured, to catch cycles
}

func (m *measurer) selectionSet(set ast.SelectionSet) (size, error) {
	var out size
	for _, sel := range set {
		var s size
		switch sel := sel.(type) {
		case *ast.Field:
			child, err := m.selectionSet(sel.SelectionSet)
			if err != nil {
				return size{}, err
			}
			s = size{depth: child.depth + 1, fields: saturatingAdd(child.fields, 1)}
		case *ast.InlineFragment:
			var err error
			if s, err = m.selectionSet(sel.SelectionSet); err != nil {
				return size{}, err
			}
		case *ast.FragmentSpread:
			var err error
			if s, err = m.fragment(sel.Name); err != nil {
				return size{}, err
			}
		}
		out.depth = max(out.depth, s.depth)
		out.fields = saturatingAdd(out.fields, s.fields)
	}
	return out, nil
}

func (m *measurer) fragment(name string) (size, error) {
	if s, ok := m.memo[name]; ok {
		return s, nil
	}
	if m.active[name] {
		return size{}, &limitError{code: CodeParseFailed, msg: fmt.Sprintf("fragment %s spreads itself", name)}
	}
	def := m.doc.Fragments.ForName(name)
	if def == nil {
		return size{}, nil // gqlgen's validation names the missing fragment
	}
	m.active[name] = true
	s, err := m.selectionSet(def.SelectionSet)
	delete(m.active, name)
	if err != nil {
		return size{}, err
	}
	m.memo[name] = s
	return s, nil
}

// saturatingAdd keeps expanded counts from overflowing on fragment fan-outs.
func saturatingAdd(a, b int) int {
	const ceiling = 1 << 40
	if a+b > ceiling {
		return ceiling
	}
	return a + b
}
