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
//
// A set is a table indexed by entity id (ids come from one dense sequence)
// of atomic pointers: a look-up is two loads, with no lock and no hashing.
// Sharded maps under read locks, used before, cost more per reference the
// bigger the store (a bigger map, more cache misses per probe), and a page of
// fifty relations makes a hundred references.
type modelCache struct {
	st  *store.Store
	cur atomic.Pointer[modelSet]
}

// modelSet holds the models of one store generation.
type modelSet struct {
	gen uint64
	// slots grows (under mu, copied into a bigger table) to the largest
	// id stored; readers load it without the lock.
	slots atomic.Pointer[[]atomic.Pointer[model.Entity]]
	mu    sync.Mutex
	n     atomic.Int64
}

func newModelSet(gen uint64) *modelSet {
	s := &modelSet{gen: gen}
	empty := []atomic.Pointer[model.Entity]{}
	s.slots.Store(&empty)
	return s
}

func (s *modelSet) load(id uint64) (*model.Entity, bool) {
	slots := *s.slots.Load()
	if id >= uint64(len(slots)) {
		return nil, false
	}
	m := slots[id].Load()
	return m, m != nil
}

func (s *modelSet) store(id uint64, m *model.Entity) {
	if id >= maxModelID {
		return // past the table: converted on every use instead
	}
	slots := *s.slots.Load()
	if id >= uint64(len(slots)) {
		s.mu.Lock()
		slots = *s.slots.Load()
		if id >= uint64(len(slots)) {
			// Slots already published stay readable in the old table:
			// copy the pointers, then publish the new table.
			grown := make([]atomic.Pointer[model.Entity], min(maxModelID, max(2*len(slots), int(id)+1, 1024)))
			for i := range slots {
				grown[i].Store(slots[i].Load())
			}
			s.slots.Store(&grown)
			slots = grown
		}
		s.mu.Unlock()
	}
	if slots[id].CompareAndSwap(nil, m) {
		s.n.Add(1)
	}
}

// maxModelCache bounds one set; past it, models are converted but not kept.
// maxModelID bounds the ids a table holds (8 bytes a slot: 32 MiB at 4M).
const (
	maxModelCache = 1 << 17
	maxModelID    = 1 << 22
)

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
