package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Resolvers of graph/resolution.graphql: recorded automatic links and their undo.

func (r *Resolver) resolutions(ctx context.Context, key uint64, first *int, after *string) (*model.ResolutionConnection, error) {
	p, err := fetchPage(ctx, "resolutions", scopeOf("resolutions", fmt.Sprint(key)), first, after,
		func(ctx context.Context, pg store.Page) ([]store.Resolution, store.PageInfo, error) {
			return r.Store.Resolutions(ctx, key, pg)
		})
	if err != nil {
		return nil, err
	}
	return resolutionConnection(p), nil
}

func (r *Resolver) allResolutions(ctx context.Context, rule *model.ResolutionRule, undone *bool, first *int, after *string) (*model.ResolutionConnection, error) {
	var f store.ResolutionFilter
	if rule != nil {
		f.Rule = string(*rule)
	}
	f.Undone = undone
	p, err := fetchPage(ctx, "resolutions", scopeOf("all resolutions", f.Rule, fmt.Sprint(undone != nil && *undone), fmt.Sprint(undone == nil)), first, after,
		func(ctx context.Context, pg store.Page) ([]store.Resolution, store.PageInfo, error) {
			return r.Store.AllResolutions(ctx, f, pg)
		})
	if err != nil {
		return nil, err
	}
	return resolutionConnection(p), nil
}

func resolutionConnection(p page[store.Resolution]) *model.ResolutionConnection {
	return &model.ResolutionConnection{
		Edges: edges(p, func(cs model.Cursors, i int, res store.Resolution) *model.ResolutionEdge {
			return &model.ResolutionEdge{Page: cs, Index: i, Node: toResolution(res)}
		}),
		PageInfo:   p.pageInfo(),
		TotalCount: p.total,
	}
}

func (r *Resolver) resolution(ctx context.Context, id string) (*model.Resolution, error) {
	n, err := parseID(id, store.KindResolution)
	if err != nil {
		return nil, err
	}
	res, err := r.Store.Resolution(ctx, n)
	if err := lookupErr("resolution", id, err); err != nil {
		return nil, err
	}
	return toResolution(res), nil
}

func (r *Resolver) unlinkDocument(ctx context.Context, entity, document string) (*model.UnlinkResult, error) {
	e, err := parseID(entity, store.KindEntity)
	if err != nil {
		return nil, err
	}
	d, err := parseID(document, store.KindDocument)
	if err != nil {
		return nil, err
	}
	u, err := r.Store.UnlinkDocument(ctx, e, d)
	if err != nil {
		return nil, editErr(fmt.Sprintf("unlink document %s from entity %s", document, entity), err)
	}
	out := &model.UnlinkResult{Resolutions: mapSlice(u.Resolutions, toResolution)}
	if u.Entity.ID != 0 {
		out.Entity = toEntity(u.Entity)
	}
	if u.Separated.ID != 0 {
		out.Separated = toEntity(u.Separated)
	}
	return out, nil
}

func toResolution(res store.Resolution) *model.Resolution {
	m := &model.Resolution{
		Key:           res.ID,
		ID:            formatID(store.KindResolution, res.ID),
		EntityKey:     res.Entity,
		DocKey:        res.Doc,
		Name:          res.Name,
		Forms:         res.Forms,
		Rule:          model.ResolutionRule(res.Rule),
		Matched:       res.Matched,
		CanonicalName: res.Canonical,
		At:            res.At.UTC().Format(time.RFC3339),
		SeparatedKey:  res.SeparatedInto,
	}
	if m.Forms == nil {
		m.Forms = []string{}
	}
	if !res.UndoneAt.IsZero() {
		t := res.UndoneAt.UTC().Format(time.RFC3339)
		m.UndoneAt = &t
	}
	return m
}
