package graph

import (
	"strconv"
	"sync"
	"sync/atomic"
	"unsafe"

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
	// arena holds the models stored in the set (see modelArena).
	arenaMu sync.Mutex
	arena   modelArena
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
	if set.gen != gen || c.st.Generation() != gen || set.n.Load() >= maxModelCache {
		return toEntity(e), true
	}
	set.arenaMu.Lock()
	m := convertEntity(e, &set.arena)
	set.arenaMu.Unlock()
	set.store(id, m)
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

// modelArena is where a model set's conversions take their memory from:
// slices carved from chunks that each hold hundreds of entities' parts.
// A set keeps the models of every entity its generation answered with
// (thousands, more the bigger the store), and converted one by one each was
// five to a dozen objects (the model, its id, alias and role slices, each
// role and its optional strings) that the collector marked in every cycle;
// the marking competes with requests for the cores, and grew with the store.
// In chunks they are a few hundred objects. A set is dropped as a whole when
// the store's generation moves, so nothing is freed piecemeal; a chunk lives
// as long as any model in it is referenced.
//
// Models are never modified after conversion (see modelCache), so parts
// carved from a chunk are capped to their length: an append would copy.
type modelArena struct {
	blocks    []entityBlock
	aliasPtrs []*model.Alias
	aliases   []model.Alias
	rolePtrs  []*model.Role
	roles     []model.Role
	strs      []string
	ids       []byte
	// exact allocates each part on its own, of its size (toEntity's
	// conversions, which no set keeps).
	exact bool
}

// modelArenaChunk is the number of items a chunk holds.
const modelArenaChunk = 256

// take returns n items carved from *buf (a new chunk when it is full).
// Zero items are an empty slice, not nil, as make gives.
func take[T any](a *modelArena, buf *[]T, n int) []T {
	if a.exact || n == 0 {
		return make([]T, n)
	}
	if cap(*buf)-len(*buf) < n {
		*buf = make([]T, 0, max(modelArenaChunk, n))
	}
	l := len(*buf)
	*buf = (*buf)[:l+n]
	return (*buf)[l : l+n : l+n]
}

// id is formatID with the string's bytes in the arena.
func (a *modelArena) id(k store.Kind, id uint64) string {
	if a.exact {
		return formatID(k, id)
	}
	var b [24]byte
	s := strconv.AppendUint(append(b[:0], string(rune(k))...), id, 10)
	buf := take(a, &a.ids, len(s))
	copy(buf, s)
	// The bytes are never written again: take never hands them out twice.
	return unsafe.String(&buf[0], len(buf))
}
