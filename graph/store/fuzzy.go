package store

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"sync"

	badger "github.com/dgraph-io/badger/v4"
)

// tri is a trigram packed into an integer: three runes of 21 bits each. Fuzzy
// search compares thousands of trigram sets per query; integers compare and
// hash much faster than strings.
type tri uint64

func packTri(s string) tri {
	var t tri
	for _, r := range s {
		t = t<<21 | tri(r&0x1fffff)
	}
	return t
}

// triSet returns the sorted distinct packed trigrams of a normalised string.
func triSet(n string) []tri {
	qt := queryTrigrams(n)
	out := make([]tri, len(qt))
	for i, t := range qt {
		out[i] = t.t
	}
	slices.Sort(out)
	return out
}

// qtri is a packed trigram of a query; start tells a word-start trigram
// ("  l"), which says little on its own.
type qtri struct {
	t     tri
	start bool
}

// queryTrigrams packs the distinct trigrams of a normalised string in the
// order trigrams lists them, without making a string per trigram (this runs
// for every search).
func queryTrigrams(n string) []qtri {
	var out []qtri
	var buf [64]rune
	for _, w := range strings.Fields(n) {
		r := append(append(append(buf[:0], ' ', ' '), []rune(w)...), ' ')
		for i := 0; i+3 <= len(r); i++ {
			t := tri(r[i]&0x1fffff)<<42 | tri(r[i+1]&0x1fffff)<<21 | tri(r[i+2]&0x1fffff)
			if !slices.ContainsFunc(out, func(q qtri) bool { return q.t == t }) {
				out = append(out, qtri{t: t, start: r[i] == ' ' && r[i+1] == ' '})
			}
		}
	}
	return out
}

// triSimilarity is the Jaccard index of two sorted trigram sets.
func triSimilarity(a, b []tri) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(shared) / float64(len(a)+len(b)-shared)
}

// fuzzyForms is what fuzzy search scores an entity with: the trigram sets of
// the distinct words of its name and aliases, each form as its words, and
// the size of the trigram set of each of its word runs. Every word is padded
// on its own, so a run's trigrams are the union of its words': the trigrams
// a query shares with a run are those it shares with any of the run's words.
// Scoring then looks up each distinct word's trigrams once, and each run
// costs a few bit operations, where intersecting the query with every run's
// set read every word once per run it is in.
//
// It is one slice, read front to back: a search scores dozens of candidates
// scattered over the heap, and a structure of nested slices cost a cache
// miss per slice, more than the scoring itself. Layout (counts and indexes
// stored as tri values):
//
//	nWords nForms
//	wordStart[0..nWords]                      word w's trigrams are data[wordStart[w]:wordStart[w+1]]
//	per form: n idx[0..n) size[0..n)          size[k]: trigram set size of the run of words k..n-1
//	the words' sorted trigram sets
type fuzzyForms struct{ data []tri }

func newFuzzyForms(e *Entity) fuzzyForms {
	var words [][]tri
	var forms [][2][]tri // word indexes, run sizes
	index := map[string]int{}
	for _, form := range storedForms(e) {
		ws := strings.Fields(form)
		idx := make([]tri, len(ws))
		for i, w := range ws {
			j, ok := index[w]
			if !ok {
				j = len(words)
				index[w] = j
				words = append(words, triSet(w))
			}
			idx[i] = tri(j)
		}
		sizes := make([]tri, len(ws))
		for k, run := range wordRuns(form) {
			sizes[k] = tri(len(triSet(run)))
		}
		forms = append(forms, [2][]tri{idx, sizes})
	}
	n := 2 + len(words) + 1
	for _, f := range forms {
		n += 1 + 2*len(f[0])
	}
	start := n
	for _, w := range words {
		n += len(w)
	}
	d := make([]tri, 0, n)
	d = append(d, tri(len(words)), tri(len(forms)))
	for _, w := range words {
		d = append(d, tri(start))
		start += len(w)
	}
	d = append(d, tri(start))
	for _, f := range forms {
		d = append(d, tri(len(f[0])))
		d = append(d, f[0]...)
		d = append(d, f[1]...)
	}
	for _, w := range words {
		d = append(d, w...)
	}
	return fuzzyForms{d}
}

// triQuery is a query's sorted trigrams (at most 64) with a small hash
// table from trigram to its index, so a word's trigrams are looked up one by
// one instead of merged with the query's (the merge's branches mispredict).
type triQuery struct {
	qs    []tri
	slots [128]triSlot // open addressing; t == 0 is empty (no trigram packs to 0: padding is a space)
}

type triSlot struct {
	t tri
	i uint8
}

func triHash(t tri) int { return int((uint64(t) * 0x9e3779b97f4a7c15) >> 57) }

// reset fills q from qs, sorted and distinct, len(qs) <= 64.
func (q *triQuery) reset(qs []tri) {
	q.qs = qs
	clear(q.slots[:])
	for i, t := range qs {
		h := triHash(t)
		for q.slots[h].t != 0 {
			h = (h + 1) & 127
		}
		q.slots[h] = triSlot{t, uint8(i)}
	}
}

// bits returns the query trigrams among ts as a mask (bit i: qs[i]).
func (q *triQuery) bits(ts []tri) uint64 {
	var have uint64
	for _, t := range ts {
		for h := triHash(t); q.slots[h].t != 0; h = (h + 1) & 127 {
			if q.slots[h].t == t {
				have |= 1 << q.slots[h].i
				break
			}
		}
	}
	return have
}

// similarity is the best Jaccard index of the query with the trigram set of
// any word run, as triSimilarity gives it; masks is scratch.
func (f *fuzzyForms) similarity(q *triQuery, masks *[]uint64) float64 {
	d := f.data
	nWords, nForms := int(d[0]), int(d[1])
	starts := d[2 : 2+nWords+1]
	m := grow(masks, nWords)
	for w := range m {
		m[w] = q.bits(d[starts[w]:starts[w+1]])
	}
	n := len(q.qs)
	best := 0.0
	p := 2 + nWords + 1
	for range nForms {
		nw := int(d[p])
		idx, sizes := d[p+1:p+1+nw], d[p+1+nw:p+1+2*nw]
		p += 1 + 2*nw
		var have uint64
		for k := nw - 1; k >= 0; k-- {
			have |= m[idx[k]]
			size := int(sizes[k])
			if n == 0 || size == 0 {
				continue
			}
			shared := bits.OnesCount64(have)
			best = max(best, float64(shared)/float64(n+size-shared))
		}
	}
	return best
}

// triOp is one trigram (run empty) or word-run key a write gave an entity
// (add) or took from it.
type triOp struct {
	add bool
	t   tri
	run string
	id  uint64
}

// fuzzyIndex is the trigram index held in memory: posting lists of entity
// ids per trigram of their forms, and the word runs of the S keys. It is built
// on the first fuzzy search from the A and S keys, under the store's writer lock so no write slips between the scan and
// the build; afterwards every write applies its trigram changes after its
// commit, also under the writer lock.
type fuzzyIndex struct {
	mu       sync.RWMutex
	built    bool
	post     postings
	runs     runIndex
	counters sync.Pool // *triCounter
}

// triCounter counts trigram hits per entity id; touched lists the ids with a
// count, so reset clears only those.
type triCounter struct {
	n       []uint8
	touched []uint64
}

func (c *triCounter) inc(id uint64) {
	if id >= uint64(len(c.n)) {
		if id > 1<<26 { // ids this large are not from this store's sequence
			return
		}
		n := make([]uint8, max(2*len(c.n), int(id)+1))
		copy(n, c.n)
		c.n = n
	}
	if c.n[id] == 0 {
		c.touched = append(c.touched, id)
	}
	if c.n[id] < 255 {
		c.n[id]++
	}
}

func (c *triCounter) reset() {
	for _, id := range c.touched {
		c.n[id] = 0
	}
	c.touched = c.touched[:0]
}

// isBuilt tells whether the index is built; it changes only under the
// store's writer lock (ensureFuzzy, and edits that drop it).
func (f *fuzzyIndex) isBuilt() bool {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.built
}

func (f *fuzzyIndex) apply(ops []triOp) {
	if len(ops) == 0 {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.built {
		return
	}
	for _, op := range ops {
		if op.run != "" {
			if op.add {
				f.runs.add(runEntry{op.run, op.id})
			} else {
				f.runs.remove(runEntry{op.run, op.id})
			}
			continue
		}
		if op.add {
			f.post.add(op.t, op.id)
		} else {
			f.post.remove(op.t, op.id)
		}
	}
}

// ensureFuzzy builds the in-memory trigram and word-run indexes once.
func (s *Store) ensureFuzzy() error {
	s.fuzzy.mu.RLock()
	built := s.fuzzy.built
	s.fuzzy.mu.RUnlock()
	if built {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fuzzy.built {
		return nil
	}
	// The trigrams of an entity are those of its forms, which the A keys list
	// exactly; keys of their own (the 3 family of format 3) cost ingest a
	// fifth of its writes for an index that lives in memory.
	post := map[tri][]uint64{}
	var runs []runEntry
	err := s.db.View(func(txn *badger.Txn) error {
		err := scan(txn, []byte{pAlias}, nil, false, false, func(item *badger.Item) (bool, error) {
			_, norm, id, err := parseTypedNormKey(pAlias, item.Key())
			if err != nil {
				return false, err
			}
			for _, t := range triSet(norm) {
				post[t] = append(post[t], id)
			}
			return true, nil
		})
		if err != nil {
			return err
		}
		return scan(txn, []byte{pSearch}, nil, false, false, func(item *badger.Item) (bool, error) {
			run, id, err := parseSearchKey(item.Key())
			if err != nil {
				return false, err
			}
			runs = append(runs, runEntry{run, id})
			return true, nil
		})
	})
	if err != nil {
		return err
	}
	// Two forms of an entity share trigrams; a posting list holds an id once.
	for t, ids := range post {
		slices.Sort(ids)
		post[t] = slices.Compact(ids)
	}
	// An empty index is not kept: rebuilding it costs nothing, and a store
	// can be filled behind the writer's back only while it is empty (Restore
	// loads backups into empty stores only).
	s.fuzzy.mu.Lock()
	s.fuzzy.post, s.fuzzy.runs, s.fuzzy.built = newPostings(post), newRunIndex(runs), len(post) > 0
	s.fuzzy.mu.Unlock()
	return nil
}

// fuzzyCandidates returns up to maxFuzzyScored entity ids sharing the most
// trigrams with the query, skipping those skip reports.
func (s *Store) fuzzyCandidates(qt []qtri, skip func(uint64) bool) ([]uint64, error) {
	if err := s.ensureFuzzy(); err != nil {
		return nil, err
	}
	s.fuzzy.mu.RLock()
	defer s.fuzzy.mu.RUnlock()
	lists := make([][]uint64, 0, len(qt))
	for _, t := range qt {
		if t.start && len(qt) > 2 {
			// "  l" (any word starting with l) is the commonest kind of
			// trigram and " la" carries the same start information.
			continue
		}
		lists = append(lists, s.fuzzy.post.get(t.t))
	}
	// Rare trigrams find the match; the commonest (long lists) are cut off
	// beyond the three rarest, like stop words.
	slices.SortFunc(lists, func(a, b []uint64) int { return cmp.Compare(len(a), len(b)) })
	// Counting in a dense array indexed by id is several times faster than a
	// map for the thousands of postings a query reads; the array is pooled.
	cnt := s.fuzzy.counters.Get().(*triCounter)
	defer s.fuzzy.counters.Put(cnt)
	for i, l := range lists {
		if i >= 3 && len(l) > maxTrigramScan {
			break
		}
		for _, id := range l {
			cnt.inc(id)
		}
	}
	defer cnt.reset()
	// A candidate must share enough trigrams to possibly reach
	// minSimilarity with some form (at least two: one shared trigram is
	// noise). The best by shared count are scored; picking them by count
	// buckets (counts are small) avoids sorting thousands of weak candidates.
	need := max(2, int(minSimilarity*float64(len(qt)))-1)
	var buckets [256][]uint64
	top := 0
	for _, id := range cnt.touched {
		if c := int(cnt.n[id]); c >= need {
			if !skip(id) {
				buckets[c] = append(buckets[c], id)
				top = max(top, c)
			}
		}
	}
	type cand struct {
		id uint64
		n  int
	}
	var cands []cand
	for c := top; c >= need && len(cands) < maxFuzzyScored; c-- {
		b := buckets[c]
		slices.Sort(b)
		for _, id := range b[:min(len(b), maxFuzzyScored-len(cands))] {
			cands = append(cands, cand{id, c})
		}
	}
	out := make([]uint64, 0, min(len(cands), maxFuzzyScored))
	for _, c := range cands[:min(len(cands), maxFuzzyScored)] {
		out = append(out, c.id)
	}
	return out, nil
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
