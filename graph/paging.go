package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

const (
	defaultFirst = 20
	// maxFirst caps every page (and list argument named first) so one request
	// cannot ask the store for an unbounded amount of work.
	maxFirst = 100
)

// pageSize validates a `first` argument.
func pageSize(first *int, def int) (int, error) {
	if first == nil {
		return def, nil
	}
	n := *first
	switch {
	case n < 0:
		return 0, badInput("first must not be negative, got %d", n)
	case n > maxFirst:
		return 0, &apiError{
			code: CodeBadUserInput,
			msg:  fmt.Sprintf("first must be at most %d, got %d", maxFirst, n),
			ext:  map[string]any{"reason": "FIRST_TOO_LARGE", "max": maxFirst},
		}
	}
	return n, nil
}

// page is one page of a list with a cursor per item.
type page[T any] struct {
	items   []T
	cursors []string
	hasNext bool
	total   int
}

type fetchFunc[T any] func(ctx context.Context, p store.Page) ([]T, store.PageInfo, error)

// fetchPage reads one page of a store list. scope identifies the list and its
// arguments (see cursor.go); what names the list in errors.
func fetchPage[T any](ctx context.Context, what string, scope uint32, first *int, after *string, fetch fetchFunc[T]) (page[T], error) {
	n, err := pageSize(first, defaultFirst)
	if err != nil {
		return page[T]{}, err
	}
	var c cursor
	var afterText string
	if after != nil {
		afterText = *after
	}
	if afterText != "" {
		if c, err = decodeCursor(afterText, scope); err != nil {
			return page[T]{}, &apiError{code: CodeBadCursor, msg: fmt.Sprintf("bad cursor %q for %s", afterText, what), err: err}
		}
	}
	// first: 0 still asks for one item so hasNextPage and totalCount are right.
	items, info, err := fetch(ctx, store.Page{After: c.after, Limit: c.skip + max(n, 1)})
	if errors.Is(err, store.ErrBadCursor) {
		return page[T]{}, &apiError{code: CodeBadCursor, msg: fmt.Sprintf("bad cursor %q for %s", afterText, what), err: err}
	}
	if err != nil {
		return page[T]{}, fmt.Errorf("list %s: %w", what, err)
	}
	p := page[T]{hasNext: info.HasNext, total: info.Total}
	if c.skip < len(items) {
		items = items[c.skip:]
	} else {
		items = nil
	}
	if n == 0 {
		p.hasNext = len(items) > 0 || info.HasNext
		return p, nil
	}
	p.items = items
	p.cursors = make([]string, len(items))
	for i := range items {
		next := cursor{scope: scope, after: c.after, skip: c.skip + i + 1}
		if i == len(items)-1 && len(info.Next) > 0 {
			// The store's own cursor for the last item: the next page starts
			// cleanly from a key, with no skip.
			next = cursor{scope: scope, after: info.Next}
		}
		p.cursors[i] = encodeCursor(next)
	}
	return p, nil
}

func (p page[T]) pageInfo() *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: p.hasNext}
	if len(p.cursors) > 0 {
		pi.EndCursor = &p.cursors[len(p.cursors)-1]
	}
	return pi
}

// edges builds one edge per item with mk.
func edges[T, E any](p page[T], mk func(cursor string, item T) E) []E {
	out := make([]E, len(p.items))
	for i, it := range p.items {
		out[i] = mk(p.cursors[i], it)
	}
	return out
}

func (r *Resolver) entityConnection(p page[store.Entity]) *model.EntityConnection {
	return &model.EntityConnection{
		Edges: edges(p, func(c string, e store.Entity) *model.EntityEdge {
			return &model.EntityEdge{Cursor: c, Node: r.entityModel(e)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func eventConnection(p page[store.Event]) *model.EventConnection {
	return &model.EventConnection{
		Edges: edges(p, func(c string, e store.Event) *model.EventEdge {
			return &model.EventEdge{Cursor: c, Node: toEvent(e)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func documentConnection(p page[store.Document]) *model.DocumentConnection {
	return &model.DocumentConnection{
		Edges: edges(p, func(c string, d store.Document) *model.DocumentEdge {
			return &model.DocumentEdge{Cursor: c, Node: toDocument(d)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func relationConnection(f refs, p page[store.Relation]) *model.RelationConnection {
	return &model.RelationConnection{
		Edges: edges(p, func(c string, r store.Relation) *model.RelationEdge {
			return &model.RelationEdge{Cursor: c, Node: toRelation(f, r)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func evidenceConnection(p page[store.Evidence]) *model.EvidenceConnection {
	return &model.EvidenceConnection{
		Edges: edges(p, func(c string, e store.Evidence) *model.EvidenceEdge {
			return &model.EvidenceEdge{Cursor: c, Node: toEvidence(e)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func quoteConnection(p page[store.Quote]) *model.QuoteConnection {
	return &model.QuoteConnection{
		Edges: edges(p, func(c string, q store.Quote) *model.QuoteEdge {
			return &model.QuoteEdge{Cursor: c, Node: toQuote(q)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}
