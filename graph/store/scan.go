package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// Whole-store iteration for analytics and exports. These walk every record of a
// family in id order inside one read transaction, calling back per record, so
// a caller can stream millions of records without holding them in memory; the
// paged listings in read.go are for clients that come back for more.

// Version is the store's change counter: the Badger commit timestamp the
// latest read sees. Every committed write raises it and reads never do, so two
// equal versions mean nothing changed in between; caches key on it.
func (s *Store) Version(ctx context.Context) (uint64, error) {
	var v uint64
	err := s.view(ctx, func(txn *badger.Txn) error {
		v = txn.ReadTs()
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: version: %w", err)
	}
	return v, nil
}

// Snapshot is a consistent read-only view of the whole store: every scan made
// through one Snapshot sees the same commit, Version. It is valid only inside
// the function given to Store.Snapshot.
type Snapshot struct {
	ctx context.Context
	txn *badger.Txn
}

// Snapshot runs fn with a consistent view of the store. Long scans hold one
// Badger read transaction open, which keeps old value-log files from being
// garbage collected until fn returns; that is the price of consistency.
func (s *Store) Snapshot(ctx context.Context, fn func(*Snapshot) error) error {
	return s.view(ctx, func(txn *badger.Txn) error {
		return fn(&Snapshot{ctx: ctx, txn: txn})
	})
}

// Version is the change counter of the commit this snapshot sees (see Store.Version).
func (sn *Snapshot) Version() uint64 { return sn.txn.ReadTs() }

// scanRecords decodes every value under prefix into a fresh T and calls fn;
// it stops at fn's first error or when the context is cancelled.
func scanRecords[T any](sn *Snapshot, prefix byte, what string, fn func(*T) error) error {
	n := 0
	return scan(sn.txn, []byte{prefix}, nil, false, true, func(item *badger.Item) (bool, error) {
		// Checking the context on every record would cost more than decoding small ones.
		if n++; n%1024 == 0 {
			if err := sn.ctx.Err(); err != nil {
				return false, err
			}
		}
		if _, err := parseIDKey(prefix, item.Key()); err != nil {
			return false, err
		}
		v := new(T)
		if err := item.Value(func(b []byte) error { return json.Unmarshal(b, v) }); err != nil {
			return false, fmt.Errorf("store: %s %x: decode: %w", what, item.Key(), err)
		}
		return true, fn(v)
	})
}

// Entities calls fn for every entity in id order.
func (sn *Snapshot) Entities(fn func(Entity) error) error {
	return scanRecords(sn, pEntity, "entity", func(e *Entity) error { return fn(*e) })
}

// Relations calls fn for every relation in id order. Evidence is not loaded:
// RelationEvidence pages it.
func (sn *Snapshot) Relations(fn func(Relation) error) error {
	return scanRecords(sn, pRelation, "relation", func(r *Relation) error {
		r.Evidence = nil
		return fn(*r)
	})
}

// Events calls fn for every event in id order. Evidence is not loaded:
// EventEvidence pages it.
func (sn *Snapshot) Events(fn func(Event) error) error {
	return scanRecords(sn, pEvent, "event", func(e *Event) error {
		e.Evidence = nil
		return fn(*e)
	})
}

// Quotes calls fn for every quote in id order.
func (sn *Snapshot) Quotes(fn func(Quote) error) error {
	return scanRecords(sn, pQuote, "quote", func(q *Quote) error { return fn(*q) })
}

// Documents calls fn for every document in id order, without its text (which
// Store.Document loads) so a scan does not read every article.
func (sn *Snapshot) Documents(fn func(Document) error) error {
	return scanRecords(sn, pDoc, "document", func(r *docRecord) error {
		d := r.Document
		d.Text = ""
		return fn(d)
	})
}

// EntityDocuments calls fn for every (entity, document) pair with the number
// of times the document mentions the entity, ordered by entity then document.
// It serves per-period mention counts and document co-occurrence.
func (sn *Snapshot) EntityDocuments(fn func(entity, doc uint64, mentions int) error) error {
	n := 0
	return scan(sn.txn, []byte{pEntityDoc}, nil, false, true, func(item *badger.Item) (bool, error) {
		if n++; n%4096 == 0 {
			if err := sn.ctx.Err(); err != nil {
				return false, err
			}
		}
		ent, doc, err := parsePairKey(pEntityDoc, item.Key())
		if err != nil {
			return false, err
		}
		var count uint64
		if err := item.Value(func(b []byte) error {
			if len(b) != 8 {
				return badKey(pEntityDoc, item.Key(), fmt.Sprintf("value has %d bytes, want 8", len(b)))
			}
			count = binary.BigEndian.Uint64(b)
			return nil
		}); err != nil {
			return false, err
		}
		return true, fn(ent, doc, int(count))
	})
}
