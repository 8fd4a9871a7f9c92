package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// loaders batch and cache the lookups that fan out across a response (every
// participant, relation end, evidence document...). They live for one request:
// a cache shared between requests would serve stale entities after an ingest.
type loaders struct {
	entities  *dataloadgen.Loader[uint64, *model.Entity]
	documents *dataloadgen.Loader[uint64, *model.Document]
}

// loaderWait is how long a loader collects keys before one store call. gqlgen
// resolves list elements concurrently, so a short wait gathers a whole list.
const loaderWait = 2 * time.Millisecond

func newLoaders(st *store.Store) *loaders {
	return &loaders{
		entities: dataloadgen.NewLoader(func(ctx context.Context, ids []uint64) ([]*model.Entity, []error) {
			es, err := st.Entities(ctx, ids)
			out := make([]*model.Entity, len(ids))
			errs := make([]error, len(ids))
			if err == nil && len(es) != len(ids) {
				err = fmt.Errorf("store returned %d entities for %d ids", len(es), len(ids))
			}
			for i, id := range ids {
				switch {
				case err != nil:
					errs[i] = fmt.Errorf("load entity %d: %w", id, err)
				case es[i].ID == 0:
					errs[i] = fmt.Errorf("entity %d: %w", id, store.ErrNotFound)
				default:
					out[i] = toEntity(es[i])
				}
			}
			return out, errs
		}, dataloadgen.WithWait(loaderWait), dataloadgen.WithBatchCapacity(maxFirst)),
		// The store has no batch read for documents; the loader still saves
		// the repeats (many pieces of evidence point at the same article).
		documents: dataloadgen.NewLoader(func(ctx context.Context, ids []uint64) ([]*model.Document, []error) {
			out := make([]*model.Document, len(ids))
			errs := make([]error, len(ids))
			for i, id := range ids {
				d, err := st.Document(ctx, id)
				if err != nil {
					errs[i] = fmt.Errorf("load document %d: %w", id, err)
					continue
				}
				out[i] = toDocument(d)
			}
			return out, errs
		}, dataloadgen.WithWait(loaderWait), dataloadgen.WithBatchCapacity(maxFirst)),
	}
}

type loadersKey struct{}

// lazyLoaders makes an operation's loaders on first use: most operations
// (a search, a relation page) never miss the read cache, and building two
// loaders for each was measurable at thousands of requests a second.
type lazyLoaders struct {
	st   *store.Store
	once sync.Once
	l    *loaders
}

func (z *lazyLoaders) get() *loaders {
	z.once.Do(func() { z.l = newLoaders(z.st) })
	return z.l
}

// withLoaders gives an operation its own (lazily made) loaders. NewServer
// calls it per operation, so websocket connections, which live for many
// operations, get fresh ones each time as HTTP requests do.
func withLoaders(ctx context.Context, st *store.Store) context.Context {
	return context.WithValue(ctx, loadersKey{}, &lazyLoaders{st: st})
}

// loadersFor returns the operation's loaders, or fresh ones when the schema is
// executed without NewServer (correct, just not batched across fields).
func (r *Resolver) loadersFor(ctx context.Context) *loaders {
	if z, ok := ctx.Value(loadersKey{}).(*lazyLoaders); ok {
		return z.get()
	}
	return newLoaders(r.Store)
}

// entityRef loads a referenced entity; 0 and dangling references are null
// rather than errors, since the referring object is still worth returning.
func (r *Resolver) entityRef(ctx context.Context, id uint64) (*model.Entity, error) {
	if id == 0 {
		return nil, nil
	}
	if e, ok := r.cachedEntity(id); ok {
		return e, nil
	}
	e, err := r.loadersFor(ctx).entities.Load(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	return e, err
}

func (r *Resolver) documentRef(ctx context.Context, id uint64) (*model.Document, error) {
	if id == 0 {
		return nil, nil
	}
	d, err := r.loadersFor(ctx).documents.Load(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	return d, err
}

// entityList loads entities that must all exist, keeping their order.
func (r *Resolver) entityList(ctx context.Context, ids []uint64) ([]*model.Entity, error) {
	out := make([]*model.Entity, len(ids))
	all := true
	for i, id := range ids {
		e, ok := r.cachedEntity(id)
		if !ok {
			all = false
			break
		}
		out[i] = e
	}
	if all {
		return out, nil
	}
	es, err := r.loadersFor(ctx).entities.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	return es, nil
}
