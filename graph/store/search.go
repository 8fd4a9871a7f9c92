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
	e    *Entity
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
	if h.e.MentionCount != o.e.MentionCount {
		return h.e.MentionCount > o.e.MentionCount
	}
	return h.e.ID < o.e.ID
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
func indexRuns(txn kv, log *[]triOp, n string, id uint64) error {
	for _, run := range wordRuns(n) {
		if len(run) > 200 {
			continue // a run this long is noise, and keys stay bounded
		}
		if err := txn.Set(searchKey(run, id), nil); err != nil {
			return err
		}
		*log = append(*log, triOp{add: true, run: run, id: id})
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
	var hits []searchHit
	err := s.viewGen(ctx.Err, func(txn *readTxn, gen uint64) error {
		var err error
		hits, err = s.searchHits(ctx, txn, gen, q, types)
		return err
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: entities %q: %w", search, err)
	}
	info := PageInfo{Total: len(hits)}
	if after != nil {
		rest := hits[:0]
		for _, h := range hits {
			if after.less(h) {
				rest = append(rest, h)
			}
		}
		hits = rest
	}
	page := firstHits(hits, limit)
	out := make([]Entity, 0, len(page))
	for _, h := range page {
		out = append(out, *h.e)
	}
	info.HasNext = len(hits) > len(page)
	if len(page) > 0 {
		info.Next = searchCursor(page[len(page)-1])
	}
	return out, info, nil
}

// firstHits returns the best n hits in order. A page is small and a prefix
// can match hundreds of entities, so for small pages it keeps a sorted
// window instead of sorting everything.
func firstHits(hits []searchHit, n int) []searchHit {
	if n > 32 || n >= len(hits) {
		slices.SortFunc(hits, compareHits)
		return hits[:min(n, len(hits))]
	}
	top := make([]searchHit, 0, n+1)
	for _, h := range hits {
		if len(top) == n && !h.less(top[n-1]) {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, h, compareHits)
		top = slices.Insert(top, i, h)
		if len(top) > n {
			top = top[:n]
		}
	}
	return top
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

// hitScratch is what a search needs only while it runs, kept in a pool: the
// growing map and slices were a third of the memory a search allocated, and
// allocation (with the collections it brings) is what sets a busy server's
// tail latency.
type hitScratch struct {
	tiers   map[uint64]uint8
	ids     []uint64
	ents    []*Entity
	runTris [][][]tri
}

// maxPooledHits bounds the scratch kept for reuse.
const maxPooledHits = 1024

// reset empties the scratch; pointers are cleared so a pooled scratch keeps
// no entity alive.
func (sc *hitScratch) reset() {
	clear(sc.tiers)
	sc.ids = sc.ids[:0]
	clear(sc.ents)
	clear(sc.runTris)
}

// grow returns (*b)[:n] zeroed, reallocating *b when it is too small.
func grow[T any](b *[]T, n int) []T {
	if cap(*b) < n {
		*b = make([]T, n)
	}
	*b = (*b)[:n]
	clear(*b)
	return *b
}

// searchHits lists every entity matching q (of types), unordered.
func (s *Store) searchHits(ctx context.Context, rt *readTxn, gen uint64, q string, types []string) ([]searchHit, error) {
	sc, _ := s.hits.Get().(*hitScratch)
	if sc == nil {
		sc = &hitScratch{tiers: map[uint64]uint8{}}
	}
	defer func() {
		// A scratch a short prefix grew to thousands of entries would make
		// every later search clear them: it is left to the collector.
		if len(sc.tiers) <= maxPooledHits {
			sc.reset()
			s.hits.Put(sc)
		}
	}()
	tiers, ids := sc.tiers, sc.ids
	n := 0
	match := func(exact bool, id uint64) bool {
		n++
		tier := uint8(1)
		if exact {
			tier = 0
		}
		if t, ok := tiers[id]; !ok {
			tiers[id] = tier
			ids = append(ids, id)
		} else if tier < t {
			tiers[id] = tier
		}
		return n < maxSearchScan
	}
	if err := s.ensureFuzzy(); err != nil {
		return nil, err
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
			return nil, err
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
			return nil, err
		}
	}
	// A word-run match equal to q is exact only when it is a whole form; a
	// run that is a suffix ("lavrov" of "sergey lavrov") is still exact for
	// our purpose: the user typed a full word the entity is known by.
	qt := queryTrigrams(q)
	qs := make([]tri, len(qt))
	for i, t := range qt {
		qs[i] = t.t
	}
	slices.Sort(qs)
	if len(ids) < fuzzyBelow && len([]rune(q)) >= 3 && len(qt) > 0 {
		cands, err := s.fuzzyCandidates(qt, tiers)
		if err != nil {
			return nil, err
		}
		for _, id := range cands {
			tiers[id] = 2
			ids = append(ids, id)
		}
	}
	// One read lock for every cached entity and trigram set: taking it per
	// id made the lock word bounce between cores under concurrent searches.
	sc.ids = ids // kept for the next search, grown
	ents := grow(&sc.ents, len(ids))
	runTris := grow(&sc.runTris, len(ids))
	s.cache.mu.RLock()
	for i, id := range ids {
		ents[i] = s.cache.entities[id]
		if tiers[id] == 2 {
			runTris[i] = s.cache.runTrigrams[id]
		}
	}
	s.cache.mu.RUnlock()
	hits := make([]searchHit, 0, len(ids))
	for i, id := range ids {
		e := ents[i]
		if e == nil {
			var err error
			e, err = s.cachedEntity(rt, gen, id)
			if isNotFound(err) {
				// The in-memory indexes follow commits, so they can name
				// an entity this transaction's snapshot does not have yet
				// (or any more).
				continue
			}
			if err != nil {
				return nil, err
			}
		}
		if len(types) > 0 && !slices.Contains(types, e.Type) {
			continue
		}
		h := searchHit{e: e, tier: tiers[id]}
		if h.tier == 2 {
			rts := runTris[i]
			if rts == nil {
				rts = s.entityRunTrigrams(gen, e)
			}
			best := 0.0
			for _, rt := range rts {
				// The Jaccard index is at most the smaller set's size over
				// the larger's: runs that cannot beat the best are skipped
				// (entities with many aliases have dozens of runs).
				if lo, hi := min(len(qs), len(rt)), max(len(qs), len(rt)); hi == 0 || float64(lo)/float64(hi) <= best {
					continue
				}
				best = max(best, triSimilarity(qs, rt))
			}
			if best < minSimilarity {
				continue
			}
			h.sim = uint16(best * 1000)
		}
		hits = append(hits, h)
	}
	return hits, nil
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
