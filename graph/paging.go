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

// page is one page of a list; its cursors are encoded on demand.
type page[T any] struct {
	items   []T
	cursors *pageCursors
	hasNext bool
	total   int
}

// pageCursors encodes the cursors of one page's items (model.Cursors): item
// i is "the page's start, then skip+i+1 items", except the last, which gets
// the store's own cursor when it has one, so the next page starts cleanly
// from a key.
type pageCursors struct {
	scope uint32
	after []byte // the page's start
	skip  int
	next  []byte // the store's cursor after the last item
	n     int
}

var _ model.Cursors = (*pageCursors)(nil)

func (pc *pageCursors) Cursor(i int) string {
	c := cursor{scope: pc.scope, after: pc.after, skip: pc.skip + i + 1}
	if i == pc.n-1 && len(pc.next) > 0 {
		c = cursor{scope: pc.scope, after: pc.next}
	}
	return encodeCursor(c)
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
	p.cursors = &pageCursors{scope: scope, after: c.after, skip: c.skip, next: info.Next, n: len(items)}
	return p, nil
}

func (p page[T]) pageInfo() *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: p.hasNext}
	if len(p.items) > 0 {
		end := p.cursors.Cursor(len(p.items) - 1)
		pi.EndCursor = &end
	}
	return pi
}

// edges builds one edge per item with mk, which gets the page's cursors and
// the item's index for the edge's cursor.
func edges[T, E any](p page[T], mk func(cs model.Cursors, i int, item T) E) []E {
	out := make([]E, len(p.items))
	for i, it := range p.items {
		out[i] = mk(p.cursors, i, it)
	}
	return out
}

func (r *Resolver) entityConnection(p page[store.Entity]) *model.EntityConnection {
	return &model.EntityConnection{
		Edges: edges(p, func(cs model.Cursors, i int, e store.Entity) *model.EntityEdge {
			return &model.EntityEdge{Page: cs, Index: i, Node: r.entityModel(e)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func eventConnection(p page[store.Event]) *model.EventConnection {
	return &model.EventConnection{
		Edges: edges(p, func(cs model.Cursors, i int, e store.Event) *model.EventEdge {
			return &model.EventEdge{Page: cs, Index: i, Node: toEvent(e)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func documentConnection(p page[store.Document]) *model.DocumentConnection {
	return &model.DocumentConnection{
		Edges: edges(p, func(cs model.Cursors, i int, d store.Document) *model.DocumentEdge {
			return &model.DocumentEdge{Page: cs, Index: i, Node: toDocument(d)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func relationConnection(f refs, p page[store.Relation]) *model.RelationConnection {
	rels := toRelations(f, p.items)
	// The edges share one array, as the relations do (see toRelations).
	es := make([]model.RelationEdge, len(rels))
	out := make([]*model.RelationEdge, len(rels))
	for i, r := range rels {
		es[i] = model.RelationEdge{Page: p.cursors, Index: i, Node: r}
		out[i] = &es[i]
	}
	return &model.RelationConnection{Edges: out, PageInfo: p.pageInfo(), TotalCount: p.total}
}

func evidenceConnection(p page[store.Evidence]) *model.EvidenceConnection {
	return &model.EvidenceConnection{
		Edges: edges(p, func(cs model.Cursors, i int, e store.Evidence) *model.EvidenceEdge {
			return &model.EvidenceEdge{Page: cs, Index: i, Node: toEvidence(e)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func quoteConnection(p page[store.Quote]) *model.QuoteConnection {
	return &model.QuoteConnection{
		Edges: edges(p, func(cs model.Cursors, i int, q store.Quote) *model.QuoteEdge {
			return &model.QuoteEdge{Page: cs, Index: i, Node: toQuote(q)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}
