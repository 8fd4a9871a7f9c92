package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Error codes of the edits and limits, sent as extensions.code.
const (
	CodeConflict = "CONFLICT"
	CodeReadOnly = "READ_ONLY"
	// CodeComplexityLimit is gqlgen's own code for FixedComplexityLimit.
	CodeComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED"
	CodeDepthLimit      = "DEPTH_LIMIT"
	CodeBodyTooLarge    = "BODY_TOO_LARGE"
	CodeEditTooLarge    = "EDIT_TOO_LARGE"
)

// maxIngestBatch bounds ingestDocuments; larger batches belong to `newsgraph ingest`.
const maxIngestBatch = 100

// editErr translates the store's edit errors into client errors.
func editErr(what string, err error) error {
	var ae *apiError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ae):
		return err
	case errors.Is(err, store.ErrNotFound):
		return &apiError{code: CodeNotFound, msg: what + ": " + err.Error(), err: err}
	case errors.Is(err, store.ErrConflict):
		return &apiError{code: CodeConflict, msg: what + ": " + err.Error(), err: err}
	case errors.Is(err, store.ErrInvalid):
		return &apiError{code: CodeBadUserInput, msg: what + ": " + err.Error(), err: err}
	case errors.Is(err, store.ErrEditTooLarge):
		return &apiError{code: CodeEditTooLarge, msg: what + ": " + err.Error(), err: err}
	case errors.Is(err, store.ErrReadOnly):
		return &apiError{code: CodeReadOnly, msg: what + ": the store is read-only", err: err}
	}
	return fmt.Errorf("%s: %w", what, err)
}

func (r *Resolver) ingestDocuments(ctx context.Context, inputs []*model.DocumentInput) ([]*model.IngestResult, error) {
	if len(inputs) > maxIngestBatch {
		return nil, badInput("ingestDocuments takes at most %d documents, got %d", maxIngestBatch, len(inputs))
	}
	// Check every input first so a bad one fails the call before anything is stored.
	for i, in := range inputs {
		if in == nil || strings.TrimSpace(in.Text) == "" {
			return nil, badInput("document %d: text is empty", i)
		}
		if in.Published != nil && strings.TrimSpace(*in.Published) != "" {
			if _, err := time.Parse("2006-01-02", strings.TrimSpace(*in.Published)); err != nil {
				return nil, badInput("document %d: bad published date %q: want YYYY-MM-DD", i, *in.Published)
			}
		}
	}
	out := make([]*model.IngestResult, len(inputs))
	for i, in := range inputs {
		res, err := r.ingestDocument(ctx, *in)
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i, err)
		}
		out[i] = res
	}
	return out, nil
}

func (r *Resolver) renameEntity(ctx context.Context, id, name string) (*model.Entity, error) {
	n, err := parseID(id, store.KindEntity)
	if err != nil {
		return nil, err
	}
	e, err := r.Store.RenameEntity(ctx, n, name)
	if err != nil {
		return nil, editErr("rename entity "+id, err)
	}
	return toEntity(e), nil
}

func (r *Resolver) mergeEntities(ctx context.Context, into, from string) (*model.MergeResult, error) {
	a, err := parseID(into, store.KindEntity)
	if err != nil {
		return nil, err
	}
	b, err := parseID(from, store.KindEntity)
	if err != nil {
		return nil, err
	}
	e, m, err := r.Store.MergeEntities(ctx, a, b)
	if err != nil {
		return nil, editErr(fmt.Sprintf("merge %s into %s", from, into), err)
	}
	return &model.MergeResult{Entity: toEntity(e), Merge: toMerge(m)}, nil
}

func (r *Resolver) splitEntity(ctx context.Context, id string, merge *string) (*model.SplitResult, error) {
	n, err := parseID(id, store.KindEntity)
	if err != nil {
		return nil, err
	}
	var mid uint64
	if merge != nil {
		if mid, err = parseID(*merge, store.KindMerge); err != nil {
			return nil, err
		}
	}
	kept, back, err := r.Store.SplitEntity(ctx, n, mid)
	if err != nil {
		return nil, editErr("split entity "+id, err)
	}
	return &model.SplitResult{Entity: toEntity(kept), Restored: toEntity(back)}, nil
}

func (r *Resolver) deleteDocument(ctx context.Context, id string) (*model.DeleteResult, error) {
	n, err := parseID(id, store.KindDocument)
	if err != nil {
		return nil, err
	}
	res, err := r.Store.DeleteDocument(ctx, n)
	if err != nil {
		return nil, editErr("delete document "+id, err)
	}
	return &model.DeleteResult{Deleted: res.Deleted, Entities: res.Entities, Relations: res.Relations,
		Events: res.Events, Quotes: res.Quotes}, nil
}

func (r *Resolver) merges(ctx context.Context, key uint64) ([]*model.Merge, error) {
	ms, err := r.Store.Merges(ctx, key)
	if err != nil {
		return nil, fmt.Errorf("merges into entity %d: %w", key, err)
	}
	return mapSlice(ms, toMerge), nil
}

func (r *Resolver) merge(ctx context.Context, id string) (*model.Merge, error) {
	n, err := parseID(id, store.KindMerge)
	if err != nil {
		return nil, err
	}
	m, err := r.Store.Merge(ctx, n)
	if err := lookupErr("merge", id, err); err != nil {
		return nil, err
	}
	return toMerge(m), nil
}

func toMerge(m store.Merge) *model.Merge {
	return &model.Merge{
		Key:      m.ID,
		ID:       formatID(store.KindMerge, m.ID),
		IntoKey:  m.Into,
		FromID:   formatID(store.KindEntity, m.From),
		FromName: m.FromName,
		At:       m.At.UTC().Format(time.RFC3339),
	}
}

// watch turns the store's change feed into a subscription channel of kind k.
// The feed only says which id changed; the record is read here, outside the
// feed's callback, with a few retries: the feed can announce a commit a moment
// before a new read transaction sees it.
func watch[T any](r *Resolver, ctx context.Context, k store.Kind, load func(ctx context.Context, id uint64) (T, bool, error)) (<-chan T, error) {
	ids := make(chan uint64, 256)
	out := make(chan T, 16)
	ready := make(chan struct{})
	go func() {
		defer close(ids)
		err := r.Store.Watch(ctx, ready, func(c store.Change) error {
			if c.Kind != k {
				return nil
			}
			select {
			case ids <- c.ID:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil {
			r.Logger.Warn("graphql: subscription feed ended", "err", err)
		}
	}()
	go func() {
		defer close(out)
		for id := range ids {
			var v T
			var ok bool
			var err error
			for attempt := 0; attempt < 20; attempt++ {
				v, ok, err = load(ctx, id)
				if !errors.Is(err, store.ErrNotFound) {
					break
				}
				time.Sleep(5 * time.Millisecond)
			}
			if err != nil {
				r.Logger.Warn("graphql: subscription load", "kind", string(rune(k)), "id", id, "err", err)
				continue
			}
			if !ok {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	select {
	case <-ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return out, nil
}

func (r *Resolver) documentIngested(ctx context.Context) (<-chan *model.Document, error) {
	return watch(r, ctx, store.KindDocument, func(ctx context.Context, id uint64) (*model.Document, bool, error) {
		d, err := r.Store.Document(ctx, id)
		if err != nil {
			return nil, false, err
		}
		return toDocument(d), true, nil
	})
}

func (r *Resolver) eventCreated(ctx context.Context, types []string) (<-chan *model.Event, error) {
	return watch(r, ctx, store.KindEvent, func(ctx context.Context, id uint64) (*model.Event, bool, error) {
		e, err := r.Store.Event(ctx, id)
		if err != nil {
			return nil, false, err
		}
		if len(types) > 0 && !slices.Contains(types, e.Type) {
			return nil, false, nil
		}
		return toEvent(e), true, nil
	})
}
