package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	badger "github.com/dgraph-io/badger/v4"
)

// Entity search has three tiers, best first:
//
//	0 exact:  the query is the normalised name or an alias
//	1 prefix: the query starts a word run of the name or an alias (S keys)
//	2 fuzzy:  trigram similarity of the query with a word run of the name or
//	          an alias is at least minSimilarity ("Lavrof", "sergei lavrov")
//
// Inside tiers 0 and 1 the most mentioned come first; in tier 2 the most
// similar, then the most mentioned. Ties break on id.
const (
	minSimilarity = 0.4
	// maxSearchScan bounds the S keys one search reads: a one-letter query
	// in a large store would otherwise rank every entity.
	maxSearchScan = 20000
	// maxTrigramScan bounds the keys read per trigram. Very common trigrams
	// say little about a match (like a stop word), so cutting them short
	// loses few candidates and keeps every search within a few milliseconds.
	maxTrigramScan = 600
	// fuzzyBelow: fuzzy matching runs only when the exact and prefix tiers
	// found fewer entities than this. Fuzzy results are a "did you mean"
	// for queries that match little; the rule depends on the store alone (not
	// on the page size), so totalCount and pages agree.
	fuzzyBelow = 20
	// maxFuzzyScored bounds the candidates whose similarity is computed.
	maxFuzzyScored = 60
)

type searchHit struct {
	// The entity: decoded (read from badger for this search), or its
	// encoding in the read cache, decoded only if it makes the page.
	e    *Entity
	raw  []byte
	id   uint64 // e.ID
	mc   int    // e.MentionCount
	tier uint8
	sim  uint16 // similarity * 1000, tier 2 only
}

func (h searchHit) less(o searchHit) bool {
	if h.tier != o.tier {
		return h.tier < o.tier
	}
	if h.sim != o.sim {
		return h.sim > o.sim
	}
	if h.mc != o.mc {
		return h.mc > o.mc
	}
	return h.id < o.id
}

// trigrams lists the distinct trigrams of a normalised string, each word
// padded with two spaces in front and one behind (as pg_trgm does), so short
// words and word starts weigh more.
func trigrams(n string) []string {
	var out []string
	for _, w := range strings.Fields(n) {
		r := []rune("  " + w + " ")
		for i := 0; i+3 <= len(r); i++ {
			t := string(r[i : i+3])
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// indexForm files one normalised name or alias of an entity in the alias,
// word-run and trigram indexes.
func indexForm(txn kv, log *[]triOp, typ, n string, id uint64) error {
	if err := txn.Set(aliasKey(typ, n, id), nil); err != nil {
		return err
	}
	return indexRuns(txn, log, n, id)
}

// indexRuns writes the word-run keys of a form and logs its trigrams: the
// part of indexForm that ingest never reads back, so the writer can defer it.
// A nil log skips the logging, for a writer that knows no in-memory index is
// built to take it (see writer.triLog).
func indexRuns(txn kv, log *[]triOp, n string, id uint64) error {
	for _, run := range wordRuns(n) {
		if len(run) > 200 {
			continue // a run this long is noise, and keys stay bounded
		}
		if err := txn.Set(searchKey(run, id), nil); err != nil {
			return err
		}
		if log != nil {
			*log = append(*log, triOp{add: true, run: run, id: id})
		}
	}
	if log == nil {
		return nil
	}
	// Trigrams have no keys (format 4): the fuzzy index is built from the A
	// keys, so only the in-memory index learns of them.
	for _, t := range trigrams(n) {
		*log = append(*log, triOp{add: true, t: packTri(t), id: id})
	}
	return nil
}

// unindexForm removes what indexForm wrote, keeping keys another form of the
// same entity still needs (forms lists the entity's remaining normalised forms).
func unindexForm(txn kv, log *[]triOp, typ, n string, id uint64, forms []string) error {
	if slices.Contains(forms, n) {
		return nil
	}
	if err := txn.Delete(aliasKey(typ, n, id)); err != nil {
		return err
	}
	keepRuns := map[string]bool{}
	keepTri := map[string]bool{}
	for _, f := range forms {
		for _, r := range wordRuns(f) {
			keepRuns[r] = true
		}
		for _, t := range trigrams(f) {
			keepTri[t] = true
		}
	}
	for _, run := range wordRuns(n) {
		if len(run) <= 200 && !keepRuns[run] {
			if err := txn.Delete(searchKey(run, id)); err != nil {
				return err
			}
			*log = append(*log, triOp{run: run, id: id})
		}
	}
	for _, t := range trigrams(n) {
		if !keepTri[t] {
			*log = append(*log, triOp{t: packTri(t), id: id})
		}
	}
	return nil
}

// entityForms lists the distinct normalised forms of a stored entity: its
// name and every alias.
func storedForms(e *Entity) []string {
	var out []string
	for _, s := range append([]string{e.Name}, aliasTexts(e)...) {
		if n := normalize(s); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func aliasTexts(e *Entity) []string {
	out := make([]string, len(e.Aliases))
	for i, a := range e.Aliases {
		out[i] = a.Text
	}
	return out
}

// FindEntities lists entities whose name or an alias matches search (case- and
// accent-insensitive: exact, word prefix, or fuzzy by trigrams), best first;
// all entities by mention count when search is empty. types filters by entity
// type when non-empty.
//
// The cursor is the sort key of the last entity returned; counts may grow
// between pages, which can move an entity across the cursor, but a page never
// repeats an entity already returned in the same order.
func (s *Store) FindEntities(ctx context.Context, search string, types []string, p Page) ([]Entity, PageInfo, error) {
	q := normalize(search)
	if q == "" && strings.TrimSpace(search) != "" {
		// Only punctuation: nothing can match, and listing everything would surprise.
		return nil, PageInfo{}, nil
	}
	limit := pageLimit(p)
	if q == "" {
		return s.entitiesByRankPage(ctx, types, p, limit)
	}
	var after *searchHit
	if len(p.After) > 0 {
		h, err := parseSearchCursor(p.After)
		if err != nil {
			return nil, PageInfo{}, fmt.Errorf("store: entities %q: %w", search, err)
		}
		after = &h
	}
	sc := s.searchScratch()
	defer func() {
		clear(sc.top[:cap(sc.top)]) // a pooled scratch keeps no entity alive
		if cap(sc.top) > maxPooledHits {
			// A large page's hits (first > 32 collects them all) are not
			// kept for every later search.
			sc.top = nil
		}
		s.hits.Put(sc)
	}()
	top := topHits{n: limit, after: after, top: sc.top[:0]}
	err := s.viewGen(ctx.Err, func(txn *readTxn, gen uint64) error {
		return s.searchHits(ctx, txn, gen, sc, q, types, &top)
	})
	sc.top = top.top[:0]
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: entities %q: %w", search, err)
	}
	page := top.page()
	out := make([]Entity, 0, len(page))
	for _, h := range page {
		if h.e != nil {
			out = append(out, *h.e)
			continue
		}
		var e Entity
		decodeEntity(h.raw, &e)
		out = append(out, e)
	}
	info := PageInfo{Total: top.total, HasNext: top.rest > len(page)}
	if len(page) > 0 {
		info.Next = searchCursor(page[len(page)-1])
	}
	return out, info, nil
}

// topHits keeps the page a search returns while the hits stream in: the
// best n of those after the cursor, in order, and the counts. A prefix can
// match thousands of entities and a page is small, so for small pages it
// keeps a sorted window instead of collecting and sorting everything.
type topHits struct {
	n     int
	after *searchHit
	total int         // every hit
	rest  int         // hits after the cursor
	top   []searchHit // n <= 32: the best n after the cursor, sorted; else all of them
}

func (t *topHits) add(h searchHit) {
	t.total++
	if t.after != nil && !t.after.less(h) {
		return
	}
	t.rest++
	switch {
	case t.n > 32:
		t.top = append(t.top, h)
		return
	case t.n <= 0:
		return
	case len(t.top) == t.n && !h.less(t.top[t.n-1]):
		return
	}
	i, _ := slices.BinarySearchFunc(t.top, h, compareHits)
	t.top = slices.Insert(t.top, i, h)
	if len(t.top) > t.n {
		t.top = t.top[:t.n]
	}
}

// page returns the best n hits after the cursor, in order.
func (t *topHits) page() []searchHit {
	if t.n > 32 {
		slices.SortFunc(t.top, compareHits)
	}
	return t.top[:min(max(t.n, 0), len(t.top))]
}

func compareHits(a, b searchHit) int {
	switch {
	case a.less(b):
		return -1
	case b.less(a):
		return 1
	}
	return 0
}

// hitScratch is what a search needs only while it runs, kept in a pool:
// allocation (with the collections it brings) is what sets a busy server's
// tail latency. Matched ids are marked in slices indexed by id (ids come
// from one sequence) and told apart from older searches' marks by an epoch,
// so nothing is cleared between searches, however many entities the last one
// matched.
type hitScratch struct {
	epoch uint32
	seen  []uint32 // seen[id] == epoch: id matched in this search
	tier  []uint8  // its tier, when seen
	far   map[uint64]uint8
	ids   []uint64
	cold  []uint64 // matched ids the entity cache does not hold
	top   []searchHit
	masks []uint64 // per word of a fuzzy candidate (fuzzyForms.similarity)
	cands []fuzzyCand
	q     triQuery
}

// maxPooledHits bounds the hits a pooled scratch keeps room for.
const maxPooledHits = 1024

func (s *Store) searchScratch() *hitScratch {
	sc, _ := s.hits.Get().(*hitScratch)
	if sc == nil {
		sc = &hitScratch{}
	}
	sc.epoch++
	if sc.epoch == 0 { // wrapped: old marks could pass for new ones
		clear(sc.seen)
		sc.epoch = 1
	}
	clear(sc.far)
	sc.ids, sc.cold = sc.ids[:0], sc.cold[:0]
	sc.q.qs = nil
	return sc
}

// mark records that id matched with tier, keeping the best tier; it tells
// whether id is new to this search.
func (sc *hitScratch) mark(id uint64, tier uint8) bool {
	if id >= maxDenseID {
		if sc.far == nil {
			sc.far = map[uint64]uint8{}
		}
		t, ok := sc.far[id]
		if !ok || tier < t {
			sc.far[id] = tier
		}
		return !ok
	}
	if id >= uint64(len(sc.seen)) {
		n := max(2*len(sc.seen), int(id)+1, 1024)
		sc.seen = append(sc.seen, make([]uint32, n-len(sc.seen))...)
		sc.tier = append(sc.tier, make([]uint8, n-len(sc.tier))...)
	}
	if sc.seen[id] != sc.epoch {
		sc.seen[id], sc.tier[id] = sc.epoch, tier
		return true
	}
	sc.tier[id] = min(sc.tier[id], tier)
	return false
}

func (sc *hitScratch) has(id uint64) bool {
	if id >= maxDenseID {
		_, ok := sc.far[id]
		return ok
	}
	return id < uint64(len(sc.seen)) && sc.seen[id] == sc.epoch
}

func (sc *hitScratch) tierOf(id uint64) uint8 {
	if id >= maxDenseID {
		return sc.far[id]
	}
	return sc.tier[id]
}

// searchHits adds every entity matching q (of types) to top.
func (s *Store) searchHits(ctx context.Context, rt *readTxn, gen uint64, sc *hitScratch, q string, types []string, top *topHits) error {
	n := 0
	match := func(exact bool, id uint64) bool {
		n++
		tier := uint8(1)
		if exact {
			tier = 0
		}
		if sc.mark(id, tier) {
			sc.ids = append(sc.ids, id)
		}
		return n < maxSearchScan
	}
	if err := s.ensureFuzzy(); err != nil {
		return err
	}
	s.fuzzy.mu.RLock()
	built := s.fuzzy.built
	if built {
		s.fuzzy.runs.each(q, func(e runEntry) bool { return match(e.run == q, e.id) })
	}
	s.fuzzy.mu.RUnlock()
	if !built {
		// An empty store keeps no index (see ensureFuzzy).
		prefix := append([]byte{pSearch}, q...)
		txn, err := rt.get()
		if err != nil {
			return err
		}
		err = scan(txn, prefix, nil, false, false, func(item *badger.Item) (bool, error) {
			// Parsed in place (as parseSearchKey checks it).
			k := item.Key()
			if len(k) < 1+1+8 || k[len(k)-9] != 0 || bytes.IndexByte(k[1:len(k)-9], 0) >= 0 {
				return false, badKey(pSearch, k, "want S|run|0|id")
			}
			return match(string(k[1:len(k)-9]) == q, binary.BigEndian.Uint64(k[len(k)-8:])), nil
		})
		if err != nil {
			return err
		}
	}
	// A word-run match equal to q is exact only when it is a whole form; a
	// run that is a suffix ("lavrov" of "sergey lavrov") is still exact for
	// our purpose: the user typed a full word the entity is known by.
	qt := queryTrigrams(q)
	fuzzyFrom := len(sc.ids)
	if len(sc.ids) < fuzzyBelow && len([]rune(q)) >= 3 && len(qt) > 0 {
		cands, err := s.fuzzyCandidates(qt, sc.has)
		if err != nil {
			return err
		}
		for _, id := range cands {
			sc.mark(id, 2)
			sc.ids = append(sc.ids, id)
		}
	}
	// One read lock for every cached entity: taking it per id made the lock
	// word bounce between cores under concurrent searches.
	s.cache.mu.RLock()
	for _, id := range sc.ids[:fuzzyFrom] {
		sl := s.cache.entities.slot(id)
		if sl.rec.n == 0 {
			sc.cold = append(sc.cold, id)
			continue
		}
		if len(types) > 0 && !slices.Contains(types, s.cache.entities.typeName(sl)) {
			continue
		}
		top.add(searchHit{raw: s.cache.entities.raw(sl), id: id, mc: sl.mc, tier: sc.tierOf(id)})
	}
	s.cache.mu.RUnlock()
	for _, id := range sc.cold {
		e, err := s.searchedEntity(rt, gen, id, types)
		if err != nil {
			return err
		}
		if e == nil {
			continue
		}
		top.add(searchHit{e: e, id: id, mc: e.MentionCount, tier: sc.tierOf(id)})
	}
	if fuzzyFrom == len(sc.ids) {
		return nil
	}
	qs := make([]tri, len(qt))
	for i, t := range qt {
		qs[i] = t.t
	}
	slices.Sort(qs)
	// The candidates' cached entities and scoring forms under one read lock
	// (the slabs' bytes never change, so they are read after it).
	cands := grow(&sc.cands, len(sc.ids)-fuzzyFrom)
	s.cache.mu.RLock()
	for i, id := range sc.ids[fuzzyFrom:] {
		sl := s.cache.entities.slot(id)
		c := fuzzyCand{rec: sl.rec, mc: sl.mc}
		if sl.rec.n != 0 {
			c.raw = s.cache.entities.raw(sl)
			c.typ = s.cache.entities.typeName(sl)
			c.fz, c.hasFz = s.cache.entities.formsOf(sl)
		}
		cands[i] = c
	}
	s.cache.mu.RUnlock()
	defer clear(cands) // the pooled scratch keeps no slab alive
	for i, id := range sc.ids[fuzzyFrom:] {
		c := cands[i]
		var e *Entity
		if c.raw == nil {
			var err error
			if e, err = s.searchedEntity(rt, gen, id, types); err != nil {
				return err
			}
			if e == nil {
				continue
			}
			c.mc = e.MentionCount
		} else if len(types) > 0 && !slices.Contains(types, c.typ) {
			continue
		}
		if e == nil && (!c.hasFz || len(qs) > 64) {
			// Scoring needs the entity's forms.
			e = &Entity{}
			decodeEntity(c.raw, e)
		}
		var best float64
		if len(qs) <= 64 {
			if sc.q.qs == nil {
				sc.q.reset(qs)
			}
			if !c.hasFz {
				c.fz = s.entityFuzzyForms(gen, c.rec, e)
			}
			best = c.fz.similarity(&sc.q, &sc.masks)
		} else {
			// Too many trigrams for the word masks: each run's set in full.
			for _, f := range storedForms(e) {
				for _, run := range wordRuns(f) {
					best = max(best, triSimilarity(qs, triSet(run)))
				}
			}
		}
		if best >= minSimilarity {
			top.add(searchHit{e: e, raw: c.raw, id: id, mc: c.mc, tier: 2, sim: uint16(best * 1000)})
		}
	}
	return nil
}

// fuzzyCand is a fuzzy candidate as the read cache holds it (raw is nil when
// it does not).
type fuzzyCand struct {
	rec   slabRef
	raw   []byte
	mc    int
	typ   string
	fz    fuzzyForms
	hasFz bool
}

// entitiesByRankPage lists all entities (of types) by mention count.
func (s *Store) entitiesByRankPage(ctx context.Context, types []string, p Page, limit int) ([]Entity, PageInfo, error) {
	var afterMC, afterID uint64
	hasAfter := len(p.After) > 0
	if hasAfter {
		var err error
		if afterMC, afterID, err = parseRankCursor(p.After); err != nil {
			return nil, PageInfo{}, fmt.Errorf("store: entities: %w", err)
		}
	}
	var out []Entity
	var info PageInfo
	err := s.viewGen(ctx.Err, func(txn *readTxn, gen uint64) error {
		return s.entitiesByRank(txn, gen, types, hasAfter, afterMC, afterID, limit, &out, &info)
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: entities: %w", err)
	}
	if len(out) > 0 {
		last := out[len(out)-1]
		info.Next = rankCursor(uint64(last.MentionCount), last.ID)
	}
	return out, info, nil
}

// searchedEntity loads a search candidate that is not in the cache; nil
// when it is filtered out by type, or when this transaction's snapshot does
// not have it: the in-memory indexes follow commits, so they can name an
// entity the snapshot does not have yet (or any more).
func (s *Store) searchedEntity(rt *readTxn, gen, id uint64, types []string) (*Entity, error) {
	e, err := s.cachedEntity(rt, gen, id)
	if isNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if len(types) > 0 && !slices.Contains(types, e.Type) {
		return nil, nil
	}
	return e, nil
}
