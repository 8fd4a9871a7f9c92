package store

import (
	"encoding/binary"
	"math"
	"slices"
	"unsafe"
)

// Slabs keep the read cache's records out of the garbage collector's way: a
// few large objects without pointers (or, for adjacency, with one per edge
// to a shared string) instead of several small objects per record. See
// entityTable for why.

// slabRef is a run of a slab's items.
type slabRef struct{ chunk, off, n uint32 }

// slab is an append-only store of T in chunks.
type slab[T any] struct {
	chunks [][]T
}

// slabChunk is the size of a chunk in items; bigger runs get one of their
// own.
const slabChunk = 1 << 16

// add copies v into the slab.
func (s *slab[T]) add(v []T) slabRef {
	if len(v) == 0 {
		return slabRef{}
	}
	last := len(s.chunks) - 1
	if last < 0 || cap(s.chunks[last])-len(s.chunks[last]) < len(v) {
		s.chunks = append(s.chunks, make([]T, 0, max(slabChunk, len(v))))
		last++
	}
	c := s.chunks[last]
	ref := slabRef{chunk: uint32(last), off: uint32(len(c)), n: uint32(len(v))}
	s.chunks[last] = append(c, v...)
	return ref
}

// get returns the items of r; the caller must not modify them.
func (s *slab[T]) get(r slabRef) []T {
	if r.n == 0 {
		return nil
	}
	return s.chunks[r.chunk][r.off : r.off+r.n : r.off+r.n]
}

// unsafeString returns b as a string without copying it. Only for slab
// bytes, which are never written again once added.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// slabMap maps ids to runs of items kept in a slab. Replaced and deleted
// runs stay in the slab until they outweigh the live ones, and then the live
// ones are copied into a fresh slab (slices and strings handed out keep the
// old one alive as long as they live).
type slabMap[T any] struct {
	idx        map[uint64]slabRef
	data       slab[T]
	live, dead int // items
}

// get returns id's items (empty, not nil, for an empty run); the caller must
// not modify them.
func (m *slabMap[T]) get(id uint64) ([]T, bool) {
	r, ok := m.idx[id]
	if !ok {
		return nil, false
	}
	if r.n == 0 {
		return []T{}, true
	}
	return m.data.get(r), true
}

// set copies v in as id's items and tells whether id is new.
func (m *slabMap[T]) set(id uint64, v []T) bool {
	if m.idx == nil {
		m.idx = map[uint64]slabRef{}
	}
	old, had := m.idx[id]
	if had {
		m.live -= int(old.n)
		m.dead += int(old.n)
	}
	m.idx[id] = m.data.add(v)
	m.live += len(v)
	m.compact()
	return !had
}

func (m *slabMap[T]) delete(id uint64) {
	if old, ok := m.idx[id]; ok {
		m.live -= int(old.n)
		m.dead += int(old.n)
		delete(m.idx, id)
	}
}

// compact rewrites the slab with the live runs only, when dead ones take
// more room than they do (and more than compactAbove bytes).
func (m *slabMap[T]) compact() {
	var zero T
	if m.dead*int(unsafe.Sizeof(zero)) < compactAbove || m.dead < m.live {
		return
	}
	old := m.data
	m.data, m.live, m.dead = slab[T]{}, 0, 0
	for id, r := range m.idx {
		m.idx[id] = m.data.add(old.get(r))
		m.live += int(r.n)
	}
}

// appendRelation encodes r as appendEntity does an entity (floats as their
// 8 bytes). TestRelationCodecRoundTrip fills every field.
func appendRelation(b []byte, r *Relation) []byte {
	b = binary.AppendUvarint(b, r.ID)
	b = appendStr(b, r.Type)
	b = binary.AppendUvarint(b, r.Source)
	b = binary.AppendUvarint(b, r.Target)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(r.Confidence))
	b = binary.AppendVarint(b, int64(r.Count))
	b = appendStr(b, r.FirstSeen)
	b = appendStr(b, r.LastSeen)
	b = appendEvidenceList(b, r.Evidence)
	if r.EvidenceLoaded {
		return append(b, 1)
	}
	return append(b, 0)
}

func decodeRelation(b []byte, r *Relation) {
	d := entityReader{b: b}
	r.ID = d.uvarint()
	r.Type = d.str()
	r.Source = d.uvarint()
	r.Target = d.uvarint()
	r.Confidence = math.Float64frombits(binary.LittleEndian.Uint64(d.b[d.i:]))
	d.i += 8
	r.Count = d.varint()
	r.FirstSeen = d.str()
	r.LastSeen = d.str()
	r.Evidence = d.evidenceList()
	r.EvidenceLoaded = d.b[d.i] == 1
}

func appendEvidenceList(b []byte, ev []Evidence) []byte {
	b = appendLen(b, ev == nil, len(ev))
	for _, e := range ev {
		b = binary.AppendUvarint(b, e.DocID)
		b = binary.AppendVarint(b, int64(e.Sentence))
		b = binary.AppendVarint(b, int64(e.Start))
		b = binary.AppendVarint(b, int64(e.End))
		b = appendStr(b, e.Text)
	}
	return b
}

func (d *entityReader) evidenceList() []Evidence { return d.evidenceFirst(-1) }

// evidenceFirst decodes the first limit pieces of a list (all of them when
// limit is negative), leaving the reader inside the list when it stops short.
func (d *entityReader) evidenceFirst(limit int) []Evidence {
	n, isNil := d.list()
	if isNil {
		return nil
	}
	if limit >= 0 {
		n = min(n, limit)
	}
	ev := make([]Evidence, n)
	for i := range ev {
		ev[i] = Evidence{DocID: d.uvarint(), Sentence: d.varint(), Start: d.varint(), End: d.varint(), Text: d.str()}
	}
	return ev
}

// decodeEvidenceList decodes the first limit pieces of what
// appendEvidenceList wrote (all of them when limit is negative): a path's
// hops show one each, and the cache keeps ten.
func decodeEvidenceList(b []byte, limit int) []Evidence {
	d := entityReader{b: b}
	return d.evidenceFirst(limit)
}

// postings are the fuzzy index's posting lists: entity ids per trigram, in
// a slab of ids. Tens of thousands of trigrams each with a slice of its own
// were as many objects for every collection to mark (more the bigger the
// store); here the lists are a few large objects without pointers and a map
// whose keys and values hold none. Lists change in place under the fuzzy
// index's lock (readers hold it while they read): an id is added in the
// run's spare room, or the list moves to a run twice its size; a removed id
// takes the last one's place, as the slices did.
type postings struct {
	idx        map[tri]postRef
	data       slab[uint64]
	live, dead int // slab room of the lists' runs and of abandoned runs
}

// postRef is a list: its first n ids of the run are in use.
type postRef struct {
	run slabRef
	n   uint32
}

// newPostings holds lists (each sorted and distinct, as ensureFuzzy makes
// them); it copies them.
func newPostings(lists map[tri][]uint64) postings {
	p := postings{idx: make(map[tri]postRef, len(lists))}
	for t, ids := range lists {
		p.idx[t] = postRef{run: p.data.add(ids), n: uint32(len(ids))}
		p.live += len(ids)
	}
	return p
}

// get returns t's ids; valid only while the index's lock is held.
func (p *postings) get(t tri) []uint64 {
	r, ok := p.idx[t]
	if !ok {
		return nil
	}
	return p.data.get(r.run)[:r.n]
}

// add adds id to t's list unless it holds it.
func (p *postings) add(t tri, id uint64) {
	r := p.idx[t]
	run := p.data.get(r.run)
	if slices.Contains(run[:r.n], id) {
		return
	}
	if r.n == r.run.n {
		grown := make([]uint64, max(4, 2*r.n))
		copy(grown, run[:r.n])
		p.live += len(grown) - int(r.run.n)
		p.dead += int(r.run.n)
		r.run = p.data.add(grown)
		run = p.data.get(r.run)
	}
	run[r.n] = id
	r.n++
	if p.idx == nil {
		p.idx = map[tri]postRef{}
	}
	p.idx[t] = r
	p.compact()
}

// remove takes id out of t's list.
func (p *postings) remove(t tri, id uint64) {
	r, ok := p.idx[t]
	if !ok {
		return
	}
	run := p.data.get(r.run)[:r.n]
	i := slices.Index(run, id)
	if i < 0 {
		return
	}
	run[i] = run[len(run)-1]
	r.n--
	p.idx[t] = r
}

// compact copies the lists into a fresh slab, each into a run of its size,
// when abandoned runs outweigh the live ones.
func (p *postings) compact() {
	if p.dead*8 < compactAbove || p.dead < p.live {
		return
	}
	old := p.data
	p.data, p.live, p.dead = slab[uint64]{}, 0, 0
	for t, r := range p.idx {
		p.idx[t] = postRef{run: p.data.add(old.get(r.run)[:r.n]), n: r.n}
		p.live += int(r.n)
	}
}

// each calls fn with every trigram's list (tests compare them).
func (p *postings) each(fn func(t tri, ids []uint64)) {
	for t := range p.idx {
		fn(t, p.get(t))
	}
}
