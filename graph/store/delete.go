package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"
)

// DeleteResult tells what DeleteDocument removed.
type DeleteResult struct {
	Deleted   bool // false: no such document (deleting twice is harmless)
	Entities  int  // entities left with no mention, removed
	Relations int  // relations left with no evidence, removed
	Events    int  // events left with no evidence, removed
	Quotes    int
}

// DeleteDocument removes a document and every piece of evidence it gave:
// mentions, relation and event evidence, quotes. A fact with no evidence left
// disappears with it (an entity no document mentions any more, a relation or
// event no document supports); facts other documents support stay, with their
// counts, aliases and first/last-seen dates recomputed from what remains.
func (s *Store) DeleteDocument(ctx context.Context, doc uint64) (DeleteResult, error) {
	var res DeleteResult
	err := s.mutation(ctx, fmt.Sprintf("delete document %d", doc), func(txn *badger.Txn, counters map[string]int64) error {
		res = DeleteResult{}
		var rec docRecord
		err := getJSON(txn, idKey(pDoc, doc), &rec, fmt.Sprintf("document %d", doc))
		if err != nil {
			if isNotFound(err) {
				return nil
			}
			return err
		}
		res.Deleted = true
		d := deleter{txn: txn, doc: doc, counters: counters, res: &res, dates: map[uint64]string{}}
		keys, _, err := keysWithPrefix(txn, appendU64([]byte{pDocFact}, doc), false)
		if err != nil {
			return err
		}
		for _, k := range keys {
			_, kind, id, err := parseDocFactKey(k)
			if err != nil {
				return err
			}
			switch kind {
			case KindRelation:
				err = d.relation(id)
			case KindEvent:
				err = d.event(id)
			case KindQuote:
				err = d.quote(id)
			}
			if err != nil {
				return err
			}
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		ents, _, err := keysWithPrefix(txn, appendU64([]byte{pDocEntity}, doc), false)
		if err != nil {
			return err
		}
		for _, k := range ents {
			_, id, err := parsePairKey(pDocEntity, k)
			if err != nil {
				return err
			}
			if err := d.entity(id); err != nil {
				return err
			}
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		item, err := txn.Get(idKey(pDocText, doc))
		if err != nil {
			return fmt.Errorf("document %d text: %w", doc, err)
		}
		text, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		for _, w := range DocumentWords(rec.Title, string(text)) {
			if err := removePosting(txn, pDocWord, w, doc); err != nil {
				return err
			}
		}
		for _, k := range [][]byte{idKey(pDoc, doc), idKey(pDocText, doc), extIDKey(rec.ExtID)} {
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		counters[statDocuments]--
		return nil
	})
	if err != nil {
		return DeleteResult{}, err
	}
	return res, nil
}

type deleter struct {
	txn      *badger.Txn
	doc      uint64
	counters map[string]int64
	res      *DeleteResult
	dates    map[uint64]string // published date per document, memoised
}

func (d *deleter) date(doc uint64) (string, error) {
	if v, ok := d.dates[doc]; ok {
		return v, nil
	}
	var rec docRecord
	if err := getJSON(d.txn, idKey(pDoc, doc), &rec, fmt.Sprintf("document %d", doc)); err != nil {
		return "", err
	}
	d.dates[doc] = rec.Published
	return rec.Published, nil
}

// span recomputes first/last seen from the documents that remain.
func (d *deleter) span(docs []uint64) (first, last string, err error) {
	for _, doc := range docs {
		if doc == d.doc {
			continue
		}
		date, err := d.date(doc)
		if err != nil {
			return "", "", err
		}
		first, last = widen(first, last, date)
	}
	return first, last, nil
}

// dropEvidence deletes this document's evidence under prefix|owner and tells
// how many pieces it removed and which documents still have some.
func (d *deleter) dropEvidence(prefix byte, owner uint64) (removed int, rest []uint64, err error) {
	keys, _, err := keysWithPrefix(d.txn, appendU64(appendU64([]byte{prefix}, owner), d.doc), false)
	if err != nil {
		return 0, nil, err
	}
	for _, k := range keys {
		if err := d.txn.Delete(k); err != nil {
			return 0, nil, err
		}
	}
	docs, err := evidenceDocs(d.txn, prefix, owner)
	if err != nil {
		return 0, nil, err
	}
	return len(keys), slices.DeleteFunc(docs, func(x uint64) bool { return x == d.doc }), nil
}

func (d *deleter) relation(id uint64) error {
	var r Relation
	if err := getJSON(d.txn, idKey(pRelation, id), &r, fmt.Sprintf("relation %d", id)); err != nil {
		if isNotFound(err) {
			return nil
		}
		return err
	}
	removed, rest, err := d.dropEvidence(pRelEvid, id)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		d.res.Relations++
		d.counters[statRelations]--
		for _, k := range [][]byte{idKey(pRelation, id), edgeKey(Out, r.Source, r.Type, r.Target, id), edgeKey(In, r.Target, r.Type, r.Source, id)} {
			if err := d.txn.Delete(k); err != nil {
				return err
			}
		}
		return nil
	}
	r.Count = max(1, r.Count-max(1, removed))
	if r.FirstSeen, r.LastSeen, err = d.span(rest); err != nil {
		return err
	}
	return putJSON(d.txn, idKey(pRelation, id), r)
}

func (d *deleter) event(id uint64) error {
	var e Event
	if err := getJSON(d.txn, idKey(pEvent, id), &e, fmt.Sprintf("event %d", id)); err != nil {
		if isNotFound(err) {
			return nil
		}
		return err
	}
	// The words only this document's evidence gave the event go with it.
	keys, vals, err := keysWithPrefix(d.txn, appendU64([]byte{pEventEvid}, id), true)
	if err != nil {
		return err
	}
	base := wordsOf(e.Type + " " + e.Trigger)
	mine, rest := slices.Clone(base), slices.Clone(base)
	for i, k := range keys {
		_, doc, _, err := parseEvidenceKey(pEventEvid, k)
		if err != nil {
			return err
		}
		var ev Evidence
		if err := json.Unmarshal(vals[i], &ev); err != nil {
			return fmt.Errorf("evidence %x: %w", k, err)
		}
		if doc == d.doc {
			mine = append(mine, wordsOf(ev.Text)...)
		} else {
			rest = append(rest, wordsOf(ev.Text)...)
		}
	}
	_, restDocs, err := d.dropEvidence(pEventEvid, id)
	if err != nil {
		return err
	}
	var words []string
	for _, w := range dedupe(mine) {
		if len(restDocs) == 0 || !slices.Contains(rest, w) {
			words = append(words, w)
		}
	}
	if len(restDocs) > 0 {
		for _, w := range words {
			if err := d.txn.Delete(wordKey(pEventWord, w, id)); err != nil {
				return err
			}
		}
		return nil // other reports remain; the event stands
	}
	d.res.Events++
	d.counters[statEvents]--
	keys = [][]byte{idKey(pEvent, id), eventTimeKey(e.Date, id)}
	for _, p := range e.Participants {
		keys = append(keys, entityEventKey(p.EntityID, e.Date, id))
	}
	if e.LocationID != 0 {
		keys = append(keys, entityEventKey(e.LocationID, e.Date, id))
	}
	for _, w := range words {
		keys = append(keys, wordKey(pEventWord, w, id))
	}
	ident := eventIdentKey(e.Type, e.Date, participantIDs(e.Participants))
	if owner, ok, err := getU64(d.txn, ident); err != nil {
		return err
	} else if ok && owner == id {
		keys = append(keys, ident)
	}
	for _, k := range keys {
		if err := d.txn.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

func (d *deleter) quote(id uint64) error {
	var q Quote
	if err := getJSON(d.txn, idKey(pQuote, id), &q, fmt.Sprintf("quote %d", id)); err != nil {
		if isNotFound(err) {
			return nil
		}
		return err
	}
	d.res.Quotes++
	d.counters[statQuotes]--
	if q.Speaker != 0 {
		if err := d.txn.Delete(pairKey(pSpeaker, q.Speaker, id)); err != nil {
			return err
		}
	}
	return d.txn.Delete(idKey(pQuote, id))
}

func (d *deleter) entity(id uint64) error {
	var e Entity
	if err := getJSON(d.txn, idKey(pEntity, id), &e, fmt.Sprintf("entity %d", id)); err != nil {
		if isNotFound(err) {
			return nil
		}
		return err
	}
	n, _, err := getU64(d.txn, pairKey(pEntityDoc, id, d.doc))
	if err != nil {
		return err
	}
	// The document's recorded resolutions describe links that go with it.
	recs, _, err := keysWithPrefix(d.txn, appendU64(appendU64([]byte{pEntityRes}, id), d.doc), false)
	if err != nil {
		return err
	}
	for _, k := range recs {
		_, _, res, err := parseResolutionKey(k)
		if err != nil {
			return err
		}
		if err := d.txn.Delete(idKey(pResolution, res)); err != nil {
			return err
		}
		if err := d.txn.Delete(k); err != nil {
			return err
		}
	}
	if _, _, err := d.dropEvidence(pMention, id); err != nil {
		return err
	}
	if err := d.txn.Delete(pairKey(pEntityDoc, id, d.doc)); err != nil {
		return err
	}
	d.counters[statMentions] -= int64(n)
	if err := d.txn.Delete(rankKey(uint64(e.MentionCount), id)); err != nil {
		return err
	}
	oldForms := storedForms(&e)
	e.MentionCount = max(0, e.MentionCount-int(n))
	e.DocCount = max(0, e.DocCount-1)
	var log []triOp
	if e.DocCount == 0 {
		d.res.Entities++
		d.counters[statEntities]--
		d.counters[typeCountName(e.Type)]--
		for _, f := range oldForms {
			if err := unindexForm(d.txn, &log, e.Type, f, id, nil); err != nil {
				return err
			}
		}
		if err := d.txn.Delete(nameKey(e.Type, normalize(e.Name), id)); err != nil {
			return err
		}
		if e.KB != "" {
			if owner, ok, err := getU64(d.txn, kbKey(e.KB)); err != nil {
				return err
			} else if ok && owner == id {
				if err := d.txn.Delete(kbKey(e.KB)); err != nil {
					return err
				}
			}
		}
		return d.txn.Delete(idKey(pEntity, id))
	}
	// Aliases: recount the surface texts of the mentions that remain.
	counts := map[string]int{}
	err = scan(d.txn, appendU64([]byte{pMention}, id), nil, false, true, func(item *badger.Item) (bool, error) {
		var ev Evidence
		if err := item.Value(func(b []byte) error { return json.Unmarshal(b, &ev) }); err != nil {
			return false, err
		}
		counts[ev.Text]++
		return true, nil
	})
	if err != nil {
		return err
	}
	var aliases []Alias
	for _, a := range e.Aliases {
		if c := counts[a.Text]; c > 0 || a.Text == e.Name {
			aliases = append(aliases, Alias{Text: a.Text, Count: c})
		}
	}
	slices.SortStableFunc(aliases, func(x, y Alias) int { return y.Count - x.Count })
	e.Aliases = aliases
	newForms := storedForms(&e)
	for _, f := range oldForms {
		if err := unindexForm(d.txn, &log, e.Type, f, id, newForms); err != nil {
			return err
		}
	}
	docKeys, _, err := keysWithPrefix(d.txn, appendU64([]byte{pEntityDoc}, id), false)
	if err != nil {
		return err
	}
	var docs []uint64
	for _, k := range docKeys {
		_, doc, err := parsePairKey(pEntityDoc, k)
		if err != nil {
			return err
		}
		docs = append(docs, doc)
	}
	if e.FirstSeen, e.LastSeen, err = d.span(docs); err != nil {
		return err
	}
	if err := d.txn.Set(rankKey(uint64(e.MentionCount), id), []byte(e.Type)); err != nil {
		return err
	}
	return putJSON(d.txn, idKey(pEntity, id), e)
}

// removePosting takes id out of the posting block of word that holds it: the
// block with the greatest first id not above id (see wordKey).
func removePosting(txn *badger.Txn, prefix byte, word string, id uint64) error {
	p := append(append([]byte{prefix}, word...), 0)
	it := txn.NewIterator(badger.IteratorOptions{Prefix: p, Reverse: true})
	defer it.Close()
	it.Seek(wordKey(prefix, word, id))
	if !it.ValidForPrefix(p) {
		return nil
	}
	item := it.Item()
	k := item.KeyCopy(nil)
	if len(k) != len(p)+8 {
		return badKey(prefix, k, "want prefix|word|0|id")
	}
	v, err := item.ValueCopy(nil)
	if err != nil {
		return err
	}
	ids, err := appendBlock(nil, binary.BigEndian.Uint64(k[len(p):]), v)
	if err != nil {
		return err
	}
	i := slices.Index(ids, id)
	if i < 0 {
		return nil
	}
	ids = slices.Delete(ids, i, i+1)
	if i == 0 {
		if err := txn.Delete(k); err != nil {
			return err
		}
	}
	if len(ids) == 0 {
		return nil
	}
	return txn.Set(wordKey(prefix, word, ids[0]), appendPostings(nil, ids))
}
