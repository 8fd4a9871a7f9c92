package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"
)

// MaxEvidenceLoaded caps the evidence filled into Event.Evidence and
// Relation.Evidence by Event, Relation, Events and Relations: a fact reported
// by thousands of articles would otherwise make every listing huge. The rest
// is paged with EventEvidence / RelationEvidence.
const MaxEvidenceLoaded = 50

func (s *Store) Entity(ctx context.Context, id uint64) (Entity, error) {
	var e *Entity
	err := s.viewGen(ctx.Err, func(txn *readTxn, gen uint64) error {
		var err error
		e, err = s.cachedEntity(txn, gen, id)
		return err
	})
	if err != nil {
		return Entity{}, fmt.Errorf("store: %w", err)
	}
	return *e, nil
}

// Entities returns the entities for ids in the same order; missing ones are returned with ID 0.
func (s *Store) Entities(ctx context.Context, ids []uint64) ([]Entity, error) {
	out := make([]Entity, len(ids))
	err := s.viewGen(ctx.Err, func(txn *readTxn, gen uint64) error {
		for i, id := range ids {
			e, err := s.cachedEntity(txn, gen, id)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			out[i] = *e
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return out, nil
}

func entityExists(txn *badger.Txn, id uint64) error {
	ok, err := exists(txn, idKey(pEntity, id))
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("entity %d: %w", id, ErrNotFound)
	}
	return nil
}

func rankLess(a, b Entity) bool {
	if a.MentionCount != b.MentionCount {
		return a.MentionCount > b.MentionCount
	}
	return a.ID < b.ID
}

// entitiesByRank pages the R index, which is already in (mentions desc, id) order.
func (s *Store) entitiesByRank(rt *readTxn, gen uint64, types []string, hasAfter bool, afterMC, afterID uint64, limit int, out *[]Entity, info *PageInfo) error {
	txn, err := rt.get()
	if err != nil {
		return err
	}
	if len(types) == 0 {
		n, _, err := getU64(txn, counterKey(statEntities))
		if err != nil {
			return err
		}
		info.Total = int(n)
	} else {
		for _, t := range dedupe(types) {
			n, _, err := getU64(txn, counterKey(typeCountName(t)))
			if err != nil {
				return err
			}
			info.Total += int(n)
		}
	}
	var start []byte
	if hasAfter {
		start = rankKey(afterMC, afterID)
	}
	return scan(txn, []byte{pRank}, start, hasAfter, true, func(item *badger.Item) (bool, error) {
		_, id, err := parseRankKey(item.Key())
		if err != nil {
			return false, err
		}
		if len(types) > 0 {
			typ, err := item.ValueCopy(nil)
			if err != nil {
				return false, err
			}
			if !slices.Contains(types, string(typ)) {
				return true, nil
			}
		}
		if len(*out) == limit {
			info.HasNext = true
			return false, nil
		}
		e, err := s.cachedEntity(rt, gen, id)
		if err != nil {
			return false, err
		}
		*out = append(*out, *e)
		return true, nil
	})
}

func dedupe(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return slices.Compact(out)
}

func (s *Store) Document(ctx context.Context, id uint64) (Document, error) {
	var d Document
	err := s.view(ctx, func(txn *badger.Txn) error {
		var err error
		d, err = loadDocument(txn, id)
		return err
	})
	if err != nil {
		return Document{}, fmt.Errorf("store: %w", err)
	}
	return d, nil
}

func loadDocument(txn *badger.Txn, id uint64) (Document, error) {
	var rec docRecord
	if err := getJSON(txn, idKey(pDoc, id), &rec, fmt.Sprintf("document %d", id)); err != nil {
		return Document{}, err
	}
	item, err := txn.Get(idKey(pDocText, id))
	if err != nil {
		return Document{}, fmt.Errorf("document %d text: %w", id, err)
	}
	text, err := item.ValueCopy(nil)
	if err != nil {
		return Document{}, fmt.Errorf("document %d text: %w", id, err)
	}
	rec.Document.Text = string(text)
	rec.Document.TextLoaded = true
	return rec.Document, nil
}

// loadDocumentRecord reads a document without its text, for lists.
func loadDocumentRecord(txn *badger.Txn, id uint64) (Document, error) {
	var rec docRecord
	err := getJSON(txn, idKey(pDoc, id), &rec, fmt.Sprintf("document %d", id))
	return rec.Document, err
}

// DocumentText reads a document's text.
func (s *Store) DocumentText(ctx context.Context, id uint64) (string, error) {
	var text string
	err := s.view(ctx, func(txn *badger.Txn) error {
		item, err := txn.Get(idKey(pDocText, id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("document %d: %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		return item.Value(func(b []byte) error { text = string(b); return nil })
	})
	if err != nil {
		return "", fmt.Errorf("store: document %d text: %w", id, err)
	}
	return text, nil
}

func (s *Store) DocumentByExtID(ctx context.Context, ext string) (Document, error) {
	var d Document
	err := s.view(ctx, func(txn *badger.Txn) error {
		id, ok, err := getU64(txn, extIDKey(ext))
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("document %q: %w", ext, ErrNotFound)
		}
		d, err = loadDocument(txn, id)
		return err
	})
	if err != nil {
		return Document{}, fmt.Errorf("store: %w", err)
	}
	return d, nil
}

// Documents lists documents in ingest (id) order, without their text.
func (s *Store) Documents(ctx context.Context, p Page) ([]Document, PageInfo, error) {
	var start []byte
	if len(p.After) > 0 {
		id, err := parseIDCursor(cDocuments, p.After)
		if err != nil {
			return nil, PageInfo{}, fmt.Errorf("store: documents: %w", err)
		}
		start = idKey(pDoc, id)
	}
	limit := pageLimit(p)
	var out []Document
	var info PageInfo
	err := s.view(ctx, func(txn *badger.Txn) error {
		n, _, err := getU64(txn, counterKey(statDocuments))
		if err != nil {
			return err
		}
		info.Total = int(n)
		return scan(txn, []byte{pDoc}, start, start != nil, false, func(item *badger.Item) (bool, error) {
			id, err := parseIDKey(pDoc, item.Key())
			if err != nil {
				return false, err
			}
			if len(out) == limit {
				info.HasNext = true
				return false, nil
			}
			d, err := loadDocumentRecord(txn, id)
			if err != nil {
				return false, err
			}
			out = append(out, d)
			return true, nil
		})
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: documents: %w", err)
	}
	if len(out) > 0 {
		info.Next = idCursor(cDocuments, out[len(out)-1].ID)
	}
	return out, info, nil
}

// EntityDocuments lists the documents mentioning an entity, in document id
// order, without their text.
func (s *Store) EntityDocuments(ctx context.Context, id uint64, p Page) ([]Document, PageInfo, error) {
	var start []byte
	if len(p.After) > 0 {
		doc, err := parseIDCursor(cEntityDocs, p.After)
		if err != nil {
			return nil, PageInfo{}, fmt.Errorf("store: entity %d documents: %w", id, err)
		}
		start = pairKey(pEntityDoc, id, doc)
	}
	limit := pageLimit(p)
	var out []Document
	var info PageInfo
	err := s.view(ctx, func(txn *badger.Txn) error {
		var e Entity
		if err := getJSON(txn, idKey(pEntity, id), &e, fmt.Sprintf("entity %d", id)); err != nil {
			return err
		}
		info.Total = e.DocCount
		return scan(txn, appendU64([]byte{pEntityDoc}, id), start, start != nil, false, func(item *badger.Item) (bool, error) {
			_, doc, err := parsePairKey(pEntityDoc, item.Key())
			if err != nil {
				return false, err
			}
			if len(out) == limit {
				info.HasNext = true
				return false, nil
			}
			d, err := loadDocumentRecord(txn, doc)
			if err != nil {
				return false, err
			}
			out = append(out, d)
			return true, nil
		})
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: entity %d documents: %w", id, err)
	}
	if len(out) > 0 {
		info.Next = idCursor(cEntityDocs, out[len(out)-1].ID)
	}
	return out, info, nil
}

// DocumentEntities lists the canonical entities a document mentions, in entity id order.
func (s *Store) DocumentEntities(ctx context.Context, doc uint64, p Page) ([]Entity, PageInfo, error) {
	var start []byte
	if len(p.After) > 0 {
		id, err := parseIDCursor(cDocEntities, p.After)
		if err != nil {
			return nil, PageInfo{}, fmt.Errorf("store: document %d entities: %w", doc, err)
		}
		start = pairKey(pDocEntity, doc, id)
	}
	limit := pageLimit(p)
	var out []Entity
	var info PageInfo
	err := s.view(ctx, func(txn *badger.Txn) error {
		ok, err := exists(txn, idKey(pDoc, doc))
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("document %d: %w", doc, ErrNotFound)
		}
		prefix := appendU64([]byte{pDocEntity}, doc)
		if err := scan(txn, prefix, nil, false, false, func(*badger.Item) (bool, error) {
			info.Total++
			return true, nil
		}); err != nil {
			return err
		}
		return scan(txn, prefix, start, start != nil, false, func(item *badger.Item) (bool, error) {
			_, id, err := parsePairKey(pDocEntity, item.Key())
			if err != nil {
				return false, err
			}
			if len(out) == limit {
				info.HasNext = true
				return false, nil
			}
			var e Entity
			if err := getJSON(txn, idKey(pEntity, id), &e, fmt.Sprintf("entity %d", id)); err != nil {
				return false, err
			}
			out = append(out, e)
			return true, nil
		})
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: document %d entities: %w", doc, err)
	}
	if len(out) > 0 {
		info.Next = idCursor(cDocEntities, out[len(out)-1].ID)
	}
	return out, info, nil
}

// Mentions lists the evidence of an entity's mentions, in document order.
func (s *Store) Mentions(ctx context.Context, id uint64, p Page) ([]Evidence, PageInfo, error) {
	var total int
	out, info, err := s.evidencePage(ctx, pMention, cMentions, id, p, func(txn *badger.Txn) error {
		var e Entity
		if err := getJSON(txn, idKey(pEntity, id), &e, fmt.Sprintf("entity %d", id)); err != nil {
			return err
		}
		total = e.MentionCount
		return nil
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: entity %d mentions: %w", id, err)
	}
	info.Total = total
	return out, info, nil
}

// RelationEvidence pages all the evidence of a relation (Relation.Evidence holds
// at most MaxEvidenceLoaded). Total is the number of pieces.
func (s *Store) RelationEvidence(ctx context.Context, id uint64, p Page) ([]Evidence, PageInfo, error) {
	out, info, err := s.evidencePage(ctx, pRelEvid, cEvidence, id, p, func(txn *badger.Txn) error {
		ok, err := exists(txn, idKey(pRelation, id))
		if err == nil && !ok {
			err = fmt.Errorf("relation %d: %w", id, ErrNotFound)
		}
		return err
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: relation %d evidence: %w", id, err)
	}
	return out, info, nil
}

// EventEvidence pages all the evidence of an event (Event.Evidence holds at
// most MaxEvidenceLoaded). Total is the number of pieces.
func (s *Store) EventEvidence(ctx context.Context, id uint64, p Page) ([]Evidence, PageInfo, error) {
	out, info, err := s.evidencePage(ctx, pEventEvid, cEvidence, id, p, func(txn *badger.Txn) error {
		ok, err := exists(txn, idKey(pEvent, id))
		if err == nil && !ok {
			err = fmt.Errorf("event %d: %w", id, ErrNotFound)
		}
		return err
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: event %d evidence: %w", id, err)
	}
	return out, info, nil
}

// evidencePage pages the evidence keys prefix|owner|doc|seq; check runs first
// in the same transaction. Total counts every piece by a key-only scan.
func (s *Store) evidencePage(ctx context.Context, prefix, tag byte, owner uint64, p Page, check func(*badger.Txn) error) ([]Evidence, PageInfo, error) {
	var start []byte
	if len(p.After) > 0 {
		doc, seq, err := parseDocSeqCursor(tag, p.After)
		if err != nil {
			return nil, PageInfo{}, err
		}
		start = evidenceKey(prefix, owner, doc, seq)
	}
	limit := pageLimit(p)
	var out []Evidence
	var info PageInfo
	var lastDoc uint64
	var lastSeq uint32
	err := s.view(ctx, func(txn *badger.Txn) error {
		if err := check(txn); err != nil {
			return err
		}
		scanPrefix := appendU64([]byte{prefix}, owner)
		if err := scan(txn, scanPrefix, nil, false, false, func(*badger.Item) (bool, error) {
			info.Total++
			return true, nil
		}); err != nil {
			return err
		}
		return scan(txn, scanPrefix, start, start != nil, true, func(item *badger.Item) (bool, error) {
			_, doc, seq, err := parseEvidenceKey(prefix, item.Key())
			if err != nil {
				return false, err
			}
			if len(out) == limit {
				info.HasNext = true
				return false, nil
			}
			var ev Evidence
			if err := item.Value(func(b []byte) error { return json.Unmarshal(b, &ev) }); err != nil {
				return false, fmt.Errorf("evidence %x: %w", item.Key(), err)
			}
			out = append(out, ev)
			lastDoc, lastSeq = doc, seq
			return true, nil
		})
	})
	if err != nil {
		return nil, PageInfo{}, err
	}
	if len(out) > 0 {
		info.Next = docSeqCursor(tag, lastDoc, lastSeq)
	}
	return out, info, nil
}

// loadEvidence reads up to MaxEvidenceLoaded pieces under prefix|owner.
func loadEvidence(txn *badger.Txn, prefix byte, owner uint64) ([]Evidence, error) {
	var out []Evidence
	err := scan(txn, appendU64([]byte{prefix}, owner), nil, false, true, func(item *badger.Item) (bool, error) {
		if len(out) == MaxEvidenceLoaded {
			return false, nil
		}
		var ev Evidence
		if err := item.Value(func(b []byte) error { return json.Unmarshal(b, &ev) }); err != nil {
			return false, fmt.Errorf("evidence %x: %w", item.Key(), err)
		}
		out = append(out, ev)
		return true, nil
	})
	return out, err
}

func (s *Store) Event(ctx context.Context, id uint64) (Event, error) {
	var e Event
	err := s.view(ctx, func(txn *badger.Txn) error {
		var err error
		e, err = loadEvent(txn, id)
		return err
	})
	if err != nil {
		return Event{}, fmt.Errorf("store: %w", err)
	}
	return e, nil
}

func loadEvent(txn *badger.Txn, id uint64) (Event, error) {
	var e Event
	if err := getJSON(txn, idKey(pEvent, id), &e, fmt.Sprintf("event %d", id)); err != nil {
		return Event{}, err
	}
	ev, err := loadEvidence(txn, pEventEvid, id)
	if err != nil {
		return Event{}, fmt.Errorf("event %d: %w", id, err)
	}
	e.Evidence = ev
	e.EvidenceLoaded = true
	return e, nil
}

// loadEventRecord reads an event without its evidence, for lists.
func loadEventRecord(txn *badger.Txn, id uint64) (Event, error) {
	var e Event
	err := getJSON(txn, idKey(pEvent, id), &e, fmt.Sprintf("event %d", id))
	return e, err
}

// Events lists events matching f ordered by date then id (unknown dates first).
// Dates compare as strings, so a month-precision date "2014-03" is inside a
// range starting "2014-03" but before one starting "2014-03-01".
func (s *Store) Events(ctx context.Context, f EventFilter, p Page) ([]Event, PageInfo, error) {
	var cursor []byte
	if len(p.After) > 0 {
		date, id, err := parseEventCursor(p.After)
		if err != nil {
			return nil, PageInfo{}, fmt.Errorf("store: events: %w", err)
		}
		cursor = appendDateID(nil, date, id)
	}
	limit := pageLimit(p)
	var out []Event
	var info PageInfo
	var lastDate string
	err := s.view(ctx, func(txn *badger.Txn) error {
		prefix := []byte{pEventTime}
		for _, id := range []uint64{f.EntityID, f.Participant, f.Location} {
			if id != 0 {
				if err := entityExists(txn, id); err != nil {
					return err
				}
			}
		}
		if idx := f.indexEntity(); idx != 0 {
			prefix = appendU64([]byte{pEntityEvt}, idx)
		}
		filtered := len(f.Types) > 0 || f.Since != "" || f.Until != "" || f.indexEntity() != 0
		if filtered {
			n, err := s.countEvents(txn, prefix, f)
			if err != nil {
				return err
			}
			info.Total = n
		} else {
			n, _, err := getU64(txn, counterKey(statEvents))
			if err != nil {
				return err
			}
			info.Total = int(n)
		}
		start := append(slices.Clone(prefix), f.Since...)
		skip := false
		if cursor != nil {
			if c := append(slices.Clone(prefix), cursor...); bytes.Compare(c, start) > 0 {
				start, skip = c, true
			}
		}
		return scan(txn, prefix, start, skip, true, func(item *badger.Item) (bool, error) {
			date, id, match, stop, err := matchEventKey(item, len(prefix), f)
			if err != nil || stop {
				return false, err
			}
			if !match {
				return true, nil
			}
			if f.needsRecord() {
				ok, err := f.matchRecord(txn, id)
				if err != nil || !ok {
					return err == nil, err
				}
			}
			if len(out) == limit {
				info.HasNext = true
				return false, nil
			}
			e, err := loadEventRecord(txn, id)
			if err != nil {
				return false, err
			}
			out = append(out, e)
			lastDate = date
			return true, nil
		})
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: events: %w", err)
	}
	if len(out) > 0 {
		info.Next = eventCursor(lastDate, out[len(out)-1].ID)
	}
	return out, info, nil
}

// indexEntity is the entity whose H keys Events scans, 0 for the Z keys.
func (f EventFilter) indexEntity() uint64 {
	for _, id := range []uint64{f.EntityID, f.Participant, f.Location} {
		if id != 0 {
			return id
		}
	}
	return 0
}

func (f EventFilter) needsRecord() bool { return f.Participant != 0 || f.Location != 0 }

// matchRecord applies the participant and location filters to event id.
func (f EventFilter) matchRecord(txn *badger.Txn, id uint64) (bool, error) {
	var e Event
	if err := getJSON(txn, idKey(pEvent, id), &e, fmt.Sprintf("event %d", id)); err != nil {
		return false, err
	}
	if f.Location != 0 && e.LocationID != f.Location {
		return false, nil
	}
	if f.Participant != 0 && !slices.ContainsFunc(e.Participants, func(p Participant) bool { return p.EntityID == f.Participant }) {
		return false, nil
	}
	return true, nil
}

// matchEventKey parses a Z or H key (date|0|id after prefixLen bytes, type in
// the value) and applies f. stop is true once the date passes f.Until.
func matchEventKey(item *badger.Item, prefixLen int, f EventFilter) (date string, id uint64, match, stop bool, err error) {
	k := item.Key()
	date, id, err = parseDateID(k[0], k[prefixLen:])
	if err != nil {
		return "", 0, false, false, err
	}
	if f.Until != "" && date > f.Until {
		return date, id, false, true, nil
	}
	if f.Since != "" && date < f.Since {
		return date, id, false, false, nil
	}
	if len(f.Types) > 0 {
		var typ []byte
		if typ, err = item.ValueCopy(nil); err != nil {
			return "", 0, false, false, err
		}
		if !slices.Contains(f.Types, string(typ)) {
			return date, id, false, false, nil
		}
	}
	return date, id, true, false, nil
}

func (s *Store) countEvents(txn *badger.Txn, prefix []byte, f EventFilter) (int, error) {
	n := 0
	start := append(slices.Clone(prefix), f.Since...)
	err := scan(txn, prefix, start, false, len(f.Types) > 0, func(item *badger.Item) (bool, error) {
		_, id, match, stop, err := matchEventKey(item, len(prefix), f)
		if err != nil || stop {
			return false, err
		}
		if match && f.needsRecord() {
			if match, err = f.matchRecord(txn, id); err != nil {
				return false, err
			}
		}
		if match {
			n++
		}
		return true, nil
	})
	return n, err
}

func (s *Store) Relation(ctx context.Context, id uint64) (Relation, error) {
	var r Relation
	err := s.view(ctx, func(txn *badger.Txn) error {
		var err error
		r, err = loadRelation(txn, id)
		return err
	})
	if err != nil {
		return Relation{}, fmt.Errorf("store: %w", err)
	}
	return r, nil
}

func loadRelation(txn *badger.Txn, id uint64) (Relation, error) {
	var r Relation
	if err := getJSON(txn, idKey(pRelation, id), &r, fmt.Sprintf("relation %d", id)); err != nil {
		return Relation{}, err
	}
	r.EvidenceLoaded = true
	ev, err := loadEvidence(txn, pRelEvid, id)
	if err != nil {
		return Relation{}, fmt.Errorf("relation %d: %w", id, err)
	}
	r.Evidence = ev
	return r, nil
}

// Quotes lists quotes by a speaker (all quotes when speaker is 0), in id order.
func (s *Store) Quotes(ctx context.Context, speaker uint64, p Page) ([]Quote, PageInfo, error) {
	var after uint64
	if len(p.After) > 0 {
		var err error
		if after, err = parseIDCursor(cQuotes, p.After); err != nil {
			return nil, PageInfo{}, fmt.Errorf("store: quotes: %w", err)
		}
	}
	limit := pageLimit(p)
	var out []Quote
	var info PageInfo
	err := s.view(ctx, func(txn *badger.Txn) error {
		var prefix, start []byte
		if speaker == 0 {
			n, _, err := getU64(txn, counterKey(statQuotes))
			if err != nil {
				return err
			}
			info.Total = int(n)
			prefix = []byte{pQuote}
			if len(p.After) > 0 {
				start = idKey(pQuote, after)
			}
		} else {
			if err := entityExists(txn, speaker); err != nil {
				return err
			}
			prefix = appendU64([]byte{pSpeaker}, speaker)
			if err := scan(txn, prefix, nil, false, false, func(*badger.Item) (bool, error) {
				info.Total++
				return true, nil
			}); err != nil {
				return err
			}
			if len(p.After) > 0 {
				start = pairKey(pSpeaker, speaker, after)
			}
		}
		return scan(txn, prefix, start, start != nil, speaker == 0, func(item *badger.Item) (bool, error) {
			k := item.Key()
			if len(k) != len(prefix)+8 {
				return false, badKey(k[0], k, "want prefix|id")
			}
			id := binary.BigEndian.Uint64(k[len(prefix):])
			if len(out) == limit {
				info.HasNext = true
				return false, nil
			}
			var q Quote
			if err := getJSON(txn, idKey(pQuote, id), &q, fmt.Sprintf("quote %d", id)); err != nil {
				return false, err
			}
			out = append(out, q)
			return true, nil
		})
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: quotes: %w", err)
	}
	if len(out) > 0 {
		info.Next = idCursor(cQuotes, out[len(out)-1].ID)
	}
	return out, info, nil
}

// Quote returns one quote by id.
func (s *Store) Quote(ctx context.Context, id uint64) (Quote, error) {
	return readRecord[Quote](ctx, s, pQuote, id, "quote")
}

// Stats reads the counters ingest maintains; it does not scan.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.view(ctx, func(txn *badger.Txn) error {
		for _, c := range []struct {
			name string
			dst  *int
		}{
			{statDocuments, &st.Documents}, {statEntities, &st.Entities}, {statRelations, &st.Relations},
			{statEvents, &st.Events}, {statQuotes, &st.Quotes}, {statMentions, &st.Mentions},
		} {
			n, _, err := getU64(txn, counterKey(c.name))
			if err != nil {
				return err
			}
			*c.dst = int(n)
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	return st, nil
}

// RelationEvidenceFirst reads the first n pieces of a relation's evidence
// without counting the rest (what a list showing one quote per edge needs).
func (s *Store) RelationEvidenceFirst(ctx context.Context, id uint64, n int) ([]Evidence, error) {
	if n > cachedEvidence {
		return s.evidenceFirst(ctx, pRelEvid, pRelation, "relation", id, n)
	}
	s.cache.mu.RLock()
	raw, ok := s.cache.relEvidence.get(id)
	s.cache.mu.RUnlock()
	if ok {
		return decodeEvidenceList(raw, max(n, 0)), nil
	}
	gen := s.cache.generation()
	ev, err := s.evidenceFirst(ctx, pRelEvid, pRelation, "relation", id, cachedEvidence)
	if err != nil {
		return nil, err
	}
	fill(s.cache, gen, func(c *readCache) *slabMap[byte] { return &c.relEvidence }, id, appendEvidenceList(nil, ev))
	return ev[:min(n, len(ev))], nil
}

// EventEvidenceFirst reads the first n pieces of an event's evidence.
func (s *Store) EventEvidenceFirst(ctx context.Context, id uint64, n int) ([]Evidence, error) {
	return s.evidenceFirst(ctx, pEventEvid, pEvent, "event", id, n)
}

func (s *Store) evidenceFirst(ctx context.Context, prefix, owner byte, what string, id uint64, n int) ([]Evidence, error) {
	n = max(0, min(n, MaxPageSize))
	var out []Evidence
	err := s.view(ctx, func(txn *badger.Txn) error {
		ok, err := exists(txn, idKey(owner, id))
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%s %d: %w", what, id, ErrNotFound)
		}
		if n == 0 {
			return nil
		}
		return scan(txn, appendU64([]byte{prefix}, id), nil, false, true, func(item *badger.Item) (bool, error) {
			var ev Evidence
			if err := item.Value(func(b []byte) error { return json.Unmarshal(b, &ev) }); err != nil {
				return false, fmt.Errorf("evidence %x: %w", item.Key(), err)
			}
			out = append(out, ev)
			return len(out) < n, nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: %s %d evidence: %w", what, id, err)
	}
	return out, nil
}
