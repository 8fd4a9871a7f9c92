package store

import "encoding/binary"

// entityTable holds the cached entities by id, encoded in slabs of bytes.
//
// Why encoded: a server keeps tens of thousands of entities cached for its
// whole life, and as Go values each was four or five objects holding
// pointers (the record, its strings, its alias and role slices, its fuzzy
// forms) that the garbage collector marked in every cycle. The bigger the
// store, the longer each cycle's marking took (3x the entities, 2x the
// collection CPU), and while it runs it competes with requests for the two
// cores: the tail latency of a busy server grew with the store. In slabs of
// bytes the table is a handful of objects without pointers, which a
// collection marks in constant time whatever the store holds; a read decodes
// the few entities a response shows (their strings point into the slab, so
// a decode allocates only the alias and role slices).
//
// Ids come from one sequence, so a slice indexed by id holds the slots
// densely; a search looks up every entity a prefix matches (thousands for
// "ba"), and a slice read is several times cheaper than a map's. Each slot
// repeats the two fields a search ranks and filters by, so the hits that
// never make the page are never decoded.
//
// Bytes written to a slab are never written again: a decoded entity's
// strings may point into them for as long as it lives. Replaced and deleted
// entities leave their bytes behind; when those outweigh the live ones the
// table copies the live ones into fresh slabs (the old ones are freed once no
// decoded string points into them).
type entityTable struct {
	dense []entitySlot
	far   map[uint64]entitySlot // ids beyond maxDenseID, which a sequence does not reach
	bytes slab[byte]
	forms slab[tri]
	types []string // slot.typ indexes it; entity types are a handful
	// live and dead count the slab bytes of cached and of replaced
	// entities (forms included, as bytes).
	live, dead int
}

// entitySlot is one cached entity; it holds no pointers.
type entitySlot struct {
	rec slabRef // the encoded entity; n == 0: not cached
	mc  int     // its MentionCount
	typ uint16  // its Type, an index into types
	// fz is what fuzzy search scores the entity with (fuzzyForms.data),
	// made on first use; it goes with rec (a new version of the entity
	// starts without).
	fz slabRef
}

// maxDenseID bounds the slice (16M ids; a store's sequence stays far below).
const maxDenseID = 1 << 24

func (t *entityTable) slotPtr(id uint64) *entitySlot {
	if id < uint64(len(t.dense)) {
		return &t.dense[id]
	}
	return nil
}

// slot returns id's slot; its rec.n is 0 when the entity is not cached.
func (t *entityTable) slot(id uint64) entitySlot {
	if id < uint64(len(t.dense)) {
		return t.dense[id]
	}
	return t.far[id]
}

// has tells whether id is cached.
func (t *entityTable) has(id uint64) bool { return t.slot(id).rec.n != 0 }

// raw returns the encoded entity of a slot (decodeEntity reads it).
func (t *entityTable) raw(sl entitySlot) []byte { return t.bytes.get(sl.rec) }

// typeName is the type a slot holds.
func (t *entityTable) typeName(sl entitySlot) string { return t.types[sl.typ] }

// get decodes the cached entity id.
func (t *entityTable) get(id uint64) (*Entity, bool) {
	sl := t.slot(id)
	if sl.rec.n == 0 {
		return nil, false
	}
	e := &Entity{}
	decodeEntity(t.raw(sl), e)
	return e, true
}

// set caches e and tells whether its id was new.
func (t *entityTable) set(e *Entity) bool {
	typ := -1
	for i, s := range t.types {
		if s == e.Type {
			typ = i
			break
		}
	}
	if typ < 0 {
		if len(t.types) > 1<<16-1 {
			return false // not entity types; not worth caching
		}
		typ = len(t.types)
		t.types = append(t.types, e.Type)
	}
	var buf [256]byte
	rec := t.bytes.add(appendEntity(buf[:0], e))
	sl := entitySlot{rec: rec, mc: e.MentionCount, typ: uint16(typ)}
	t.live += int(rec.n)
	var had bool
	if e.ID < maxDenseID {
		if e.ID >= uint64(len(t.dense)) {
			n := make([]entitySlot, max(2*len(t.dense), int(e.ID)+1, 1024))
			copy(n, t.dense)
			t.dense = n
		}
		had = t.forget(t.dense[e.ID])
		t.dense[e.ID] = sl
	} else {
		if t.far == nil {
			t.far = map[uint64]entitySlot{}
		}
		had = t.forget(t.far[e.ID])
		t.far[e.ID] = sl
	}
	t.compact()
	return !had
}

// forget counts the bytes of a slot that is replaced or deleted as dead; it
// tells whether the slot held an entity.
func (t *entityTable) forget(sl entitySlot) bool {
	if sl.rec.n == 0 {
		return false
	}
	n := int(sl.rec.n) + 8*int(sl.fz.n)
	t.live -= n
	t.dead += n
	return true
}

// compactAbove is how many dead bytes the slabs may hold before they are
// rewritten (when they also outweigh the live ones).
const compactAbove = 16 << 20

// compact rewrites the slabs with the live entities only, when replaced
// ones take more room than they do.
func (t *entityTable) compact() {
	if t.dead < compactAbove || t.dead < t.live {
		return
	}
	old := *t
	t.bytes, t.forms = slab[byte]{}, slab[tri]{}
	t.live, t.dead = 0, 0
	move := func(sl *entitySlot) {
		if sl.rec.n == 0 {
			return
		}
		sl.rec = t.bytes.add(old.bytes.get(sl.rec))
		sl.fz = t.forms.add(old.forms.get(sl.fz))
		t.live += int(sl.rec.n) + 8*int(sl.fz.n)
	}
	for i := range t.dense {
		move(&t.dense[i])
	}
	for id, sl := range t.far {
		move(&sl)
		t.far[id] = sl
	}
}

// formsOf returns the fuzzy forms kept with a slot; ok is false when none are.
func (t *entityTable) formsOf(sl entitySlot) (fuzzyForms, bool) {
	if sl.fz.n == 0 {
		return fuzzyForms{}, false
	}
	return fuzzyForms{t.forms.get(sl.fz)}, true
}

// setForms keeps fz with id's entity if it is still the version rec
// (ids beyond the slice keep none: they are not expected).
func (t *entityTable) setForms(id uint64, rec slabRef, fz fuzzyForms) {
	p := t.slotPtr(id)
	if p == nil || p.rec != rec || p.fz.n != 0 {
		return
	}
	p.fz = t.forms.add(fz.data)
	t.live += 8 * int(p.fz.n)
}

func (t *entityTable) delete(id uint64) {
	if p := t.slotPtr(id); p != nil {
		t.forget(*p)
		*p = entitySlot{}
		return
	}
	if sl, ok := t.far[id]; ok {
		t.forget(sl)
		delete(t.far, id)
	}
}

// The encoding of an entity: its fields in declaration order, numbers as
// varints, strings as a length and their bytes, slices as their length + 1
// (0: nil, which JSON decoding gives for a missing list) and their items.
// TestEntityCodecRoundTrip fills every field, so a field added to Entity
// without a line here fails it.

func appendEntity(b []byte, e *Entity) []byte {
	b = binary.AppendUvarint(b, e.ID)
	b = appendStr(b, e.Name)
	b = appendStr(b, e.Type)
	b = appendStr(b, e.Subtype)
	b = appendStr(b, e.KB)
	b = appendLen(b, e.Aliases == nil, len(e.Aliases))
	for _, a := range e.Aliases {
		b = appendStr(b, a.Text)
		b = binary.AppendVarint(b, int64(a.Count))
	}
	b = appendLen(b, e.Roles == nil, len(e.Roles))
	for _, r := range e.Roles {
		b = appendStr(b, r.Title)
		b = appendStr(b, r.Org)
		b = binary.AppendUvarint(b, r.OrgID)
		b = appendStr(b, r.FirstSeen)
		b = appendStr(b, r.LastSeen)
		b = binary.AppendVarint(b, int64(r.Count))
	}
	b = binary.AppendVarint(b, int64(e.MentionCount))
	b = binary.AppendVarint(b, int64(e.DocCount))
	b = appendStr(b, e.FirstSeen)
	b = appendStr(b, e.LastSeen)
	if e.Ambiguous {
		return append(b, 1)
	}
	return append(b, 0)
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendLen(b []byte, isNil bool, n int) []byte {
	if isNil {
		return append(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

// entityReader decodes what appendEntity wrote. The bytes are the table's
// own, written by appendEntity, so they are not checked: a short read would
// be a bug in this file, and panics like one.
type entityReader struct {
	b []byte
	i int
}

func (r *entityReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b[r.i:])
	r.i += n
	return v
}

func (r *entityReader) varint() int {
	v, n := binary.Varint(r.b[r.i:])
	r.i += n
	return int(v)
}

// str returns a string sharing the slab's bytes, which are never written
// again (see entityTable).
func (r *entityReader) str() string {
	n := int(r.uvarint())
	if n == 0 {
		return ""
	}
	s := unsafeString(r.b[r.i : r.i+n])
	r.i += n
	return s
}

// list returns a slice's length and whether it is nil.
func (r *entityReader) list() (int, bool) {
	n := r.uvarint()
	if n == 0 {
		return 0, true
	}
	return int(n - 1), false
}

func decodeEntity(b []byte, e *Entity) {
	r := entityReader{b: b}
	e.ID = r.uvarint()
	e.Name = r.str()
	e.Type = r.str()
	e.Subtype = r.str()
	e.KB = r.str()
	if n, isNil := r.list(); !isNil {
		e.Aliases = make([]Alias, n)
		for i := range e.Aliases {
			e.Aliases[i] = Alias{Text: r.str(), Count: r.varint()}
		}
	}
	if n, isNil := r.list(); !isNil {
		e.Roles = make([]Role, n)
		for i := range e.Roles {
			e.Roles[i] = Role{Title: r.str(), Org: r.str(), OrgID: r.uvarint(), FirstSeen: r.str(), LastSeen: r.str(), Count: r.varint()}
		}
	}
	e.MentionCount = r.varint()
	e.DocCount = r.varint()
	e.FirstSeen = r.str()
	e.LastSeen = r.str()
	e.Ambiguous = r.b[r.i] == 1
}
