package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// refs implements model.Refs for the resolver that built the models, with
// its context (and so its deadline). The answers nearly always come from the
// store's read cache; a miss reads the store directly rather than through a
// dataloader, whose batching wait would be paid once per field now that these
// fields resolve one after another.
type refs struct {
	ctx context.Context
	r   *Resolver
}

var _ model.Refs = refs{}

func (r *Resolver) refs(ctx context.Context) refs { return refs{ctx: ctx, r: r} }

func (f refs) Entity(key uint64) (*model.Entity, error) {
	if key == 0 {
		return nil, nil
	}
	if e, ok := f.r.cachedEntity(key); ok {
		return e, nil
	}
	e, err := f.r.Store.Entity(f.ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load entity %d: %w", key, err)
	}
	return toEntity(e), nil
}

func (f refs) Entities(keys []uint64) ([]*model.Entity, error) {
	return f.r.entityList(f.ctx, keys)
}

func (f refs) RelationEvidence(r *model.Relation, first *int) ([]*model.Evidence, error) {
	return evidencePrefix(f.ctx, r.EvidenceList, r.EvidenceLoaded, r.Key, first, f.r.Store.RelationEvidenceFirst)
}

func (f refs) RelationEvidenceCount(r *model.Relation) (int, error) {
	return evidenceCount(f.ctx, r.EvidenceList, r.EvidenceLoaded, r.Key, f.r.Store.RelationEvidence)
}
