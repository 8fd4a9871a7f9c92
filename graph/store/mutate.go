package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// ErrConflict is returned (wrapped) when an edit cannot apply to the graph as
// it now is: splitting a merge whose entities changed since, merging an
// entity with itself.
var ErrConflict = errors.New("store: conflict")

// ErrInvalid is returned (wrapped) for edits with bad arguments (an empty name).
var ErrInvalid = errors.New("store: invalid edit")

// ErrEditTooLarge is returned (wrapped) when an edit touches more than one
// transaction can hold (merging two entities with hundreds of thousands of
// mentions, say); nothing was changed.
var ErrEditTooLarge = errors.New("store: edit too large for one transaction")

// kv is what the index helpers write through: a badger transaction, or an
// undoTxn that remembers what it overwrote.
type kv interface {
	Set(k, v []byte) error
	Delete(k []byte) error
}

var (
	_ kv = (*badger.Txn)(nil)
	_ kv = (*undoTxn)(nil)
)

// undoTxn wraps a transaction and keeps the value each key had before its
// first change, so the whole change can be reverted exactly. Counter keys
// are left out: other writes move them too, so a merge records its counter
// deltas instead (see mergeRecord).
type undoTxn struct {
	txn    *badger.Txn
	before map[string]keyState
	order  []string
}

type keyState struct {
	Key    []byte `json:"k"`
	Value  []byte `json:"v,omitempty"`
	Absent bool   `json:"a,omitempty"`
}

func newUndoTxn(txn *badger.Txn) *undoTxn {
	return &undoTxn{txn: txn, before: map[string]keyState{}}
}

func (u *undoTxn) remember(k []byte) error {
	if _, ok := u.before[string(k)]; ok {
		return nil
	}
	st := keyState{Key: slices.Clone(k)}
	item, err := u.txn.Get(k)
	switch {
	case errors.Is(err, badger.ErrKeyNotFound):
		st.Absent = true
	case err != nil:
		return err
	default:
		if st.Value, err = item.ValueCopy(nil); err != nil {
			return err
		}
	}
	u.before[string(k)] = st
	u.order = append(u.order, string(k))
	return nil
}

func (u *undoTxn) Set(k, v []byte) error {
	if err := u.remember(k); err != nil {
		return err
	}
	return u.txn.Set(k, v)
}

func (u *undoTxn) Delete(k []byte) error {
	if err := u.remember(k); err != nil {
		return err
	}
	return u.txn.Delete(k)
}

// after returns the state each remembered key has now (inside the transaction).
func (u *undoTxn) after() ([]keyState, error) {
	out := make([]keyState, 0, len(u.order))
	for _, k := range u.order {
		st := keyState{Key: []byte(k)}
		item, err := u.txn.Get([]byte(k))
		switch {
		case errors.Is(err, badger.ErrKeyNotFound):
			st.Absent = true
		case err != nil:
			return nil, err
		default:
			v, err := item.ValueCopy(nil)
			if err != nil {
				return nil, err
			}
			h := sha256.Sum256(v)
			st.Value = h[:]
		}
		out = append(out, st)
	}
	return out, nil
}

// Merge is a recorded mergeEntities: what SplitEntity needs to undo it.
type Merge struct {
	ID       uint64
	Into     uint64 // the entity kept
	From     uint64 // the entity absorbed (its id comes back on split)
	FromName string
	At       time.Time
}

// mergeRecord is the value of a Y key.
type mergeRecord struct {
	Merge
	Before   []keyState       `json:"before"`
	After    []keyState       `json:"after"` // value = sha256 of the value
	Counters map[string]int64 `json:"counters"`
}

// mutation runs fn in one write transaction under the writer lock, with
// bounded retries on conflict, then drops the read caches (edits are rare and
// touch many records, so a full reset is simpler than tracking them).
func (s *Store) mutation(ctx context.Context, what string, fn func(txn *badger.Txn, counters map[string]int64) error) error {
	if s.readOnly {
		return fmt.Errorf("store: %s: %w", what, ErrReadOnly)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	for attempt := 0; ; attempt++ {
		err = s.db.Update(func(txn *badger.Txn) error {
			counters := map[string]int64{}
			if err := fn(txn, counters); err != nil {
				return err
			}
			return applyCounters(txn, counters)
		})
		if !errors.Is(err, badger.ErrConflict) || attempt >= maxConflictRetries {
			break
		}
	}
	if errors.Is(err, badger.ErrTxnTooBig) {
		return fmt.Errorf("store: %s: %w", what, ErrEditTooLarge)
	}
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	s.cache.invalidate(invalidation{all: true})
	s.fuzzy.mu.Lock()
	s.fuzzy.built, s.fuzzy.post = false, postings{}
	s.fuzzy.mu.Unlock()
	s.names = nameIndex{}
	return nil
}

func applyCounters(txn *badger.Txn, counters map[string]int64) error {
	for name, delta := range counters {
		if delta == 0 {
			continue
		}
		old, _, err := getU64(txn, counterKey(name))
		if err != nil {
			return err
		}
		if err := txn.Set(counterKey(name), appendU64(nil, uint64(int64(old)+delta))); err != nil {
			return err
		}
	}
	return nil
}

func putJSON(w kv, key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %x: %w", key, err)
	}
	return w.Set(key, b)
}

// keysWithPrefix lists (copies of) the keys and values under prefix.
func keysWithPrefix(txn *badger.Txn, prefix []byte, withValues bool) (keys, values [][]byte, err error) {
	err = scan(txn, prefix, nil, false, withValues, func(item *badger.Item) (bool, error) {
		keys = append(keys, item.KeyCopy(nil))
		if withValues {
			v, err := item.ValueCopy(nil)
			if err != nil {
				return false, err
			}
			values = append(values, v)
		}
		return true, nil
	})
	return keys, values, err
}

// RenameEntity gives an entity a new canonical name. The old name stays an
// alias, so searches for it still find the entity. Renaming to the current
// name changes nothing.
func (s *Store) RenameEntity(ctx context.Context, id uint64, name string) (Entity, error) {
	name = strings.TrimSpace(name)
	n := normalize(name)
	if n == "" || len(name) > 1000 {
		return Entity{}, fmt.Errorf("store: rename entity %d to %q: %w: a name needs letters or digits and at most 1000 bytes", id, name, ErrInvalid)
	}
	var out Entity
	err := s.mutation(ctx, fmt.Sprintf("rename entity %d", id), func(txn *badger.Txn, _ map[string]int64) error {
		var e Entity
		if err := getJSON(txn, idKey(pEntity, id), &e, fmt.Sprintf("entity %d", id)); err != nil {
			return err
		}
		if e.Name == name {
			out = e
			return nil
		}
		var log []triOp
		forms := storedForms(&e)
		if err := txn.Delete(nameKey(e.Type, normalize(e.Name), id)); err != nil {
			return err
		}
		if err := txn.Set(nameKey(e.Type, n, id), nil); err != nil {
			return err
		}
		if !slices.ContainsFunc(e.Aliases, func(a Alias) bool { return a.Text == e.Name }) {
			e.Aliases = append(e.Aliases, Alias{Text: e.Name, Count: 0})
		}
		e.Name = name
		if !slices.Contains(forms, n) {
			if err := indexForm(txn, &log, e.Type, n, id); err != nil {
				return err
			}
		}
		out = e
		return putJSON(txn, idKey(pEntity, id), e)
	})
	if err != nil {
		return Entity{}, err
	}
	return out, nil
}

// Merges lists the merges recorded into an entity, newest first.
func (s *Store) Merges(ctx context.Context, into uint64) ([]Merge, error) {
	var out []Merge
	err := s.view(ctx, func(txn *badger.Txn) error {
		keys, _, err := keysWithPrefix(txn, appendU64([]byte{pMergeInto}, into), false)
		if err != nil {
			return err
		}
		for i := len(keys) - 1; i >= 0; i-- {
			_, mid, err := parsePairKey(pMergeInto, keys[i])
			if err != nil {
				return err
			}
			var rec mergeRecord
			if err := getJSON(txn, idKey(pMerge, mid), &rec, fmt.Sprintf("merge %d", mid)); err != nil {
				return err
			}
			out = append(out, rec.Merge)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: merges into entity %d: %w", into, err)
	}
	return out, nil
}

// MergeEntities folds entity from into entity into: its names, mentions,
// documents, relations (a relation that would join the entity to itself is
// dropped; one that duplicates a relation of into is folded into it), events
// and quotes. The merge is recorded with what it overwrote, so SplitEntity
// can undo it exactly. Repeating a merge that was done returns the same result.
func (s *Store) MergeEntities(ctx context.Context, into, from uint64) (Entity, Merge, error) {
	if into == from {
		return Entity{}, Merge{}, fmt.Errorf("store: merge entity %d into itself: %w", into, ErrConflict)
	}
	var out Entity
	var m Merge
	err := s.mutation(ctx, fmt.Sprintf("merge entity %d into %d", from, into), func(txn *badger.Txn, counters map[string]int64) error {
		// Repeating a merge that already happened (a retried request) returns
		// the recorded merge instead of failing on the absorbed entity.
		if ok, err := exists(txn, idKey(pEntity, from)); err != nil {
			return err
		} else if !ok {
			prev, found, err := findMerge(txn, into, from)
			if err != nil {
				return err
			}
			if !found {
				return fmt.Errorf("entity %d: %w", from, ErrNotFound)
			}
			m = prev
			return getJSON(txn, idKey(pEntity, into), &out, fmt.Sprintf("entity %d", into))
		}
		u := newUndoTxn(txn)
		mg := merger{u: u, txn: txn, counters: counters, into: into, from: from}
		if err := mg.run(); err != nil {
			return err
		}
		mid, err := nextIDTxn(txn, pMerge)
		if err != nil {
			return err
		}
		after, err := u.after()
		if err != nil {
			return err
		}
		before := make([]keyState, 0, len(u.order))
		for _, k := range u.order {
			before = append(before, u.before[k])
		}
		m = Merge{ID: mid, Into: into, From: from, FromName: mg.b.Name, At: time.Now().UTC()}
		rec := mergeRecord{Merge: m, Before: before, After: after, Counters: counters}
		if err := putJSON(txn, idKey(pMerge, mid), rec); err != nil {
			return err
		}
		out = mg.a
		return txn.Set(pairKey(pMergeInto, into, mid), nil)
	})
	if err != nil {
		return Entity{}, Merge{}, err
	}
	return out, m, nil
}

// findMerge looks for a recorded merge of from into into.
func findMerge(txn *badger.Txn, into, from uint64) (Merge, bool, error) {
	keys, _, err := keysWithPrefix(txn, appendU64([]byte{pMergeInto}, into), false)
	if err != nil {
		return Merge{}, false, err
	}
	for i := len(keys) - 1; i >= 0; i-- {
		_, mid, err := parsePairKey(pMergeInto, keys[i])
		if err != nil {
			return Merge{}, false, err
		}
		var rec mergeRecord
		if err := getJSON(txn, idKey(pMerge, mid), &rec, fmt.Sprintf("merge %d", mid)); err != nil {
			return Merge{}, false, err
		}
		if rec.From == from {
			return rec.Merge, true, nil
		}
	}
	return Merge{}, false, nil
}

// nextIDTxn allocates an id from the counter seq:<prefix> inside txn.
func nextIDTxn(txn *badger.Txn, prefix byte) (uint64, error) {
	name := "seq:" + string(rune(prefix))
	v, _, err := getU64(txn, counterKey(name))
	if err != nil {
		return 0, err
	}
	return v + 1, txn.Set(counterKey(name), appendU64(nil, v+1))
}

// SplitEntity undoes a merge: merge names a recorded merge, or is 0 for the
// latest merge into entity into. The graph returns to exactly what it was
// before the merge, which is only possible while nothing the merge wrote has
// changed since (a later document mentioning the merged entity, another
// merge): otherwise ErrConflict. It returns the two entities.
func (s *Store) SplitEntity(ctx context.Context, into, merge uint64) (Entity, Entity, error) {
	var kept, back Entity
	err := s.mutation(ctx, fmt.Sprintf("split entity %d", into), func(txn *badger.Txn, counters map[string]int64) error {
		if merge == 0 {
			keys, _, err := keysWithPrefix(txn, appendU64([]byte{pMergeInto}, into), false)
			if err != nil {
				return err
			}
			if len(keys) == 0 {
				return fmt.Errorf("entity %d has no recorded merge: %w", into, ErrNotFound)
			}
			if _, merge, err = parsePairKey(pMergeInto, keys[len(keys)-1]); err != nil {
				return err
			}
		}
		var rec mergeRecord
		if err := getJSON(txn, idKey(pMerge, merge), &rec, fmt.Sprintf("merge %d", merge)); err != nil {
			return err
		}
		if rec.Into != into {
			return fmt.Errorf("merge %d was into entity %d, not %d: %w", merge, rec.Into, into, ErrConflict)
		}
		for _, st := range rec.After {
			item, err := txn.Get(st.Key)
			switch {
			case errors.Is(err, badger.ErrKeyNotFound):
				if !st.Absent {
					return fmt.Errorf("merge %d: key %x changed since the merge: %w", merge, st.Key, ErrConflict)
				}
				continue
			case err != nil:
				return err
			}
			v, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			h := sha256.Sum256(v)
			if st.Absent || !bytes.Equal(h[:], st.Value) {
				return fmt.Errorf("merge %d: key %x changed since the merge: %w", merge, st.Key, ErrConflict)
			}
		}
		for _, st := range rec.Before {
			var err error
			if st.Absent {
				err = txn.Delete(st.Key)
			} else {
				err = txn.Set(st.Key, st.Value)
			}
			if err != nil {
				return err
			}
		}
		for name, d := range rec.Counters {
			counters[name] -= d
		}
		if err := txn.Delete(idKey(pMerge, merge)); err != nil {
			return err
		}
		if err := txn.Delete(pairKey(pMergeInto, into, merge)); err != nil {
			return err
		}
		if err := getJSON(txn, idKey(pEntity, into), &kept, fmt.Sprintf("entity %d", into)); err != nil {
			return err
		}
		return getJSON(txn, idKey(pEntity, rec.From), &back, fmt.Sprintf("entity %d", rec.From))
	})
	if err != nil {
		return Entity{}, Entity{}, err
	}
	return kept, back, nil
}

// merger holds one merge's state: a absorbs b.
type merger struct {
	u        *undoTxn
	txn      *badger.Txn
	counters map[string]int64
	into     uint64
	from     uint64
	a, b     Entity
	log      []triOp
}

func (m *merger) run() error {
	if err := getJSON(m.txn, idKey(pEntity, m.into), &m.a, fmt.Sprintf("entity %d", m.into)); err != nil {
		return err
	}
	if err := getJSON(m.txn, idKey(pEntity, m.from), &m.b, fmt.Sprintf("entity %d", m.from)); err != nil {
		return err
	}
	a, b := &m.a, &m.b
	aForms := storedForms(a)
	bForms := storedForms(b)
	origA := *a

	// Names and indexes: b's keys go, a gains b's forms.
	if err := m.u.Delete(nameKey(b.Type, normalize(b.Name), b.ID)); err != nil {
		return err
	}
	for _, f := range bForms {
		if err := unindexForm(m.u, &m.log, b.Type, f, b.ID, nil); err != nil {
			return err
		}
	}
	for _, al := range b.Aliases {
		if i := slices.IndexFunc(a.Aliases, func(x Alias) bool { return x.Text == al.Text }); i >= 0 {
			a.Aliases[i].Count += al.Count
		} else {
			a.Aliases = append(a.Aliases, al)
		}
	}
	if !slices.ContainsFunc(a.Aliases, func(x Alias) bool { return x.Text == b.Name }) {
		a.Aliases = append(a.Aliases, Alias{Text: b.Name})
	}
	slices.SortStableFunc(a.Aliases, func(x, y Alias) int { return y.Count - x.Count })
	for _, f := range storedForms(a) {
		if !slices.Contains(aForms, f) {
			if err := indexForm(m.u, &m.log, a.Type, f, a.ID); err != nil {
				return err
			}
		}
	}
	if b.KB != "" {
		if a.KB == "" {
			a.KB = b.KB
		}
		if err := m.u.Set(kbKey(b.KB), appendU64(nil, a.ID)); err != nil {
			return err
		}
	}
	if a.Subtype == "" {
		a.Subtype = b.Subtype
	}
	for _, r := range b.Roles {
		i := slices.IndexFunc(a.Roles, func(x Role) bool {
			return normalize(x.Title) == normalize(r.Title) && x.OrgID == r.OrgID && normalize(x.Org) == normalize(r.Org)
		})
		if i < 0 {
			a.Roles = append(a.Roles, r)
			continue
		}
		a.Roles[i].Count += r.Count
		a.Roles[i].FirstSeen, a.Roles[i].LastSeen = widen(a.Roles[i].FirstSeen, a.Roles[i].LastSeen, r.FirstSeen)
		a.Roles[i].FirstSeen, a.Roles[i].LastSeen = widen(a.Roles[i].FirstSeen, a.Roles[i].LastSeen, r.LastSeen)
	}
	a.MentionCount += b.MentionCount
	a.FirstSeen, a.LastSeen = widen(a.FirstSeen, a.LastSeen, b.FirstSeen)
	a.FirstSeen, a.LastSeen = widen(a.FirstSeen, a.LastSeen, b.LastSeen)

	if err := m.documents(); err != nil {
		return err
	}
	if err := m.relations(); err != nil {
		return err
	}
	if err := m.events(); err != nil {
		return err
	}
	if err := m.quotes(); err != nil {
		return err
	}
	// Other entities' roles pointing at b now point at a: only those of a
	// and b are rewritten (a full scan of every entity would make merges
	// cost the whole store); others resolve b's id to nothing and show the
	// role's display name.
	for i := range a.Roles {
		if a.Roles[i].OrgID == b.ID {
			a.Roles[i].OrgID = a.ID
		}
	}
	if err := m.u.Delete(rankKey(uint64(origA.MentionCount), a.ID)); err != nil {
		return err
	}
	if err := m.u.Delete(rankKey(uint64(b.MentionCount), b.ID)); err != nil {
		return err
	}
	if err := m.u.Set(rankKey(uint64(a.MentionCount), a.ID), []byte(a.Type)); err != nil {
		return err
	}
	if err := m.u.Delete(idKey(pEntity, b.ID)); err != nil {
		return err
	}
	m.counters[statEntities]--
	m.counters[typeCountName(b.Type)]--
	return putJSON(m.u, idKey(pEntity, a.ID), *a)
}

// documents moves b's document links and mentions to a.
func (m *merger) documents() error {
	keys, vals, err := keysWithPrefix(m.txn, appendU64([]byte{pEntityDoc}, m.from), true)
	if err != nil {
		return err
	}
	docs := 0
	for i, k := range keys {
		_, doc, err := parsePairKey(pEntityDoc, k)
		if err != nil {
			return err
		}
		if len(vals[i]) != 8 {
			return badKey(pEntityDoc, k, "value not 8 bytes")
		}
		n := binary.BigEndian.Uint64(vals[i])
		aKey := pairKey(pEntityDoc, m.into, doc)
		have, ok, err := getU64(m.txn, aKey)
		if err != nil {
			return err
		}
		if !ok {
			docs++
		}
		if err := m.u.Set(aKey, appendU64(nil, have+n)); err != nil {
			return err
		}
		if err := m.u.Delete(k); err != nil {
			return err
		}
		if err := m.u.Delete(pairKey(pDocEntity, doc, m.from)); err != nil {
			return err
		}
		if err := m.u.Set(pairKey(pDocEntity, doc, m.into), nil); err != nil {
			return err
		}
		if err := m.moveEvidence(pMention, m.from, m.into, doc); err != nil {
			return err
		}
		if err := m.resolutions(doc); err != nil {
			return err
		}
	}
	m.a.DocCount += docs
	return nil
}

// moveEvidence moves the evidence keys prefix|from|doc|* to prefix|to|doc|*,
// numbering them after the pieces `to` already has in that document.
func (m *merger) moveEvidence(prefix byte, from, to, doc uint64) error {
	have, _, err := keysWithPrefix(m.txn, appendU64(appendU64([]byte{prefix}, to), doc), false)
	if err != nil {
		return err
	}
	var next uint32
	for _, k := range have {
		_, _, seq, err := parseEvidenceKey(prefix, k)
		if err != nil {
			return err
		}
		next = max(next, seq+1)
	}
	keys, vals, err := keysWithPrefix(m.txn, appendU64(appendU64([]byte{prefix}, from), doc), true)
	if err != nil {
		return err
	}
	for i, k := range keys {
		if err := m.u.Set(evidenceKey(prefix, to, doc, next), vals[i]); err != nil {
			return err
		}
		next++
		if err := m.u.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// resolutions re-files b's recorded resolutions in doc under a: the links
// they describe now lead to a.
func (m *merger) resolutions(doc uint64) error {
	recs, err := resolutionsUnder(m.txn, appendU64(appendU64([]byte{pEntityRes}, m.from), doc))
	if err != nil {
		return err
	}
	for _, r := range recs {
		if r.Entity == m.from {
			r.Entity = m.into
		}
		if r.SeparatedInto == m.from {
			r.SeparatedInto = m.into
		}
		if err := putJSON(m.u, idKey(pResolution, r.ID), r); err != nil {
			return err
		}
		if err := m.u.Delete(resolutionKey(m.from, doc, r.ID)); err != nil {
			return err
		}
		if err := m.u.Set(resolutionKey(m.into, doc, r.ID), nil); err != nil {
			return err
		}
	}
	return nil
}

// evidenceDocs lists the documents with evidence under prefix|owner.
func evidenceDocs(txn *badger.Txn, prefix byte, owner uint64) ([]uint64, error) {
	keys, _, err := keysWithPrefix(txn, appendU64([]byte{prefix}, owner), false)
	if err != nil {
		return nil, err
	}
	var docs []uint64
	for _, k := range keys {
		_, doc, _, err := parseEvidenceKey(prefix, k)
		if err != nil {
			return nil, err
		}
		if len(docs) == 0 || docs[len(docs)-1] != doc {
			docs = append(docs, doc)
		}
	}
	return docs, nil
}

// relations re-files b's edges under a.
func (m *merger) relations() error {
	for _, dir := range []Direction{Out, In} {
		keys, _, err := keysWithPrefix(m.txn, edgeScanPrefix(dir, m.from, ""), false)
		if err != nil {
			return err
		}
		for _, k := range keys {
			e, err := parseEdgeKey(k)
			if err != nil {
				return err
			}
			if err := m.relation(e); err != nil {
				return err
			}
		}
	}
	return nil
}

func (m *merger) relation(e edge) error {
	var r Relation
	if err := getJSON(m.txn, idKey(pRelation, e.rel), &r, fmt.Sprintf("relation %d", e.rel)); err != nil {
		return err
	}
	// The keys of the edge as it is: b's end and the other end.
	mine := edgeKey(e.dir, m.from, e.typ, e.to, e.rel)
	opp := In
	if e.dir == In {
		opp = Out
	}
	theirs := edgeKey(opp, e.to, e.typ, m.from, e.rel)
	if err := m.u.Delete(mine); err != nil {
		return err
	}
	if err := m.u.Delete(theirs); err != nil {
		return err
	}
	docs, err := evidenceDocs(m.txn, pRelEvid, e.rel)
	if err != nil {
		return err
	}
	if e.to == m.into {
		// a relation between a and b would join the entity to itself.
		if err := m.dropFacts(KindRelation, e.rel); err != nil {
			return err
		}
		for _, doc := range docs {
			if err := m.deleteEvidence(pRelEvid, e.rel, doc); err != nil {
				return err
			}
		}
		m.counters[statRelations]--
		return m.u.Delete(idKey(pRelation, e.rel))
	}
	// Does a already have this relation with the other end?
	src, dst := m.into, e.to
	if e.dir == In {
		src, dst = e.to, m.into
	}
	var twin uint64
	err = scan(m.txn, edgeScanPrefix(Out, src, e.typ), nil, false, false, func(item *badger.Item) (bool, error) {
		x, err := parseEdgeKey(item.Key())
		if err != nil {
			return false, err
		}
		if x.to == dst && x.rel != e.rel {
			twin = x.rel
			return false, nil
		}
		return true, nil
	})
	if err != nil {
		return err
	}
	if twin == 0 {
		if r.Source == m.from {
			r.Source = m.into
		}
		if r.Target == m.from {
			r.Target = m.into
		}
		if err := m.u.Set(edgeKey(Out, src, e.typ, dst, e.rel), nil); err != nil {
			return err
		}
		if err := m.u.Set(edgeKey(In, dst, e.typ, src, e.rel), nil); err != nil {
			return err
		}
		return putJSON(m.u, idKey(pRelation, e.rel), r)
	}
	var t Relation
	if err := getJSON(m.txn, idKey(pRelation, twin), &t, fmt.Sprintf("relation %d", twin)); err != nil {
		return err
	}
	t.Count += r.Count
	t.Confidence = max(t.Confidence, r.Confidence)
	t.FirstSeen, t.LastSeen = widen(t.FirstSeen, t.LastSeen, r.FirstSeen)
	t.FirstSeen, t.LastSeen = widen(t.FirstSeen, t.LastSeen, r.LastSeen)
	for _, doc := range docs {
		if err := m.moveEvidence(pRelEvid, e.rel, twin, doc); err != nil {
			return err
		}
		if err := m.u.Delete(docFactKey(doc, KindRelation, e.rel)); err != nil {
			return err
		}
		if err := m.u.Set(docFactKey(doc, KindRelation, twin), nil); err != nil {
			return err
		}
	}
	m.counters[statRelations]--
	if err := m.u.Delete(idKey(pRelation, e.rel)); err != nil {
		return err
	}
	return putJSON(m.u, idKey(pRelation, twin), t)
}

func (m *merger) deleteEvidence(prefix byte, owner, doc uint64) error {
	keys, _, err := keysWithPrefix(m.txn, appendU64(appendU64([]byte{prefix}, owner), doc), false)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if err := m.u.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// dropFacts deletes the F keys of a fact in every document.
func (m *merger) dropFacts(k Kind, id uint64) error {
	prefix := byte(pRelEvid)
	if k == KindEvent {
		prefix = pEventEvid
	}
	docs, err := evidenceDocs(m.txn, prefix, id)
	if err != nil {
		return err
	}
	for _, doc := range docs {
		if err := m.u.Delete(docFactKey(doc, k, id)); err != nil {
			return err
		}
	}
	return nil
}

// events makes a take b's place in b's events.
func (m *merger) events() error {
	keys, vals, err := keysWithPrefix(m.txn, appendU64([]byte{pEntityEvt}, m.from), true)
	if err != nil {
		return err
	}
	for i, k := range keys {
		_, date, id, err := parseEntityEventKey(k)
		if err != nil {
			return err
		}
		var ev Event
		if err := getJSON(m.txn, idKey(pEvent, id), &ev, fmt.Sprintf("event %d", id)); err != nil {
			return err
		}
		oldIdent := eventIdentKey(ev.Type, date, participantIDs(ev.Participants))
		hasA := slices.ContainsFunc(ev.Participants, func(p Participant) bool { return p.EntityID == m.into })
		var parts []Participant
		for _, p := range ev.Participants {
			if p.EntityID == m.from {
				if hasA {
					continue
				}
				p.EntityID = m.into
			}
			parts = append(parts, p)
		}
		ev.Participants = parts
		if ev.LocationID == m.from {
			ev.LocationID = m.into
		}
		if err := m.u.Delete(k); err != nil {
			return err
		}
		if err := m.u.Set(entityEventKey(m.into, date, id), vals[i]); err != nil {
			return err
		}
		if date != "" && len(parts) > 0 {
			if owner, ok, err := getU64(m.txn, oldIdent); err != nil {
				return err
			} else if ok && owner == id {
				if err := m.u.Delete(oldIdent); err != nil {
					return err
				}
				newIdent := eventIdentKey(ev.Type, date, participantIDs(parts))
				if _, taken, err := getU64(m.txn, newIdent); err != nil {
					return err
				} else if !taken {
					if err := m.u.Set(newIdent, appendU64(nil, id)); err != nil {
						return err
					}
				}
			}
		}
		if err := putJSON(m.u, idKey(pEvent, id), ev); err != nil {
			return err
		}
	}
	return nil
}

func participantIDs(ps []Participant) []uint64 {
	ids := make([]uint64, 0, len(ps))
	for _, p := range ps {
		ids = append(ids, p.EntityID)
	}
	slices.Sort(ids)
	return ids
}

// quotes gives b's quotes to a.
func (m *merger) quotes() error {
	keys, _, err := keysWithPrefix(m.txn, appendU64([]byte{pSpeaker}, m.from), false)
	if err != nil {
		return err
	}
	for _, k := range keys {
		_, id, err := parsePairKey(pSpeaker, k)
		if err != nil {
			return err
		}
		var q Quote
		if err := getJSON(m.txn, idKey(pQuote, id), &q, fmt.Sprintf("quote %d", id)); err != nil {
			return err
		}
		q.Speaker = m.into
		if err := m.u.Delete(k); err != nil {
			return err
		}
		if err := m.u.Set(pairKey(pSpeaker, m.into, id), nil); err != nil {
			return err
		}
		if err := putJSON(m.u, idKey(pQuote, id), q); err != nil {
			return err
		}
	}
	return nil
}

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

// Dump writes every stored key and value, one "key value" line of hex each
// in key order, leaving out the id sequences (ids are never reused, so they
// only grow) and Watch's transient markers. Two dumps are equal exactly when
// the stores hold the same graph with the same ids: tests compare dumps to
// show that an edit and its undo leave nothing behind.
func (s *Store) Dump(ctx context.Context, w io.Writer) error {
	seq := counterKey("seq:")
	return s.view(ctx, func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			k := item.Key()
			if bytes.HasPrefix(k, seq) || bytes.HasPrefix(k, watchMarkerPrefix()) || bytes.HasPrefix(k, []byte("!badger!")) {
				continue
			}
			v, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			if _, err := fmt.Fprintf(w, "%x %x\n", k, v); err != nil {
				return err
			}
		}
		return nil
	})
}

// Merge returns one recorded merge.
func (s *Store) Merge(ctx context.Context, id uint64) (Merge, error) {
	rec, err := readRecord[mergeRecord](ctx, s, pMerge, id, "merge")
	return rec.Merge, err
}
