package graph

import (
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// modelCache shares converted entities between requests while the store
// generation stays the same. Every relation end, hop end and path member is
// an entity reference, and converting the store's record anew for each (the
// id string, alias and role slices) was a fifth of a path response's
// allocations. Models are never modified after conversion, so sharing them is
// safe; a write moves the generation and the next lookup starts a new set.
// Lookups take no lock (sync.Map): gqlgen resolves list elements on
// concurrent goroutines, and a shared read lock made its word bounce between
// cores.
type modelCache struct {
	st  *store.Store
	cur atomic.Pointer[modelSet]
}

// modelSet holds the models of one store generation.
type modelSet struct {
	gen uint64
	m   sync.Map // uint64 -> *model.Entity
	n   atomic.Int64
}

// maxModelCache bounds one set; past it, models are converted but not kept.
const maxModelCache = 1 << 17

func newModelCache(st *store.Store) *modelCache { return &modelCache{st: st} }

// entity returns the model of a stored entity when the store's read cache
// holds it; ok is false otherwise (the caller then reads the store).
func (c *modelCache) entity(id uint64) (*model.Entity, bool) {
	gen := c.st.Generation()
	set := c.cur.Load()
	if set != nil && set.gen == gen {
		if m, ok := set.m.Load(id); ok {
			return m.(*model.Entity), true
		}
	}
	e, ok := c.st.CachedEntity(id)
	if !ok {
		return nil, false
	}
	m := toEntity(e)
	if set == nil || set.gen < gen {
		fresh := &modelSet{gen: gen}
		if c.cur.CompareAndSwap(set, fresh) {
			set = fresh
		} else {
			set = c.cur.Load()
		}
	}
	// Keep it only if no write committed since gen was read: e may be newer
	// than gen, and a model filed under gen must be what gen holds.
	if set.gen == gen && c.st.Generation() == gen && set.n.Load() < maxModelCache {
		if _, loaded := set.m.LoadOrStore(id, m); !loaded {
			set.n.Add(1)
		}
	}
	return m, true
}

// entityModel converts e, or shares the model of the same entity at the
// current store generation.
func (r *Resolver) entityModel(e store.Entity) *model.Entity {
	if r.models != nil {
		if m, ok := r.models.entity(e.ID); ok {
			return m
		}
	}
	return toEntity(e)
}

// cachedEntity is modelCache.entity, or the store's cache alone without one.
func (r *Resolver) cachedEntity(id uint64) (*model.Entity, bool) {
	if r.models != nil {
		return r.models.entity(id)
	}
	e, ok := r.Store.CachedEntity(id)
	if !ok {
		return nil, false
	}
	return toEntity(e), true
}
