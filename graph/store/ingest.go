package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/extract"
)

// ErrReadOnly is returned by writes to a store opened with Options.ReadOnly.
var ErrReadOnly = errors.New("store: opened read-only")

// ErrTextChanged is returned (wrapped, naming the ExtID) when a document id is
// already stored with a different text; replacing documents is not supported yet.
var ErrTextChanged = errors.New("already stored with different text")

// Stats counter names; each is a counterKey.
const (
	statDocuments = "n:documents"
	statEntities  = "n:entities"
	statRelations = "n:relations"
	statEvents    = "n:events"
	statQuotes    = "n:quotes"
	statMentions  = "n:mentions"
)

func seqName(k Kind) string         { return "seq:" + string(rune(k)) }
func typeCountName(t string) string { return "t:" + t }

// docRecord is the value of a D key: the document without its text (kept under
// T so listing documents does not drag megabytes through the LSM tree) plus the
// text's hash that the idempotency check compares.
type docRecord struct {
	Document
	TextSHA256 string `json:"text_sha256"`
}

// maxConflictRetries bounds retries of a batch's transaction on
// badger.ErrConflict. Writers are serialized, so a conflict means something
// outside this Store wrote; retrying a few times is enough.
const maxConflictRetries = 3

// errDocFailed stops a batch transaction when one of its documents failed;
// the document's own error is kept by ingestBatch.
var errDocFailed = errors.New("store: a document of the batch failed")

// Ingest writes analysed documents in one batch, resolving each document's local
// entities to canonical ones. A document already stored with the same ExtID and
// text is skipped (Skipped=true), so ingest is idempotent. A failed document does
// not stop the others; its error is returned in errs at the same index.
//
// res and errs always have len(docs) elements. The batch is written in as
// few transactions as badger's limits allow (one per few hundred documents
// of news; see writer.full), each of whole documents, so a crash keeps every
// document of a transaction or none; a failing document is left out and the
// others are written again without it, so it leaves nothing behind. Each
// document sees what the ones before it wrote, exactly as if each had its own
// transaction: the result does not depend on how documents are batched.
func (s *Store) Ingest(ctx context.Context, docs []IngestDoc) (res []IngestResult, errs []error) {
	res = make([]IngestResult, len(docs))
	errs = make([]error, len(docs))
	s.mu.Lock()
	defer s.mu.Unlock()
	var todo []int
	for i := range docs {
		ext := ExtIDFor(docs[i].Doc)
		res[i].ExtID = ext
		switch {
		case s.readOnly:
			errs[i] = fmt.Errorf("store: ingest %q: %w", ext, ErrReadOnly)
		case checkShort("document id", ext) != nil:
			errs[i] = fmt.Errorf("store: ingest: %w", checkShort("document id", ext))
		default:
			todo = append(todo, i)
		}
	}
	s.ingestBatch(ctx, docs, todo, res, errs)
	return res, errs
}

// ingestBatch writes docs[i] for i in todo, filling res and errs: in one
// transaction while it stays well inside badger's limits, then in the next.
// A document that fails is dropped and the rest written again; a
// transaction badger still finds too big is written in halves.
func (s *Store) ingestBatch(ctx context.Context, docs []IngestDoc, todo []int, res []IngestResult, errs []error) {
	for attempt := 0; len(todo) > 0; {
		var w *writer
		failed, failErr := -1, error(nil)
		var cancelled, rest []int
		err := s.db.Update(func(txn *badger.Txn) error {
			if err := s.ensureNames(txn); err != nil {
				return err
			}
			w = newWriter(s, txn)
			w.logTri = s.fuzzy.isBuilt()
			for n, i := range todo {
				if err := ctx.Err(); err != nil {
					cancelled = todo[n:]
					break
				}
				if n > 0 && w.full(s.db.MaxBatchCount(), s.db.MaxBatchSize()) {
					rest = todo[n:]
					break
				}
				r, err := w.stored(res[i].ExtID, docs[i])
				if err != nil {
					// Nothing of it was written: the batch goes on.
					errs[i] = fmt.Errorf("store: ingest %q: %w", res[i].ExtID, err)
					continue
				}
				if !r.Skipped {
					if r, err = w.ingest(res[i].ExtID, docs[i]); err != nil {
						failed, failErr = i, err
						return errDocFailed
					}
				}
				res[i] = r
			}
			return w.commit()
		})
		switch {
		case err == nil:
			s.cache.invalidate(w.invalidation())
			s.fuzzy.apply(w.triOps)
			s.applyNames(w.pend)
			for _, i := range cancelled {
				res[i] = IngestResult{ExtID: res[i].ExtID}
				errs[i] = fmt.Errorf("store: ingest %q: %w", res[i].ExtID, ctx.Err())
			}
			// The documents that did not fit go into the next transaction.
			todo, attempt = rest, 0
			continue
		case failed >= 0:
			errs[failed] = fmt.Errorf("store: ingest %q: %w", res[failed].ExtID, failErr)
			todo = slices.DeleteFunc(slices.Clone(todo), func(i int) bool { return i == failed })
			for _, i := range todo {
				res[i] = IngestResult{ExtID: res[i].ExtID}
			}
			continue
		case errors.Is(err, badger.ErrTxnTooBig) && len(todo) > 1:
			half := len(todo) / 2
			s.ingestBatch(ctx, docs, todo[:half], res, errs)
			s.ingestBatch(ctx, docs, todo[half:], res, errs)
			return
		case errors.Is(err, badger.ErrConflict) && attempt < maxConflictRetries:
			attempt++
			continue
		}
		for _, i := range todo {
			res[i] = IngestResult{ExtID: res[i].ExtID}
			errs[i] = fmt.Errorf("store: ingest %q: %w", res[i].ExtID, err)
		}
		return
	}
}

// ExtIDFor returns the ExtID the store files a document under: the caller's id,
// or "sha256:<hex>" of the text when none was given.
func ExtIDFor(d Document) string {
	if d.ExtID != "" {
		return d.ExtID
	}
	return "sha256:" + textHash(d.Text)
}

// DocumentWords lists the distinct words a document is found by in
// SearchDocuments (see IngestDoc.Words).
func DocumentWords(title, text string) []string {
	// dedupe without its copy: the words are this call's own.
	ws := wordsOf(title + " " + text)
	slices.Sort(ws)
	return slices.Compact(ws)
}

func textHash(t string) string {
	h := sha256.Sum256([]byte(t))
	return hex.EncodeToString(h[:])
}

// writer holds one batch's transaction and what it has loaded or changed, so
// records touched by several documents are decoded and encoded once.
//
// Nothing is written to the badger transaction before commit: badger sorts a
// transaction's pending writes every time it opens an iterator, and entity
// resolution opens several per entity, so with a batch's writes pending every
// scan would sort thousands of keys. Keys ingest reads back (ext ids, names,
// aliases, kb keys, edges, event identities, documents) wait in pend, where
// get and scanKeys see them; the rest waits in later.
type writer struct {
	s        *Store
	txn      *badger.Txn
	docID    uint64
	date     string            // the document's Published date, for first/last seen
	counters map[string]int64  // deltas to counter keys, applied by commit
	base     map[string]uint64 // id counters as stored before this transaction
	entities map[uint64]*entityState
	rels     map[uint64]*Relation
	events   map[uint64]*Event
	evSeq    map[evOwner]uint32 // next evidence seq per evidence-key owner, per document
	order    []uint64           // entities the document touches, in first-touched order
	dirty    []uint64           // entities the batch changed, in first-touched order
	triOps   []triOp            // trigram keys written, for the in-memory fuzzy index
	later    [][2][]byte        // keys nothing in ingest reads back, set by commit
	// docWords maps a word to the documents of the batch that have it, one J
	// block each. The slice is held by pointer so that adding a document to
	// a word already seen, which is most of a document's words, takes one
	// map lookup and no map write.
	docWords map[string]*[]uint64
	pend     map[string]pendingWrite
	// count and size estimate the transaction the way badger sizes it (see
	// full); later[:laterSeen] is counted in them.
	count, size int64
	laterSeen   int
	// pendScan files the pending N, A and O keys under the prefix owners and
	// addRelation look up, so a lookup needs no walk over pend.
	pendScan map[string][]string
	// sharedSurnames holds the surnames the document gives two or more
	// different full person names (see Entity.Ambiguous).
	sharedSurnames map[string]bool
	// separated lists the entities this document was unlinked from
	// (UnlinkDocument): resolution never links the document to them again.
	separated map[uint64]bool
	// logTri tells whether the fuzzy index is built, so that triOps reach
	// it. Building or dropping the index takes the writer lock, which the
	// writer holds, so the answer holds for the whole batch; when it is not
	// built (a bulk ingest that nothing searches) applying triOps would
	// drop them, and computing them is a good part of what a new alias
	// costs.
	logTri bool
}

type pendingWrite struct {
	key []byte // the map key's bytes, so commit need not copy it back
	val []byte
	del bool
}

// evOwner is the owner part of an evidence key (family and id).
type evOwner struct {
	prefix byte
	id     uint64
}

type entityState struct {
	e           Entity
	existed     bool            // stored before this batch
	createdBy   uint64          // the document of the batch that created it
	origMention uint64          // mentions as stored before this batch (its rank key)
	forms       map[string]bool // normalised aliases already indexed
	docMentions uint64          // mentions in this document
	touched     bool            // this document counted in DocCount
	dirty       bool            // listed in writer.dirty
}

// before tells whether the entity was stored before the current document.
func (st *entityState) before(doc uint64) bool { return st.existed || st.createdBy != doc }

func newWriter(s *Store, txn *badger.Txn) *writer {
	return &writer{
		s: s, txn: txn,
		counters: map[string]int64{},
		base:     map[string]uint64{},
		entities: map[uint64]*entityState{},
		rels:     map[uint64]*Relation{},
		events:   map[uint64]*Event{},
		pend:     map[string]pendingWrite{},
		pendScan: map[string][]string{},
		docWords: map[string]*[]uint64{},
		evSeq:    map[evOwner]uint32{},
	}
}

// scanPrefixOf is the prefix under which pendScan files a key, or "" for
// keys no ingest scan looks for.
func scanPrefixOf(k []byte) string {
	switch {
	case len(k) > 8 && (k[0] == pName || k[0] == pAlias):
		return string(k[:len(k)-8])
	case len(k) > 16 && k[0] == pOut:
		return string(k[:len(k)-16])
	}
	return ""
}

func (w *writer) put(k []byte, v []byte, del bool) {
	ks := string(k)
	if _, ok := w.pend[ks]; !ok {
		if p := scanPrefixOf(k); p != "" {
			w.pendScan[p] = append(w.pendScan[p], ks)
		}
		w.count++
		w.size += int64(len(k)) + entryOverhead
	}
	w.size += int64(len(v))
	w.pend[ks] = pendingWrite{key: k, val: v, del: del}
}

// set and del write a key that ingest may read back later in the batch.
func (w *writer) set(k, v []byte) { w.put(k, v, false) }
func (w *writer) del(k []byte)    { w.put(k, nil, true) }

// get reads a key as the batch has left it.
func (w *writer) get(k []byte) ([]byte, bool, error) {
	if p, ok := w.pend[string(k)]; ok {
		return p.val, !p.del, nil
	}
	item, err := w.txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	v, err := item.ValueCopy(nil)
	return v, err == nil, err
}

func (w *writer) getU64(k []byte) (uint64, bool, error) {
	v, ok, err := w.get(k)
	if err != nil || !ok {
		return 0, false, err
	}
	if len(v) != 8 {
		return 0, false, fmt.Errorf("store: key %x: value has %d bytes, want 8", k, len(v))
	}
	return binary.BigEndian.Uint64(v), true, nil
}

func (w *writer) getJSON(k []byte, v any, what string) error {
	b, ok, err := w.get(k)
	switch {
	case err != nil:
		return fmt.Errorf("%s: %w", what, err)
	case !ok:
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: decode: %w", what, err)
	}
	return nil
}

// scanKeys lists, in key order, the keys with prefix as the batch has left
// them. prefix must be one scanPrefixOf files pending keys under; it serves
// the O keys, which are too many to mirror in memory like names.
func (w *writer) scanKeys(prefix []byte) ([][]byte, error) {
	var keys [][]byte
	err := scan(w.txn, prefix, nil, false, false, func(item *badger.Item) (bool, error) {
		if p, ok := w.pend[string(item.Key())]; ok && p.del {
			return true, nil
		}
		keys = append(keys, item.KeyCopy(nil))
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	pending := w.pendScan[string(prefix)]
	if len(pending) == 0 {
		return keys, nil
	}
	for _, k := range pending {
		if !w.pend[k].del && !slices.ContainsFunc(keys, func(c []byte) bool { return string(c) == k }) {
			keys = append(keys, []byte(k))
		}
	}
	slices.SortFunc(keys, bytes.Compare)
	return keys, nil
}

// stored checks whether the document is already stored, before anything of
// it is written: a document stored with the same text is skipped
// (res.Skipped), one stored with another text fails with ErrTextChanged, and
// neither leaves anything in the batch to undo.
func (w *writer) stored(ext string, d IngestDoc) (IngestResult, error) {
	res := IngestResult{ExtID: ext}
	id, ok, err := w.getU64(extIDKey(ext))
	if err != nil || !ok {
		return res, err
	}
	var rec docRecord
	if err := w.getJSON(idKey(pDoc, id), &rec, fmt.Sprintf("document %d", id)); err != nil {
		return res, err
	}
	if rec.TextSHA256 != textHash(d.Doc.Text) {
		return res, fmt.Errorf("document %q: %w", ext, ErrTextChanged)
	}
	res.DocID, res.Skipped = id, true
	return res, nil
}

// ingest writes a document that stored found not stored yet.
func (w *writer) ingest(ext string, d IngestDoc) (IngestResult, error) {
	res := IngestResult{ExtID: ext}
	hash := textHash(d.Doc.Text)
	a := d.Analysis
	if a == nil {
		a = &extract.Analysis{}
	}
	// Per-document state; the rest carries over from earlier documents of the batch.
	w.date = d.Doc.Published
	w.order = nil
	clear(w.evSeq)
	var err error
	if w.docID, err = w.nextID(KindDocument); err != nil {
		return res, err
	}
	res.DocID = w.docID

	// Entities: resolve, then attach mentions and aliases.
	if w.separated, err = separationsOf(w.txn, ext); err != nil {
		return res, err
	}
	w.sharedSurnames = sharedSurnames(a.Entities)
	local := map[string]uint64{}
	var links []pendingLink
	for i := range a.Entities {
		e := &a.Entities[i]
		forms := formsOf(e)
		id, created, link, err := w.resolve(e, forms)
		if err != nil {
			return res, fmt.Errorf("entity %q: %w", e.Name, err)
		}
		if id == 0 {
			w.s.log.Warn("store: entity without a usable name skipped", "doc", ext, "local", e.ID, "name", e.Name)
			continue
		}
		if created {
			res.NewEntities++
		}
		local[e.ID] = id
		if link.dropKB {
			// The knowledge-base key belongs to an entity this document was
			// separated from; the local entity must not claim it again.
			le := *e
			le.KB = ""
			e = &le
		}
		if link.rule != "" {
			link.local, link.entity = e, id
			links = append(links, link)
		}
		if err := w.observe(id, e, forms); err != nil {
			return res, fmt.Errorf("entity %q: %w", e.Name, err)
		}
	}
	// Roles need every local id resolved, since they point at organizations.
	for i := range a.Entities {
		e := &a.Entities[i]
		if id, ok := local[e.ID]; ok {
			w.addRoles(w.entities[id], e.Roles, local)
		}
	}
	for _, l := range links {
		if err := w.recordResolution(ext, l, local); err != nil {
			return res, fmt.Errorf("entity %q: %w", l.local.Name, err)
		}
	}
	for _, r := range a.Relations {
		ok, err := w.addRelation(r, local)
		if err != nil {
			return res, fmt.Errorf("relation %s %s->%s: %w", r.Type, r.Source, r.Target, err)
		}
		if ok {
			res.Relations++
		} else {
			w.s.log.Debug("store: relation skipped", "doc", ext, "type", r.Type, "source", r.Source, "target", r.Target)
		}
	}
	for _, ev := range a.Events {
		if err := w.addEvent(ev, local); err != nil {
			return res, fmt.Errorf("event %s %q: %w", ev.Type, ev.Trigger, err)
		}
		res.Events++
	}
	for _, q := range a.Quotes {
		if err := w.addQuote(q, local); err != nil {
			return res, fmt.Errorf("quote: %w", err)
		}
		res.Quotes++
	}

	doc := d.Doc
	doc.ID, doc.ExtID, doc.IngestedAt = w.docID, ext, time.Now().UTC()
	if len(doc.Sentences) == 0 {
		doc.Sentences = a.Sentences
	}
	text := doc.Text
	doc.Text = ""
	rec, err := json.Marshal(docRecord{Document: doc, TextSHA256: hash})
	if err != nil {
		return res, fmt.Errorf("encode document: %w", err)
	}
	w.set(idKey(pDoc, w.docID), rec)
	w.later = append(w.later, [2][]byte{idKey(pDocText, w.docID), []byte(text)})
	words := d.Words
	if words == nil {
		words = DocumentWords(doc.Title, text)
	}
	for _, wd := range words {
		ids := w.docWords[wd]
		if ids == nil {
			ids = new([]uint64)
			w.docWords[wd] = ids
			w.count++
			w.size += int64(len(wd)) + 10 + entryOverhead
		}
		*ids = append(*ids, w.docID)
		w.size += binary.MaxVarintLen32 // a gap of the posting block
	}
	// The ext-id key is written only here: the live feed (Watch) announces a
	// document when it sees this key.
	w.set(extIDKey(ext), appendU64(nil, w.docID))
	w.counters[statDocuments]++
	res.Entities = len(w.order)
	w.flushDoc()
	return res, nil
}

// Estimates for full. badger counts an entry as its key, its value and 12
// bytes (metas and the version); records encoded only at commit are counted
// at a size few of them reach.
const (
	entryOverhead  = 12
	entityEstimate = 512 // entity JSON (about 200 bytes on news) and its rank key (set, often deleted too)
	recordEstimate = 256 // relation or event JSON (130 and 200 bytes on news)
)

// full tells whether the transaction has come within a quarter of badger's
// limits (maxCount entries, maxSize bytes). ingestBatch then commits it and
// goes on in a new one: the next document could make it too big, and
// badger.ErrTxnTooBig costs the whole attempt. Until then, one transaction
// takes as many documents as it can, which writes an entity's record, a
// word's posting block and the counters once for all of them.
func (w *writer) full(maxCount, maxSize int64) bool {
	for _, kv := range w.later[w.laterSeen:] {
		w.count++
		w.size += int64(len(kv[0])+len(kv[1])) + entryOverhead
	}
	w.laterSeen = len(w.later)
	count := w.count + 3*int64(len(w.dirty)) + int64(len(w.rels)+len(w.events)+len(w.counters))
	size := w.size + entityEstimate*int64(len(w.dirty)) + recordEstimate*int64(len(w.rels)+len(w.events)) + 64*int64(len(w.counters))
	return count >= maxCount/4*3 || size >= maxSize/4*3
}

// invalidation lists what the batch's transaction changed, for the read cache.
func (w *writer) invalidation() invalidation {
	var inv invalidation
	for id := range w.entities {
		inv.entities = append(inv.entities, id)
	}
	for _, id := range w.dirty {
		e := w.entities[id].e
		inv.fresh = append(inv.fresh, &e)
	}
	for id, r := range w.rels {
		inv.relations = append(inv.relations, id)
		inv.entities = append(inv.entities, r.Source, r.Target)
	}
	return inv
}

// nextID allocates an id of kind from its persistent counter. The counter is
// written with the rest of the transaction, so an id is consumed only if the
// data carrying it commits; committed ids are never handed out again.
func (w *writer) nextID(k Kind) (uint64, error) {
	name := seqName(k)
	base, ok := w.base[name]
	if !ok {
		v, _, err := getU64(w.txn, counterKey(name))
		if err != nil {
			return 0, fmt.Errorf("id counter %q: %w", name, err)
		}
		base = v
		w.base[name] = v
	}
	w.counters[name]++
	return base + uint64(w.counters[name]), nil
}

// laterJSON encodes v into the deferred writes.
func (w *writer) laterJSON(key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %x: %w", key, err)
	}
	w.later = append(w.later, [2][]byte{key, b})
	return nil
}

// resolve finds or creates the canonical entity of a document-local entity.
// It returns id 0 when the name normalises to nothing. link names the rule
// when an entity stored before this document was found by something other
// than its exact name (rule 1 through another surface form, rule 3): those
// links are recorded as resolutions (see recordResolution) so they can be
// reviewed and undone. Entities this document was separated from
// (UnlinkDocument) are never candidates.
func (w *writer) resolve(e *extract.Entity, forms localForms) (id uint64, created bool, link pendingLink, err error) {
	n := normalize(e.Name)
	if n == "" {
		return 0, false, link, nil
	}
	if err := checkShort("entity type", e.Type); err != nil {
		return 0, false, link, err
	}
	kb := e.KB
	// Rule 1: the same knowledge-base key is the same entity.
	if kb != "" {
		id, ok, err := w.getU64(kbKey(kb))
		if err != nil {
			return 0, false, link, err
		}
		switch {
		case ok && w.separated[id]:
			kb, link.dropKB = "", true
		case ok:
			st, err := w.entity(id)
			if err != nil {
				return 0, false, link, err
			}
			if st.before(w.docID) && normalize(st.e.Name) != n {
				link.rule, link.matched, link.canonical = RuleKB, kb, st.e.Name
			}
			return id, false, link, nil
		}
	}
	kbCompatible := func(id uint64) (bool, *entityState, error) {
		if w.separated[id] {
			return false, nil, nil
		}
		st, err := w.entity(id)
		if err != nil {
			return false, nil, err
		}
		return !st.e.Ambiguous && (kb == "" || st.e.KB == "" || st.e.KB == kb), st, nil
	}
	// A bare surname in a document naming several people of that surname
	// could be any of them: it is kept to this document (see Entity.Ambiguous).
	if e.Type == extract.Person && w.sharedSurnames[n] {
		if link.dropKB {
			le := *e
			le.KB = ""
			e = &le
		}
		id, err = w.create(e, n)
		if err == nil {
			w.entities[id].e.Ambiguous = true
		}
		return id, true, link, err
	}
	// Rule 2: an entity of the same type with the same normalised name.
	owners, err := w.owners(pName, e.Type, n)
	if err != nil {
		return 0, false, link, err
	}
	for _, o := range owners {
		ok, _, err := kbCompatible(o)
		if err != nil {
			return 0, false, link, err
		}
		if ok {
			return o, false, link, nil
		}
	}
	// Rule 3: a form (name first, then aliases) carried by exactly one entity
	// of the same type, except that two different multi-word person names are
	// two people ("John Kerry" is not "Cameron Kerry" because both are "Kerry").
	for _, f := range forms.distinctNorms() {
		owners, err := w.owners(pAlias, e.Type, f)
		if err != nil {
			return 0, false, link, err
		}
		if len(owners) != 1 {
			continue
		}
		ok, st, err := kbCompatible(owners[0])
		if err != nil {
			return 0, false, link, err
		}
		if !ok {
			continue
		}
		cn := normalize(st.e.Name)
		if e.Type == extract.Person && multiWord(n) && multiWord(cn) && n != cn {
			continue
		}
		if st.before(w.docID) {
			link.rule, link.matched, link.canonical = RuleAlias, f, st.e.Name
		}
		return owners[0], false, link, nil
	}
	if link.dropKB {
		le := *e
		le.KB = ""
		e = &le
	}
	id, err = w.create(e, n)
	return id, true, link, err
}

// sharedSurnames lists the last words of two or more different multi-word
// person names among a document's entities.
func sharedSurnames(ents []extract.Entity) map[string]bool {
	var out map[string]bool
	first := map[string]string{} // surname -> the first full name seen with it
	for i := range ents {
		if ents[i].Type != extract.Person {
			continue
		}
		n := normalize(ents[i].Name)
		if !multiWord(n) {
			continue
		}
		sur := n[strings.LastIndexByte(n, ' ')+1:]
		switch f, ok := first[sur]; {
		case !ok:
			first[sur] = n
		case f != n:
			if out == nil {
				out = map[string]bool{}
			}
			out[sur] = true
		}
	}
	return out
}

// localForms are the distinct surface forms of a local entity (name first,
// then aliases, trimmed) that normalise to something, with their
// normalisations. resolve and observe both need them; normalising once for
// both saves a good part of what ingest spends per entity.
type localForms struct {
	surface, norm []string
}

func formsOf(e *extract.Entity) localForms {
	var f localForms
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" || slices.Contains(f.surface, s) {
			return
		}
		// Surrounding space never changes a normalisation.
		if n := normalize(s); n != "" {
			f.surface = append(f.surface, s)
			f.norm = append(f.norm, n)
		}
	}
	add(e.Name)
	for _, a := range e.Aliases {
		add(a)
	}
	return f
}

// distinctNorms lists the distinct normalised name and aliases, name first.
func (f localForms) distinctNorms() []string {
	out := make([]string, 0, len(f.norm))
	for _, n := range f.norm {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// owners lists the entity ids filed under (prefix, typ, norm) in N or A, in
// id order, as the batch has left them: the committed ones from the name
// index, then the batch's own changes.
func (w *writer) owners(prefix byte, typ, norm string) ([]uint64, error) {
	p := string(typedNormPrefix(prefix, typ, norm))
	committed := w.s.names.owners[p]
	pending := w.pendScan[p]
	if len(pending) == 0 {
		return committed, nil
	}
	ids := slices.Clone(committed)
	for _, k := range pending {
		id := parseU64(k[len(k)-8:])
		i, found := slices.BinarySearch(ids, id)
		switch {
		case w.pend[k].del && found:
			ids = slices.Delete(ids, i, i+1)
		case !w.pend[k].del && !found:
			ids = slices.Insert(ids, i, id)
		}
	}
	return ids, nil
}

func (w *writer) create(e *extract.Entity, n string) (uint64, error) {
	id, err := w.nextID(KindEntity)
	if err != nil {
		return 0, err
	}
	st := &entityState{
		e:         Entity{ID: id, Name: strings.TrimSpace(e.Name), Type: e.Type, Subtype: e.Subtype, KB: e.KB},
		forms:     map[string]bool{},
		createdBy: w.docID,
	}
	w.entities[id] = st
	w.set(nameKey(e.Type, n, id), nil)
	if e.KB != "" {
		w.set(kbKey(e.KB), appendU64(nil, id))
	}
	w.counters[statEntities]++
	w.counters[typeCountName(e.Type)]++
	return id, nil
}

// entity loads (once per batch) a canonical entity for update.
func (w *writer) entity(id uint64) (*entityState, error) {
	if st, ok := w.entities[id]; ok {
		return st, nil
	}
	st := &entityState{existed: true, forms: map[string]bool{}}
	// Writers hold the store's lock, and every commit evicts what it changed
	// from the read cache before the next writer starts, so a cached entity is
	// the committed one: copying it is much cheaper than decoding JSON.
	if e, ok := w.s.cache.entity(id); ok {
		st.e = *e
		st.e.Aliases = slices.Clone(e.Aliases)
		st.e.Roles = slices.Clone(e.Roles)
	} else if err := w.getJSON(idKey(pEntity, id), &st.e, fmt.Sprintf("entity %d", id)); err != nil {
		return nil, err
	}
	st.origMention = uint64(st.e.MentionCount)
	for _, a := range st.e.Aliases {
		st.forms[normalize(a.Text)] = true
	}
	w.entities[id] = st
	return st, nil
}

// observe adds what one local entity says about its canonical entity: aliases,
// mentions (as evidence under entity and document), counts and dates.
func (w *writer) observe(id uint64, e *extract.Entity, forms localForms) error {
	st, err := w.entity(id)
	if err != nil {
		return err
	}
	if !st.touched {
		st.touched = true
		st.e.DocCount++
		w.order = append(w.order, id)
	}
	ent := &st.e
	if ent.KB == "" && e.KB != "" {
		ent.KB = e.KB
		w.set(kbKey(e.KB), appendU64(nil, id))
	}
	if ent.Subtype == "" {
		ent.Subtype = e.Subtype
	}
	// A person first seen by surname alone takes the full name when one arrives.
	newName := strings.TrimSpace(e.Name)
	if st.before(w.docID) && ent.Type == extract.Person && !multiWord(normalize(ent.Name)) && multiWord(normalize(newName)) {
		w.del(nameKey(ent.Type, normalize(ent.Name), id))
		w.set(nameKey(ent.Type, normalize(newName), id), nil)
		ent.Name = newName
	}
	ent.FirstSeen, ent.LastSeen = widen(ent.FirstSeen, ent.LastSeen, w.date)

	// Alias counts: mentions with exactly that surface text; a name or alias
	// the extractor reported without a mention still counts once.
	counts := make([]int, len(forms.surface))
	for _, m := range e.Mentions {
		if i := slices.Index(forms.surface, m.Text); i >= 0 {
			counts[i]++
		}
	}
	for k, f := range forms.surface {
		c := max(counts[k], 1)
		if i := slices.IndexFunc(ent.Aliases, func(a Alias) bool { return a.Text == f }); i >= 0 {
			ent.Aliases[i].Count += c
		} else {
			ent.Aliases = append(ent.Aliases, Alias{Text: f, Count: c})
		}
		n := forms.norm[k]
		if st.forms[n] {
			continue
		}
		st.forms[n] = true
		w.set(aliasKey(ent.Type, n, id), nil)
		if err := indexRuns(laterKV{w}, w.triLog(), n, id); err != nil {
			return err
		}
	}

	for _, m := range e.Mentions {
		ev := Evidence{DocID: w.docID, Sentence: m.Sentence, Start: m.Start, End: m.End, Text: m.Text}
		if err := w.addEvidence(pMention, id, ev); err != nil {
			return err
		}
	}
	ent.MentionCount += len(e.Mentions)
	st.docMentions += uint64(len(e.Mentions))
	w.counters[statMentions] += int64(len(e.Mentions))
	return nil
}

// widen extends a first/last-seen range by date; "" (unknown) changes nothing.
func widen(first, last, date string) (string, string) {
	if date == "" {
		return first, last
	}
	if first == "" || date < first {
		first = date
	}
	if last == "" || date > last {
		last = date
	}
	return first, last
}

func (w *writer) addEvidence(prefix byte, owner uint64, ev Evidence) error {
	o := evOwner{prefix, owner}
	seq := w.evSeq[o]
	w.evSeq[o] = seq + 1
	w.later = append(w.later, [2][]byte{evidenceKey(prefix, owner, w.docID, seq), appendEvidence(make([]byte, 0, 64+len(ev.Text)), ev)})
	return nil
}

// triLog is where indexRuns logs trigram changes: nil when no fuzzy index
// is built to apply them to (see logTri).
func (w *writer) triLog() *[]triOp {
	if !w.logTri {
		return nil
	}
	return &w.triOps
}

// laterKV defers writes of keys ingest never reads back (word runs,
// trigrams) to commit; see writer.
type laterKV struct{ w *writer }

func (l laterKV) Set(k, v []byte) error {
	l.w.later = append(l.w.later, [2][]byte{k, v})
	return nil
}

func (l laterKV) Delete(k []byte) error {
	l.w.del(k)
	return nil
}

func (w *writer) addRoles(st *entityState, roles []extract.Role, local map[string]uint64) {
	for _, r := range roles {
		title := strings.TrimSpace(r.Title)
		if title == "" {
			continue
		}
		orgID := local[r.OrgID]
		org := strings.TrimSpace(r.Org)
		nt, no := normalize(title), normalize(org)
		i := slices.IndexFunc(st.e.Roles, func(x Role) bool {
			if normalize(x.Title) != nt {
				return false
			}
			if x.OrgID != 0 && orgID != 0 {
				return x.OrgID == orgID
			}
			return normalize(x.Org) == no
		})
		if i < 0 {
			st.e.Roles = append(st.e.Roles, Role{Title: title, Org: org, OrgID: orgID})
			i = len(st.e.Roles) - 1
		}
		role := &st.e.Roles[i]
		role.Count++
		if role.OrgID == 0 {
			role.OrgID = orgID
		}
		if role.Org == "" {
			role.Org = org
		}
		role.FirstSeen, role.LastSeen = widen(role.FirstSeen, role.LastSeen, w.date)
	}
}

// addRelation merges one extracted relation into the (source, type, target)
// relation. It reports false when the relation was skipped: an end that is not
// an entity of the analysis, or both ends resolving to the same entity.
func (w *writer) addRelation(r extract.Relation, local map[string]uint64) (bool, error) {
	src, ok1 := local[r.Source]
	dst, ok2 := local[r.Target]
	if !ok1 || !ok2 || src == dst || r.Type == "" {
		return false, nil
	}
	if err := checkShort("relation type", r.Type); err != nil {
		return false, err
	}
	var relID uint64
	keys, err := w.scanKeys(edgeScanPrefix(Out, src, r.Type))
	if err != nil {
		return false, err
	}
	for _, k := range keys {
		e, err := parseEdgeKey(k)
		if err != nil {
			return false, err
		}
		if e.to == dst {
			relID = e.rel
			break
		}
	}
	var rel *Relation
	switch {
	case relID == 0:
		if relID, err = w.nextID(KindRelation); err != nil {
			return false, err
		}
		rel = &Relation{ID: relID, Type: r.Type, Source: src, Target: dst}
		w.set(edgeKey(Out, src, r.Type, dst, relID), nil)
		w.later = append(w.later, [2][]byte{edgeKey(In, dst, r.Type, src, relID), nil})
		w.counters[statRelations]++
		w.rels[relID] = rel
	case w.rels[relID] != nil:
		rel = w.rels[relID]
	default:
		rel = &Relation{}
		if err := w.getJSON(idKey(pRelation, relID), rel, fmt.Sprintf("relation %d", relID)); err != nil {
			return false, err
		}
		w.rels[relID] = rel
	}
	rel.Count++
	rel.Confidence = max(rel.Confidence, r.Confidence)
	rel.FirstSeen, rel.LastSeen = widen(rel.FirstSeen, rel.LastSeen, w.date)
	for _, e := range r.Evidence {
		ev := Evidence{DocID: w.docID, Sentence: e.Sentence, Start: e.Start, End: e.End, Text: e.Text}
		if err := w.addEvidence(pRelEvid, relID, ev); err != nil {
			return false, err
		}
	}
	w.later = append(w.later, [2][]byte{docFactKey(w.docID, KindRelation, relID), nil})
	return true, nil
}

// addEvent merges an extracted event with a stored one of the same type, date
// and participant set, or creates it. Events without a date or without
// participants are never merged: nothing shows two such reports are one event.
func (w *writer) addEvent(ev extract.Event, local map[string]uint64) error {
	if err := checkShort("event type", ev.Type); err != nil {
		return err
	}
	date := ev.Date
	if err := checkShort("event date", date); err != nil {
		return err
	}
	if err := checkTerminated("event date", date); err != nil {
		return err
	}
	var parts []Participant
	seen := map[uint64]bool{}
	for _, p := range ev.Participants {
		id, ok := local[p.Entity]
		if !ok || seen[id] {
			continue
		}
		seen[id] = true
		parts = append(parts, Participant{EntityID: id, Role: p.Role})
	}
	ids := make([]uint64, 0, len(parts))
	for _, p := range parts {
		ids = append(ids, p.EntityID)
	}
	slices.Sort(ids)
	loc := local[ev.Location]

	mergeable := date != "" && len(ids) > 0
	var evID uint64
	if mergeable {
		id, ok, err := w.getU64(eventIdentKey(ev.Type, date, ids))
		if err != nil {
			return err
		}
		if ok {
			evID = id
		}
	}
	var e *Event
	switch {
	case evID == 0:
		var err error
		if evID, err = w.nextID(KindEvent); err != nil {
			return err
		}
		e = &Event{ID: evID, Type: ev.Type, CAMEO: ev.CAMEO, Trigger: ev.Trigger, Date: date,
			DatePrecision: ev.DatePrecision, Participants: parts}
		w.events[evID] = e
		if mergeable {
			w.set(eventIdentKey(ev.Type, date, ids), appendU64(nil, evID))
		}
		w.later = append(w.later, [2][]byte{eventTimeKey(date, evID), []byte(ev.Type)})
		for _, id := range ids {
			w.later = append(w.later, [2][]byte{entityEventKey(id, date, evID), []byte(ev.Type)})
		}
		w.counters[statEvents]++
	case w.events[evID] != nil:
		e = w.events[evID]
	default:
		e = &Event{}
		if err := w.getJSON(idKey(pEvent, evID), e, fmt.Sprintf("event %d", evID)); err != nil {
			return err
		}
		w.events[evID] = e
	}
	if e.LocationID == 0 && loc != 0 {
		e.LocationID = loc
		w.later = append(w.later, [2][]byte{entityEventKey(loc, date, evID), []byte(ev.Type)})
	}
	if e.CAMEO == "" {
		e.CAMEO = ev.CAMEO
	}
	e.Confidence = max(e.Confidence, ev.Confidence)
	words := wordsOf(ev.Type + " " + ev.Trigger)
	for _, x := range ev.Evidence {
		evd := Evidence{DocID: w.docID, Sentence: x.Sentence, Start: x.Start, End: x.End, Text: x.Text}
		if err := w.addEvidence(pEventEvid, evID, evd); err != nil {
			return err
		}
		words = append(words, wordsOf(x.Text)...)
	}
	for _, wd := range dedupe(words) {
		w.later = append(w.later, [2][]byte{wordKey(pEventWord, wd, evID), nil})
	}
	w.later = append(w.later, [2][]byte{docFactKey(w.docID, KindEvent, evID), nil})
	return nil
}

func (w *writer) addQuote(q extract.Quote, local map[string]uint64) error {
	id, err := w.nextID(KindQuote)
	if err != nil {
		return err
	}
	speaker := local[q.Speaker]
	quote := Quote{ID: id, Speaker: speaker, Text: q.Text, Direct: q.Direct,
		Evidence: Evidence{DocID: w.docID, Sentence: q.Sentence, Start: q.Start, End: q.End, Text: q.Text}}
	if err := w.laterJSON(idKey(pQuote, id), quote); err != nil {
		return err
	}
	if speaker != 0 {
		w.later = append(w.later, [2][]byte{pairKey(pSpeaker, speaker, id), nil})
	}
	w.counters[statQuotes]++
	w.later = append(w.later, [2][]byte{docFactKey(w.docID, KindQuote, id), nil})
	return nil
}

// flushDoc files the document under each entity it touches and ends the
// document's part of their state.
func (w *writer) flushDoc() {
	for _, id := range w.order {
		st := w.entities[id]
		// Sorted after every document, not once per batch: the stable sort
		// keeps ties in the order the previous sort left them, so sorting
		// less often would order tied aliases differently.
		sort.SliceStable(st.e.Aliases, func(i, j int) bool { return st.e.Aliases[i].Count > st.e.Aliases[j].Count })
		w.later = append(w.later,
			[2][]byte{pairKey(pEntityDoc, id, w.docID), appendU64(nil, st.docMentions)},
			[2][]byte{pairKey(pDocEntity, w.docID, id), nil})
		if !st.dirty {
			st.dirty = true
			w.dirty = append(w.dirty, id)
		}
		st.touched, st.docMentions = false, 0
	}
}

// commit writes everything the batch changed into the transaction: the
// pending and deferred keys, every changed record once, the rank index and
// the counters.
//
// Its entries are taken from one slab rather than one allocation each
// (badger's Txn.Set allocates an Entry per key): a batch writes tens of
// thousands of keys, and badger walks its entries twice more after commit, so
// entries side by side in memory also cost fewer cache misses.
func (w *writer) commit() error {
	slab := make([]badger.Entry, 0, len(w.pend)+len(w.later)+len(w.docWords)+2*len(w.dirty)+len(w.rels)+len(w.events)+len(w.counters))
	set := func(k, v []byte) error {
		slab = append(slab, badger.Entry{Key: k, Value: v})
		return w.txn.SetEntry(&slab[len(slab)-1])
	}
	setJSON := func(k []byte, v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("encode %x: %w", k, err)
		}
		return set(k, b)
	}
	for _, p := range w.pend {
		var err error
		if p.del {
			err = w.txn.Delete(p.key)
		} else {
			err = set(p.key, p.val)
		}
		if err != nil {
			return err
		}
	}
	for _, kv := range w.later {
		if err := set(kv[0], kv[1]); err != nil {
			return err
		}
	}
	for wd, ids := range w.docWords {
		docs := *ids
		if err := set(wordKey(pDocWord, wd, docs[0]), appendPostings(nil, docs)); err != nil {
			return err
		}
	}
	for _, id := range w.dirty {
		st := w.entities[id]
		if err := setJSON(idKey(pEntity, id), st.e); err != nil {
			return err
		}
		if st.existed {
			if st.origMention == uint64(st.e.MentionCount) {
				continue
			}
			if err := w.txn.Delete(rankKey(st.origMention, id)); err != nil {
				return err
			}
		}
		if err := set(rankKey(uint64(st.e.MentionCount), id), []byte(st.e.Type)); err != nil {
			return err
		}
	}
	for id, r := range w.rels {
		if err := setJSON(idKey(pRelation, id), r); err != nil {
			return err
		}
	}
	for id, e := range w.events {
		if err := setJSON(idKey(pEvent, id), e); err != nil {
			return err
		}
	}
	for name, delta := range w.counters {
		old, _, err := getU64(w.txn, counterKey(name))
		if err != nil {
			return err
		}
		if err := set(counterKey(name), appendU64(nil, uint64(int64(old)+delta))); err != nil {
			return err
		}
	}
	return nil
}
