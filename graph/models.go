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
// The maps are sharded by id: gqlgen resolves list elements on concurrent
// goroutines, and one shared read lock made its word bounce between cores
// (sync.Map, tried too, spent more hashing its interface keys).
type modelCache struct {
	st  *store.Store
	cur atomic.Pointer[modelSet]
}

// modelSet holds the models of one store generation.
type modelSet struct {
	gen    uint64
	shards [modelShards]modelShard
	n      atomic.Int64
}

const modelShards = 32

type modelShard struct {
	mu sync.RWMutex
	m  map[uint64]*model.Entity
	_  [40]byte // keeps shards' locks on separate cache lines
}

func newModelSet(gen uint64) *modelSet {
	s := &modelSet{gen: gen}
	for i := range s.shards {
		s.shards[i].m = map[uint64]*model.Entity{}
	}
	return s
}

func (s *modelSet) load(id uint64) (*model.Entity, bool) {
	sh := &s.shards[id%modelShards]
	sh.mu.RLock()
	m, ok := sh.m[id]
	sh.mu.RUnlock()
	return m, ok
}

func (s *modelSet) store(id uint64, m *model.Entity) {
	sh := &s.shards[id%modelShards]
	sh.mu.Lock()
	if _, ok := sh.m[id]; !ok {
		sh.m[id] = m
		s.n.Add(1)
	}
	sh.mu.Unlock()
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
		if m, ok := set.load(id); ok {
			return m, true
		}
	}
	e, ok := c.st.CachedEntity(id)
	if !ok {
		return nil, false
	}
	m := toEntity(e)
	if set == nil || set.gen < gen {
		fresh := newModelSet(gen)
		if c.cur.CompareAndSwap(set, fresh) {
			set = fresh
		} else {
			set = c.cur.Load()
		}
	}
	// Keep it only if no write committed since gen was read: e may be newer
	// than gen, and a model filed under gen must be what gen holds.
	if set.gen == gen && c.st.Generation() == gen && set.n.Load() < maxModelCache {
		set.store(id, m)
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
