package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
)

// Neighborhood is the part of the graph within some hops of an entity, ready
// for a graph view: every node once, every relation between them once.
type Neighborhood struct {
	Nodes     []Entity
	Depths    []int // Depths[i] is the hop distance of Nodes[i] from the centre
	Relations []Relation
	// Truncated is true when the node limit cut the walk short.
	Truncated bool
}

// MaxNeighborhoodDepth bounds Neighborhood's depth.
const MaxNeighborhoodDepth = 3

// Neighborhood walks relations (both directions, matching f) breadth first
// from id up to depth hops, collecting at most limit nodes (the centre
// included) and the relations among them. Nodes come in walk order: nearer
// first, and within a hop in relation order.
func (s *Store) Neighborhood(ctx context.Context, id uint64, depth int, f RelationFilter, limit int) (Neighborhood, error) {
	depth = max(1, min(depth, MaxNeighborhoodDepth))
	limit = max(1, min(limit, MaxPageSize))
	var nb Neighborhood
	err := s.viewGen(ctx.Err, func(txn *readTxn, gen uint64) error {
		centre, err := s.cachedEntity(txn, gen, id)
		if err != nil {
			return err
		}
		index := map[uint64]int{id: 0}
		nb.Nodes = append(nb.Nodes, *centre)
		nb.Depths = append(nb.Depths, 0)
		seenRel := map[uint64]bool{}
		frontier := []uint64{id}
		for d := 1; d <= depth+1 && len(frontier) > 0; d++ {
			var next []uint64
			for _, n := range frontier {
				if err := ctx.Err(); err != nil {
					return err
				}
				edges, err := s.cachedEdges(txn, gen, n)
				if err != nil {
					return err
				}
				for _, e := range edges {
					if !f.matchEdge(e.dir, e.typ) || seenRel[e.rel] {
						continue
					}
					_, known := index[e.other]
					// The last round (depth+1) only adds relations among nodes
					// already found, so the view shows how they connect.
					if !known && (d > depth || len(nb.Nodes) >= limit) {
						if d <= depth {
							nb.Truncated = true
						}
						continue
					}
					var r Relation
					if err := s.cachedRelation(txn, gen, e.rel, &r); err != nil {
						return err
					}
					if !f.matchRecord(&r) {
						continue
					}
					seenRel[e.rel] = true
					nb.Relations = append(nb.Relations, r)
					if known {
						continue
					}
					o, err := s.cachedEntity(txn, gen, e.other)
					if err != nil {
						return err
					}
					index[e.other] = len(nb.Nodes)
					nb.Nodes = append(nb.Nodes, *o)
					nb.Depths = append(nb.Depths, d)
					next = append(next, e.other)
				}
			}
			if d > depth {
				break
			}
			frontier = next
			if d == depth {
				// One more pass over every node for the relations among them.
				frontier = make([]uint64, 0, len(nb.Nodes))
				for _, n := range nb.Nodes {
					frontier = append(frontier, n.ID)
				}
			}
		}
		return nil
	})
	if err != nil {
		return Neighborhood{}, fmt.Errorf("store: neighborhood of entity %d: %w", id, err)
	}
	return nb, nil
}

// Bucket sizes for Timeline.
type Bucket int

const (
	Day Bucket = iota
	Week
	Month
	Year
)

// TimeCount is what happened in one time bucket starting at Start (YYYY-MM-DD):
// Count events, and Documents published then that mention the entity.
type TimeCount struct {
	Start     string
	Count     int
	Documents int
}

// bucketStart maps an event date (YYYY, YYYY-MM or YYYY-MM-DD) to its bucket.
// A date less precise than the bucket (a month-precision date in DAY buckets)
// goes to the first day of its period.
func bucketStart(date string, b Bucket) (string, bool) {
	var t time.Time
	var err error
	switch len(date) {
	case 10:
		t, err = time.Parse("2006-01-02", date)
	case 7:
		t, err = time.Parse("2006-01", date)
	case 4:
		t, err = time.Parse("2006", date)
	default:
		return "", false
	}
	if err != nil {
		return "", false
	}
	switch b {
	case Week: // ISO weeks start on Monday
		t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case Month:
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Year:
		t = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t.Format("2006-01-02"), true
}

// Timeline counts, per bucket and oldest first, the events an entity takes
// part in (or that happened at it) and the documents mentioning it, within
// since..until (YYYY-MM-DD, inclusive, empty for open). Undated events and
// documents are not counted.
func (s *Store) Timeline(ctx context.Context, id uint64, b Bucket, since, until string) ([]TimeCount, error) {
	events := map[string]int{}
	docs := map[string]int{}
	inRange := func(date string) bool {
		return date != "" && (since == "" || date >= since) && (until == "" || date <= until)
	}
	err := s.viewGen(ctx.Err, func(rt *readTxn, gen uint64) error {
		if err := s.checkEntity(rt, gen, id); err != nil {
			return err
		}
		txn, err := rt.get()
		if err != nil {
			return err
		}
		prefix := appendU64([]byte{pEntityEvt}, id)
		start := append(slices.Clone(prefix), since...)
		err = scan(txn, prefix, start, false, false, func(item *badger.Item) (bool, error) {
			_, date, _, err := parseEntityEventKey(item.Key())
			if err != nil {
				return false, err
			}
			if until != "" && date > until {
				return false, nil
			}
			if st, ok := bucketStart(date, b); ok {
				events[st]++
			}
			return true, nil
		})
		if err != nil {
			return err
		}
		return scan(txn, appendU64([]byte{pEntityDoc}, id), nil, false, false, func(item *badger.Item) (bool, error) {
			_, doc, err := parsePairKey(pEntityDoc, item.Key())
			if err != nil {
				return false, err
			}
			date, err := s.docDate(rt, gen, doc)
			if err != nil {
				return false, err
			}
			if inRange(date) {
				if st, ok := bucketStart(date, b); ok {
					docs[st]++
				}
			}
			return ctx.Err() == nil, ctx.Err()
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: timeline of entity %d: %w", id, err)
	}
	out := make([]TimeCount, 0, len(events)+len(docs))
	for st, n := range events {
		out = append(out, TimeCount{Start: st, Count: n, Documents: docs[st]})
	}
	for st, n := range docs {
		if _, ok := events[st]; !ok {
			out = append(out, TimeCount{Start: st, Documents: n})
		}
	}
	slices.SortFunc(out, func(a, b TimeCount) int { return cmp.Compare(a.Start, b.Start) })
	return out, nil
}

// Cooccurrence is an entity mentioned in the same documents as another.
type Cooccurrence struct {
	Entity    Entity
	Documents int // documents mentioning both
}

// maxCooccurrenceDocs bounds the documents Cooccurrences reads for a hub
// entity (its most recent ones, by id), keeping the answer interactive.
const maxCooccurrenceDocs = 5000

// Cooccurrences lists the entities sharing the most documents with id, most
// shared first (ties: more mentioned, then id), at most limit.
func (s *Store) Cooccurrences(ctx context.Context, id uint64, types []string, limit int) ([]Cooccurrence, error) {
	limit = max(1, min(limit, MaxPageSize))
	var out []Cooccurrence
	err := s.viewGen(ctx.Err, func(rt *readTxn, gen uint64) error {
		if err := s.checkEntity(rt, gen, id); err != nil {
			return err
		}
		txn, err := rt.get()
		if err != nil {
			return err
		}
		var docs []uint64
		opts := badger.IteratorOptions{Prefix: appendU64([]byte{pEntityDoc}, id), Reverse: true}
		it := txn.NewIterator(opts)
		seek := appendU64(appendU64([]byte{pEntityDoc}, id), ^uint64(0))
		for it.Seek(seek); it.ValidForPrefix(opts.Prefix) && len(docs) < maxCooccurrenceDocs; it.Next() {
			_, doc, err := parsePairKey(pEntityDoc, it.Item().Key())
			if err != nil {
				it.Close()
				return err
			}
			docs = append(docs, doc)
		}
		it.Close()
		counts := map[uint64]int{}
		for _, doc := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			err := scan(txn, appendU64([]byte{pDocEntity}, doc), nil, false, false, func(item *badger.Item) (bool, error) {
				_, other, err := parsePairKey(pDocEntity, item.Key())
				if err != nil {
					return false, err
				}
				if other != id {
					counts[other]++
				}
				return true, nil
			})
			if err != nil {
				return err
			}
		}
		for other, n := range counts {
			e, err := s.cachedEntity(rt, gen, other)
			if err != nil {
				return err
			}
			if len(types) > 0 && !slices.Contains(types, e.Type) {
				continue
			}
			out = append(out, Cooccurrence{Entity: *e, Documents: n})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: cooccurrences of entity %d: %w", id, err)
	}
	slices.SortFunc(out, func(a, b Cooccurrence) int {
		if a.Documents != b.Documents {
			return b.Documents - a.Documents
		}
		if a.Entity.MentionCount != b.Entity.MentionCount {
			return b.Entity.MentionCount - a.Entity.MentionCount
		}
		return cmp.Compare(a.Entity.ID, b.Entity.ID)
	})
	return out[:min(len(out), limit)], nil
}

// DocMention is one entity mention in a document, for highlighting.
type DocMention struct {
	EntityID uint64
	Evidence
}

// DocumentMentions lists every entity mention in a document, by start offset.
func (s *Store) DocumentMentions(ctx context.Context, doc uint64) ([]DocMention, error) {
	var out []DocMention
	err := s.view(ctx, func(txn *badger.Txn) error {
		ok, err := exists(txn, idKey(pDoc, doc))
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("document %d: %w", doc, ErrNotFound)
		}
		return scan(txn, appendU64([]byte{pDocEntity}, doc), nil, false, false, func(item *badger.Item) (bool, error) {
			_, ent, err := parsePairKey(pDocEntity, item.Key())
			if err != nil {
				return false, err
			}
			err = scan(txn, appendU64(appendU64([]byte{pMention}, ent), doc), nil, false, true, func(it *badger.Item) (bool, error) {
				m := DocMention{EntityID: ent}
				if err := it.Value(func(b []byte) error { return json.Unmarshal(b, &m.Evidence) }); err != nil {
					return false, fmt.Errorf("mention %x: %w", it.Key(), err)
				}
				out = append(out, m)
				return true, nil
			})
			return err == nil, err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: mentions of document %d: %w", doc, err)
	}
	slices.SortFunc(out, func(a, b DocMention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return cmp.Compare(a.EntityID, b.EntityID)
	})
	return out, nil
}

// maxWordPostings bounds the ids read per query word.
const maxWordPostings = 200_000

// wordMatches returns the ids (ascending) under every word of the query in the
// word index at prefix, after `after` (0 for the start).
func wordMatches(txn *badger.Txn, prefix byte, words []string) ([]uint64, error) {
	var acc []uint64
	for i, w := range dedupe(words) {
		var ids []uint64
		p := append(append([]byte{prefix}, w...), 0)
		err := scan(txn, p, nil, false, false, func(item *badger.Item) (bool, error) {
			k := item.Key()
			if len(k) != len(p)+8 {
				return false, badKey(prefix, k, "want prefix|word|0|id")
			}
			first := binary.BigEndian.Uint64(k[len(p):])
			if item.ValueSize() == 0 {
				ids = append(ids, first)
			} else if err := item.Value(func(v []byte) (err error) {
				ids, err = appendBlock(ids, first, v)
				return err
			}); err != nil {
				return false, err
			}
			return len(ids) < maxWordPostings, nil
		})
		if err != nil {
			return nil, err
		}
		if i == 0 {
			acc = ids
			continue
		}
		acc = intersectSorted(acc, ids)
		if len(acc) == 0 {
			break
		}
	}
	return acc, nil
}

func intersectSorted(a, b []uint64) []uint64 {
	var out []uint64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return out
}

// pageIDs cuts one page out of ascending ids after the id cursor.
func pageIDs(ids []uint64, tag byte, p Page) ([]uint64, PageInfo, error) {
	start := 0
	if len(p.After) > 0 {
		after, err := parseIDCursor(tag, p.After)
		if err != nil {
			return nil, PageInfo{}, err
		}
		start, _ = slices.BinarySearch(ids, after+1)
	}
	limit := pageLimit(p)
	end := min(start+limit, len(ids))
	info := PageInfo{Total: len(ids), HasNext: end < len(ids)}
	if end > start {
		info.Next = idCursor(tag, ids[end-1])
	}
	return ids[start:end], info, nil
}

// SearchDocuments lists the documents whose title or text contains every word
// of query (normalised like names; stop words ignored), in id order. Documents
// come without their text (load it with Document).
func (s *Store) SearchDocuments(ctx context.Context, query string, p Page) ([]Document, PageInfo, error) {
	words := wordsOf(query)
	if len(words) == 0 {
		return nil, PageInfo{}, nil
	}
	var out []Document
	var info PageInfo
	err := s.view(ctx, func(txn *badger.Txn) error {
		ids, err := wordMatches(txn, pDocWord, words)
		if err != nil {
			return err
		}
		var page []uint64
		if page, info, err = pageIDs(ids, cSearchDocs, p); err != nil {
			return err
		}
		for _, id := range page {
			var rec docRecord
			if err := getJSON(txn, idKey(pDoc, id), &rec, fmt.Sprintf("document %d", id)); err != nil {
				return err
			}
			out = append(out, rec.Document)
		}
		return nil
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: search documents %q: %w", query, err)
	}
	return out, info, nil
}

// SearchEvents lists the events whose type, trigger or evidence text contains
// every word of query, in id order.
func (s *Store) SearchEvents(ctx context.Context, query string, p Page) ([]Event, PageInfo, error) {
	words := wordsOf(query)
	if len(words) == 0 {
		return nil, PageInfo{}, nil
	}
	var out []Event
	var info PageInfo
	err := s.view(ctx, func(txn *badger.Txn) error {
		ids, err := wordMatches(txn, pEventWord, words)
		if err != nil {
			return err
		}
		var page []uint64
		if page, info, err = pageIDs(ids, cSearchEvents, p); err != nil {
			return err
		}
		for _, id := range page {
			e, err := loadEventRecord(txn, id)
			if err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: search events %q: %w", query, err)
	}
	return out, info, nil
}

// Change is one item of the live feed: a document stored or an event created.
type Change struct {
	Kind Kind // KindDocument or KindEvent
	ID   uint64
}

// Watch calls fn for every document ingested and every event created after
// it starts, until ctx ends or fn returns an error. It rides on badger's
// change feed (DB.Subscribe) of the keys written exactly once per document
// (X) and per event (Z), so it costs nothing while nothing is written.
//
// ready, when not nil, is closed once the feed is live. Badger offers no
// hook for that, so Watch writes a marker key of its own and waits for the
// feed to deliver it (a read-only store has no writes to miss: ready closes
// at once).
func (s *Store) Watch(ctx context.Context, ready chan<- struct{}, fn func(Change) error) error {
	marker := append(watchMarkerPrefix(), strconv.AppendInt(nil, time.Now().UnixNano(), 36)...)
	matches := []pb.Match{{Prefix: []byte{pExtID}}, {Prefix: []byte{pEventTime}}, {Prefix: watchMarkerPrefix()}}
	var once sync.Once
	live := make(chan struct{})
	signal := func() {
		once.Do(func() {
			close(live)
			if ready != nil {
				close(ready)
			}
		})
	}
	if s.readOnly {
		signal()
	}
	cb := func(kvs *badger.KVList) error {
		for _, kv := range kvs.Kv {
			if bytes.Equal(kv.Key, marker) {
				signal()
				continue
			}
			if len(kv.Value) == 0 { // a deletion
				continue
			}
			var c Change
			switch {
			case bytes.HasPrefix(kv.Key, []byte{pExtID}) && len(kv.Value) == 8:
				c = Change{Kind: KindDocument, ID: binary.BigEndian.Uint64(kv.Value)}
			case bytes.HasPrefix(kv.Key, []byte{pEventTime}):
				_, id, err := parseEventTimeKey(kv.Key)
				if err != nil {
					continue
				}
				c = Change{Kind: KindEvent, ID: id}
			default:
				continue
			}
			if err := fn(c); err != nil {
				return err
			}
		}
		return nil
	}
	errc := make(chan error, 1)
	go func() { errc <- s.db.Subscribe(ctx, cb, matches) }()
	if !s.readOnly {
		// Subscribe registers before it blocks, but asynchronously to us:
		// write the marker until the feed has shown it (normally once).
		go func() {
			t := time.NewTicker(20 * time.Millisecond)
			defer t.Stop()
			defer s.db.Update(func(txn *badger.Txn) error { return txn.Delete(marker) })
			for {
				if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(marker, []byte{1}) }); err != nil {
					s.log.Warn("store: watch marker", "err", err)
					signal()
					return
				}
				select {
				case <-ctx.Done():
					return
				case <-live:
					return
				case <-t.C:
				}
			}
		}()
	}
	return watchErr(ctx, <-errc)
}

func watchErr(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil {
		return nil // ended by the caller
	}
	if err != nil {
		return fmt.Errorf("store: watch: %w", err)
	}
	return nil
}
