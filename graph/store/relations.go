package store

import (
	"bytes"
	"context"
	"fmt"
	"sort"
)

func (e adjEdge) key(from uint64) []byte { return edgeKey(e.dir, from, e.typ, e.other, e.rel) }

// edgeAfter tells whether edge e of `from` comes after the edge key c in
// Relations' order: outgoing before incoming, then key order.
func edgeAfter(e adjEdge, from uint64, c edge, ckey []byte) bool {
	if e.dir != c.dir {
		return e.dir == In
	}
	return bytes.Compare(e.key(from), ckey) > 0
}

// Relations lists an entity's edges: outgoing first, then incoming, each in
// (type, other end, relation id) order. Self-relations are never stored, so
// no relation appears twice. Relations come without evidence
// (EvidenceLoaded false).
//
// Without a filter a page is a slice of the cached edge list (found by binary
// search after a cursor) and the total is the list's length: a hub's first
// page reads `limit` relations, however many edges the hub has. A filter
// scans the edges for the total (reading relation records only for the date
// and confidence filters).
func (s *Store) Relations(ctx context.Context, id uint64, f RelationFilter, p Page) ([]Relation, PageInfo, error) {
	var cur edge
	var curKey []byte
	if len(p.After) > 0 {
		var err error
		if cur, curKey, err = parseRelationCursor(p.After); err != nil {
			return nil, PageInfo{}, fmt.Errorf("store: entity %d relations: %w", id, err)
		}
		if cur.from != id || !f.matchEdge(cur.dir, cur.typ) {
			return nil, PageInfo{}, fmt.Errorf("store: entity %d relations: %w", id,
				badCursor(p.After, "not a cursor of this entity and filter"))
		}
	}
	limit := pageLimit(p)
	var out []Relation
	var info PageInfo
	var last adjEdge
	err := s.viewGen(ctx.Err, func(txn *readTxn, gen uint64) error {
		if err := s.checkEntity(txn, gen, id); err != nil {
			return err
		}
		edges, err := s.cachedEdges(txn, gen, id)
		if err != nil {
			return err
		}
		if f.matchesAll() {
			var start int
			if curKey != nil {
				// edgeAfter is false then true along the edge list's order.
				start = sort.Search(len(edges), func(i int) bool { return edgeAfter(edges[i], id, cur, curKey) })
			}
			page := edges[start:min(len(edges), start+limit)]
			info.Total = len(edges)
			info.HasNext = start+len(page) < len(edges)
			if len(page) == 0 {
				return nil
			}
			out = make([]Relation, len(page))
			miss := false
			s.cache.mu.RLock() // once for the page, as below
			for i, e := range page {
				if raw, ok := s.cache.relations.get(e.rel); ok {
					decodeRelation(raw, &out[i])
				} else {
					miss = true
				}
			}
			s.cache.mu.RUnlock()
			for i, e := range page {
				if miss && out[i].ID == 0 {
					if err := s.cachedRelation(txn, gen, e.rel, &out[i]); err != nil {
						return err
					}
				}
			}
			last = page[len(page)-1]
			return nil
		}
		// The cached relations of the edges a page can need, under one read
		// lock (not one per edge: concurrent requests made it bounce).
		need := len(edges)
		if !f.needsRecord() {
			need = min(need, limit+1)
		}
		cached := make([][]byte, need)
		s.cache.mu.RLock()
		for i, e := range edges[:need] {
			cached[i], _ = s.cache.relations.get(e.rel)
		}
		s.cache.mu.RUnlock()
		var rec Relation
		for i, e := range edges {
			if !f.matchEdge(e.dir, e.typ) {
				continue
			}
			var r *Relation
			if f.needsRecord() || len(out) < limit {
				r = &rec
				if i < need && cached[i] != nil {
					decodeRelation(cached[i], r)
				} else if err := s.cachedRelation(txn, gen, e.rel, r); err != nil {
					return err
				}
			}
			if r != nil && !f.matchRecord(r) {
				continue
			}
			info.Total++
			if curKey != nil && !edgeAfter(e, id, cur, curKey) {
				continue
			}
			if len(out) == limit {
				info.HasNext = true
				continue
			}
			if out == nil {
				out = make([]Relation, 0, min(limit, len(edges)-i))
			}
			out = append(out, *r)
			last = e
		}
		return nil
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: entity %d relations: %w", id, err)
	}
	if len(out) > 0 {
		// Only the last item's key is a cursor: built once, not per item.
		info.Next = relationCursor(last.key(id))
	}
	return out, info, nil
}
