package store

import (
	"strconv"
	"sync"
	"sync/atomic"

	badger "github.com/dgraph-io/badger/v4"
)

// readCache keeps decoded entities, relations and adjacency lists in memory.
// Reads of the API are dominated by the same few records (hubs, search hits,
// the ends of every relation on a page), and decoding JSON from badger on each
// read was most of a request's cost.
//
// Consistency: every write bumps gen (under mu) after its transaction commits
// and evicts what it touched. A reader notes gen before opening its
// transaction and only fills the cache if gen is unchanged when it stores the
// value: a value read from a snapshot older than a commit is never cached, and
// a value cached before a commit is evicted by that commit.
type readCache struct {
	mu sync.RWMutex
	// gen changes only under mu but is read without it: every request
	// reads it, and a read lock per request made the lock's word bounce
	// between cores.
	gen      atomic.Uint64
	entities entityTable
	// The other records are kept encoded in slabs too (see entityTable
	// for why): relations without evidence (appendRelation), the first
	// cachedEvidence pieces of a relation's evidence (every edge a graph
	// view or path shows carries a quote; appendEvidenceList) and
	// documents' published dates (timelines read thousands).
	relations   slabMap[byte]
	relEvidence slabMap[byte]
	docDates    slabMap[byte]
	// adj holds each entity's edges. They are read in place (a hub has
	// thousands), so they are kept as adjEdge values, whose one pointer
	// is the relation type, shared by every edge of the type (edgeTypes).
	adj       slabMap[adjEdge]
	edgeTypes map[string]string
	size      int
}

// cachedEvidence is how many pieces of a relation's evidence the cache keeps.
const cachedEvidence = 10

// adjEdge is one edge of an entity as its O or I key says it.
type adjEdge struct {
	dir   Direction
	typ   string
	other uint64
	rel   uint64
}

// maxCacheItems bounds the cache; when full it is dropped and refilled, which
// keeps the code simple and the memory bounded (an LRU would keep hubs warm,
// but a full refill costs milliseconds).
const maxCacheItems = 1 << 20

func newReadCache() *readCache {
	c := &readCache{}
	c.reset()
	return c
}

func (c *readCache) reset() {
	c.entities = entityTable{}
	c.relations = slabMap[byte]{}
	c.adj = slabMap[adjEdge]{}
	c.relEvidence = slabMap[byte]{}
	c.docDates = slabMap[byte]{}
	c.edgeTypes = map[string]string{}
	c.size = 0
}

func (c *readCache) generation() uint64 { return c.gen.Load() }

// entity decodes the cached entity id into an Entity of its own.
func (c *readCache) entity(id uint64) (*Entity, bool) {
	c.mu.RLock()
	sl := c.entities.slot(id)
	var raw []byte
	if sl.rec.n != 0 {
		raw = c.entities.raw(sl)
	}
	c.mu.RUnlock()
	if raw == nil {
		return nil, false
	}
	e := &Entity{}
	decodeEntity(raw, e)
	return e, true
}

// relation decodes the cached relation id into r.
func (c *readCache) relation(id uint64, r *Relation) bool {
	c.mu.RLock()
	raw, ok := c.relations.get(id)
	c.mu.RUnlock()
	if ok {
		decodeRelation(raw, r)
	}
	return ok
}

// edges returns id's cached edges; the caller must not modify them.
func (c *readCache) edges(id uint64) ([]adjEdge, bool) {
	c.mu.RLock()
	e, ok := c.adj.get(id)
	c.mu.RUnlock()
	return e, ok
}

// fill stores v as id's value in the slab map m picks, if it was read at
// generation gen and no write happened since.
func fill[T any](c *readCache, gen uint64, m func(*readCache) *slabMap[T], id uint64, v []T) {
	fillWith(c, gen, func(c *readCache) bool { return m(c).set(id, v) })
}

// fillWith is fill for any store: put stores the value and tells whether it
// is a new item.
func fillWith(c *readCache, gen uint64, put func(*readCache) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen.Load() != gen {
		return
	}
	if c.size >= maxCacheItems {
		c.reset()
	}
	if put(c) {
		c.size++
	}
}

// invalidation lists what a committed write touched.
type invalidation struct {
	all       bool
	entities  []uint64 // records and adjacency
	relations []uint64
	// fresh holds entities as the write committed them: they replace the
	// evicted ones at once, so a stream of ingests keeps the cache warm
	// (the next document's writer copies them instead of decoding JSON).
	fresh []*Entity
}

func (c *readCache) invalidate(inv invalidation) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen.Add(1)
	if inv.all {
		c.reset()
		return
	}
	for _, id := range inv.entities {
		c.entities.delete(id)
		c.adj.delete(id)
	}
	for _, id := range inv.relations {
		c.relations.delete(id)
		c.relEvidence.delete(id)
	}
	for _, e := range inv.fresh {
		if c.size >= maxCacheItems {
			c.reset()
		}
		if c.entities.set(e) {
			c.size++
		}
	}
}

// cachedEntity reads an entity through the cache inside txn, which was opened
// at generation gen.
func (s *Store) cachedEntity(rt *readTxn, gen, id uint64) (*Entity, error) {
	if e, ok := s.cache.entity(id); ok {
		return e, nil
	}
	txn, err := rt.get()
	if err != nil {
		return nil, err
	}
	e := &Entity{}
	if err := getJSON(txn, idKey(pEntity, id), e, "entity "+strconv.FormatUint(id, 10)); err != nil {
		return nil, err
	}
	fillWith(s.cache, gen, func(c *readCache) bool { return c.entities.set(e) })
	return e, nil
}

// entityFuzzyForms makes what fuzzy search scores e with (e was read at
// gen) and keeps it with e's slot rec (with the slot e was cached in when
// rec is empty: it was read from badger for this search).
func (s *Store) entityFuzzyForms(gen uint64, rec slabRef, e *Entity) fuzzyForms {
	fz := newFuzzyForms(e)
	fillWith(s.cache, gen, func(c *readCache) bool {
		r := rec
		if r.n == 0 {
			// Cached at gen (fillWith checks it has not moved), so the
			// slot holds this version of e.
			r = c.entities.slot(e.ID).rec
		}
		c.entities.setForms(e.ID, r, fz)
		return false
	})
	return fz
}

// docDate returns a document's published date through the cache.
func (s *Store) docDate(rt *readTxn, gen, doc uint64) (string, error) {
	s.cache.mu.RLock()
	d, ok := s.cache.docDates.get(doc)
	s.cache.mu.RUnlock()
	if ok {
		// The slab's bytes are never written again (see entityTable).
		return unsafeString(d), nil
	}
	txn, err := rt.get()
	if err != nil {
		return "", err
	}
	var rec docRecord
	if err := getJSON(txn, idKey(pDoc, doc), &rec, "document "+strconv.FormatUint(doc, 10)); err != nil {
		return "", err
	}
	fill(s.cache, gen, func(c *readCache) *slabMap[byte] { return &c.docDates }, doc, []byte(rec.Published))
	return rec.Published, nil
}

// cachedRelation reads a relation without its evidence into r.
func (s *Store) cachedRelation(rt *readTxn, gen, id uint64, r *Relation) error {
	if s.cache.relation(id, r) {
		return nil
	}
	txn, err := rt.get()
	if err != nil {
		return err
	}
	*r = Relation{}
	if err := getJSON(txn, idKey(pRelation, id), r, "relation "+strconv.FormatUint(id, 10)); err != nil {
		return err
	}
	var buf [128]byte
	fill(s.cache, gen, func(c *readCache) *slabMap[byte] { return &c.relations }, id, appendRelation(buf[:0], r))
	return nil
}

// cachedEdges lists every edge of id, outgoing (in key order) then incoming;
// the caller must not modify them.
func (s *Store) cachedEdges(rt *readTxn, gen, id uint64) ([]adjEdge, error) {
	if e, ok := s.cache.edges(id); ok {
		return e, nil
	}
	txn, err := rt.get()
	if err != nil {
		return nil, err
	}
	var out []adjEdge
	for _, dir := range []Direction{Out, In} {
		err := scan(txn, edgeScanPrefix(dir, id, ""), nil, false, false, func(item *badger.Item) (bool, error) {
			e, err := parseEdgeKey(item.Key())
			if err != nil {
				return false, err
			}
			out = append(out, adjEdge{dir: e.dir, typ: e.typ, other: e.to, rel: e.rel})
			return true, nil
		})
		if err != nil {
			return nil, err
		}
	}
	if out == nil {
		out = []adjEdge{}
	}
	fillWith(s.cache, gen, func(c *readCache) bool {
		for i := range out {
			t, ok := c.edgeTypes[out[i].typ]
			if !ok {
				t = out[i].typ
				c.edgeTypes[t] = t
			}
			out[i].typ = t
		}
		return c.adj.set(id, out)
	})
	return out, nil
}

// readTxn is a read transaction that badger opens on first use. The API's
// reads are nearly always answered by the read cache, and opening and
// discarding a badger transaction costs two trips through badger's watermark
// goroutine (a channel send each): a few percent of a cached request's CPU,
// spent for nothing.
//
// Opening late changes nothing for consistency: the snapshot was already
// newer than gen whenever a write committed between the two, and fill never
// caches a value read after gen moved (invalidate evicts what a commit
// touched right after the commit).
type readTxn struct {
	db  *badger.DB
	txn *badger.Txn
}

// get returns the transaction, opening it on the first call.
func (t *readTxn) get() (*badger.Txn, error) {
	if t.txn == nil {
		if t.db.IsClosed() {
			return nil, badger.ErrDBClosed
		}
		t.txn = t.db.NewTransaction(false)
	}
	return t.txn, nil
}

func (t *readTxn) discard() {
	if t.txn != nil {
		t.txn.Discard()
	}
}

// viewGen runs fn with a read transaction opened on first use (see readTxn),
// passing the cache generation noted before it.
func (s *Store) viewGen(ctxErr func() error, fn func(txn *readTxn, gen uint64) error) error {
	if err := ctxErr(); err != nil {
		return err
	}
	gen := s.cache.generation()
	t := readTxn{db: s.db}
	defer t.discard()
	return fn(&t, gen)
}

// Generation is the read cache's generation: it changes right after every
// write commits (and on Restore). Unlike Version it opens no transaction, so
// a per-request cache can check it twice per request for nothing; what was
// read while it kept one value may be kept under that value.
func (s *Store) Generation() uint64 { return s.cache.generation() }

// CachedEntity returns an entity when the read cache holds it, without a
// transaction; ok is false otherwise (the caller then reads it normally). The
// GraphQL layer uses it to answer entity references without waiting for a
// dataloader batch.
func (s *Store) CachedEntity(id uint64) (Entity, bool) {
	var e Entity
	s.cache.mu.RLock()
	sl := s.cache.entities.slot(id)
	var raw []byte
	if sl.rec.n != 0 {
		raw = s.cache.entities.raw(sl)
	}
	s.cache.mu.RUnlock()
	if raw == nil {
		return Entity{}, false
	}
	// The slab's bytes never change: decoding them outside the lock is safe.
	decodeEntity(raw, &e)
	return e, true
}

// entityCached tells whether id is in the read cache, without decoding it.
func (c *readCache) entityCached(id uint64) bool {
	c.mu.RLock()
	ok := c.entities.has(id)
	c.mu.RUnlock()
	return ok
}

// checkEntity returns nil when entity id exists (store: not found when it
// does not), reading it through the cache.
func (s *Store) checkEntity(rt *readTxn, gen, id uint64) error {
	if s.cache.entityCached(id) {
		return nil
	}
	_, err := s.cachedEntity(rt, gen, id)
	return err
}
