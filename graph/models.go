package graph

import (
	"sync"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// modelCache shares converted entities between requests while the store
// generation stays the same. Every relation end, hop end and path member is
// an entity reference, and converting the store's record anew for each (the
// id string, alias and role slices) was a fifth of a path response's
// allocations. Models are never modified after conversion, so sharing them is
// safe; a write moves the generation and the next lookup starts over.
type modelCache struct {
	st       *store.Store
	mu       sync.RWMutex
	gen      uint64
	entities map[uint64]*model.Entity
}

// maxModelCache bounds the cache; when full it starts over (like the store's
// read cache, refilling is cheap).
const maxModelCache = 1 << 17

func newModelCache(st *store.Store) *modelCache {
	return &modelCache{st: st, entities: map[uint64]*model.Entity{}}
}

// entity returns the model of a stored entity when the store's read cache
// holds it; ok is false otherwise (the caller then reads the store).
func (c *modelCache) entity(id uint64) (*model.Entity, bool) {
	gen := c.st.Generation()
	c.mu.RLock()
	m, ok := c.entities[id]
	fresh := c.gen == gen
	c.mu.RUnlock()
	if ok && fresh {
		return m, true
	}
	e, ok := c.st.CachedEntity(id)
	if !ok {
		return nil, false
	}
	m = toEntity(e)
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen > c.gen || len(c.entities) >= maxModelCache {
		c.gen, c.entities = gen, map[uint64]*model.Entity{}
	}
	// Keep it only if no write committed since gen was read: e may be newer
	// than gen, and a model filed under gen must be what gen holds.
	if c.gen == gen && c.st.Generation() == gen {
		c.entities[id] = m
	}
	return m, true
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
