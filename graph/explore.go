package graph

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

func (r *Resolver) neighborhood(ctx context.Context, key uint64, depth *int, types []string, minConfidence *float64, limit *int) (*model.Neighborhood, error) {
	d := 1
	if depth != nil {
		d = *depth
	}
	if d < 1 || d > store.MaxNeighborhoodDepth {
		return nil, badInput("depth must be between 1 and %d, got %d", store.MaxNeighborhoodDepth, d)
	}
	n := defaultNeighborhood
	if limit != nil {
		n = *limit
	}
	if n < 1 || n > maxNeighborhood {
		return nil, &apiError{code: CodeBadUserInput, msg: fmt.Sprintf("limit must be between 1 and %d, got %d", maxNeighborhood, n),
			ext: map[string]any{"reason": "FIRST_TOO_LARGE", "max": maxNeighborhood}}
	}
	f := store.RelationFilter{Types: types}
	if minConfidence != nil {
		f.MinConfidence = *minConfidence
	}
	nb, err := r.Store.Neighborhood(ctx, key, d, f, n)
	if err != nil {
		return nil, fmt.Errorf("neighborhood of entity %d: %w", key, err)
	}
	out := &model.Neighborhood{Truncated: nb.Truncated, Edges: mapSlice(nb.Relations, func(rel store.Relation) *model.Relation { return toRelation(r.refs(ctx), rel) })}
	for i, e := range nb.Nodes {
		out.Nodes = append(out.Nodes, &model.NeighborhoodNode{Entity: toEntity(e), Depth: nb.Depths[i]})
	}
	return out, nil
}

func (r *Resolver) timeline(ctx context.Context, entity string, bucket *model.TimeBucket, since, until *string) ([]*model.TimelineBucket, error) {
	id, err := parseID(entity, store.KindEntity)
	if err != nil {
		return nil, err
	}
	f, err := eventFilter(&model.EventFilter{Since: since, Until: until})
	if err != nil {
		return nil, err
	}
	b := store.Month
	if bucket != nil {
		switch *bucket {
		case model.TimeBucketDay:
			b = store.Day
		case model.TimeBucketWeek:
			b = store.Week
		case model.TimeBucketYear:
			b = store.Year
		}
	}
	tl, err := r.Store.Timeline(ctx, id, b, f.Since, f.Until)
	if err := lookupErr("entity", entity, err); err != nil {
		return nil, err
	}
	return mapSlice(tl, func(t store.TimeCount) *model.TimelineBucket {
		return &model.TimelineBucket{Start: t.Start, Count: t.Count, Documents: t.Documents}
	}), nil
}

func (r *Resolver) cooccurrences(ctx context.Context, entity string, types []model.EntityType, first *int) ([]*model.Cooccurrence, error) {
	id, err := parseID(entity, store.KindEntity)
	if err != nil {
		return nil, err
	}
	n, err := pageSize(first, defaultFirst)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return []*model.Cooccurrence{}, nil
	}
	ts := mapSlice(types, func(t model.EntityType) string { return string(t) })
	cs, err := r.Store.Cooccurrences(ctx, id, ts, n)
	if err := lookupErr("entity", entity, err); err != nil {
		return nil, err
	}
	return mapSlice(cs, func(c store.Cooccurrence) *model.Cooccurrence {
		return &model.Cooccurrence{Entity: toEntity(c.Entity), Documents: c.Documents}
	}), nil
}

func (r *Resolver) documentMentions(ctx context.Context, key uint64) ([]*model.DocumentMention, error) {
	ms, err := r.Store.DocumentMentions(ctx, key)
	if err != nil {
		return nil, fmt.Errorf("mentions of document %d: %w", key, err)
	}
	return mapSlice(ms, func(m store.DocMention) *model.DocumentMention {
		return &model.DocumentMention{EntityKey: m.EntityID, Sentence: m.Sentence, Start: m.Start, End: m.End, Text: m.Text}
	}), nil
}

func (r *Resolver) searchDocuments(ctx context.Context, query string, first *int, after *string) (*model.DocumentConnection, error) {
	p, err := fetchPage(ctx, "documents", scopeOf("search-documents", query), first, after,
		func(ctx context.Context, pg store.Page) ([]store.Document, store.PageInfo, error) {
			return r.Store.SearchDocuments(ctx, query, pg)
		})
	if err != nil {
		return nil, err
	}
	return documentConnection(p), nil
}

func (r *Resolver) searchEvents(ctx context.Context, query string, first *int, after *string) (*model.EventConnection, error) {
	p, err := fetchPage(ctx, "events", scopeOf("search-events", query), first, after,
		func(ctx context.Context, pg store.Page) ([]store.Event, store.PageInfo, error) {
			return r.Store.SearchEvents(ctx, query, pg)
		})
	if err != nil {
		return nil, err
	}
	return eventConnection(p), nil
}

// documentText returns the text read with the document, or reads it now.
func (r *Resolver) documentText(ctx context.Context, d *model.Document) (string, error) {
	if d.Body != nil {
		return *d.Body, nil
	}
	text, err := r.Store.DocumentText(ctx, d.Key)
	if err != nil {
		return "", fmt.Errorf("text of document %s: %w", d.ID, err)
	}
	return text, nil
}

func (r *Resolver) documentSentences(ctx context.Context, d *model.Document) ([]*model.Sentence, error) {
	if len(d.Spans) == 0 {
		return []*model.Sentence{}, nil
	}
	text, err := r.documentText(ctx, d)
	if err != nil {
		return nil, err
	}
	return toSentences(text, d.Spans), nil
}
