package ner

import "github.com/newsgraph/newsgraph/extract/gazetteer"

// The tagger computes the same feature rows as features() (training's
// definition), in the same order so the float sums are bit-identical, but
// resolves most of them without hashing: features of the word alone and of
// the word as a neighbour are looked up once per spelling (wordEntry), and
// features whose value comes from a small set are looked up once per tagger
// (rowTables). Only the pair features (bigrams, shape triples) still probe
// the model per token.

// noRow marks a feature the model does not have.
const noRow = -1

// rowIndex returns the weight row number of a feature, or noRow.
func (m *Model) rowIndex(key uint64) int32 {
	if key == 0 {
		key = 1
	}
	if f := key >> filterShift; m.filter == nil || m.filter[f/64]&(1<<(f%64)) == 0 {
		return noRow
	}
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		sl := &m.slots[i]
		if sl.key == key {
			return sl.row
		}
		if sl.key == 0 {
			return noRow
		}
	}
}

// addRowsGeneric is addRows in Go; the test holds the assembly to it.
func addRowsGeneric(e *[numTags]float32, weights []float32, rows []int32) {
	for _, r := range rows {
		if r == noRow || int(r)*rowLen+rowLen > len(weights) {
			continue
		}
		addRow(e, (*[rowLen]float32)(weights[int(r)*rowLen:]))
	}
}

// shapeMemoSize is the number of slots of the per-scratch memo of shape
// triple rows (64 KiB).
const shapeMemoSize = 1 << 12

type memoSlot struct {
	key uint64 // 0: empty
	row int32
}

// shape3Row is rowIndex for the shape-triple feature, which nearly every
// token has in the model (a probe into the multi-megabyte feature table
// each) though news holds few distinct triples ("Xx x x"): a small
// direct-mapped memo of recent answers, mostly in cache, answers first.
func (t *Tagger) shape3Row(s *scratch, key uint64) int32 {
	if len(s.memo) != shapeMemoSize {
		s.memo = make([]memoSlot, shapeMemoSize)
	}
	sl := &s.memo[key&(shapeMemoSize-1)]
	if sl.key == key && key != 0 {
		return sl.row
	}
	r := t.m.rowIndex(key)
	*sl = memoSlot{key, r}
	return r
}

// capBits is the width of the capitalisation value capf (fCap, fAllCaps and
// fLowerFirst, plus first<<4 in tHistCap).
const capBits = 6

// rowTables holds the rows of the features whose values come from small sets,
// indexed by value; filled once per tagger and only read afterwards.
type rowTables struct {
	// Sentence-boundary values of the neighbour features.
	lowerM1BOS, lowerP1EOS, lowerM2BOS, lowerP2EOS int32
	shapeM1BOS, shapeP1EOS                         int32
	gazM1BOS, gazP1EOS                             int32
	first                                          [2][1 << capBits]int32
	gaz, gazM1, gazP1                              [256]int32 // by gaz & 0xff
	gazCap                                         [256][1 << capBits]int32
	title                                          [3][3]int32 // by title of the token and of the one before
	hist                                           [16]int32   // by history code
	histCap                                        [16][1 << capBits]int32
	demonym, glued                                 int32
	personCtx                                      [1 << 9]int32 // by person<<7 | first<<6 | capf
	personNear                                     [256]int32    // by the person bits of the token and its neighbours
	personHist                                     [64]int32     // by person<<4 | history code
}

func newRowTables(m *Model) *rowTables {
	r := &rowTables{
		lowerM1BOS: m.rowIndex(feat(tLowerM1, hBOS)),
		lowerP1EOS: m.rowIndex(feat(tLowerP1, hEOS)),
		lowerM2BOS: m.rowIndex(feat(tLowerM2, hBOS)),
		lowerP2EOS: m.rowIndex(feat(tLowerP2, hEOS)),
		shapeM1BOS: m.rowIndex(feat(tShapeM1, hBOS)),
		shapeP1EOS: m.rowIndex(feat(tShapeP1, hEOS)),
		gazM1BOS:   m.rowIndex(feat(tGazM1, 1<<20)),
		gazP1EOS:   m.rowIndex(feat(tGazP1, 1<<21)),
		demonym:    m.rowIndex(feat(tDemonym, 1)),
		glued:      m.rowIndex(feat(tGlued, 1)),
	}
	for c := uint64(0); c < 1<<capBits; c++ {
		r.first[0][c] = m.rowIndex(feat(tFirst, c))
		r.first[1][c] = m.rowIndex(feat(tFirst, 1<<8|c))
	}
	for g := uint64(0); g < 256; g++ {
		r.gaz[g] = m.rowIndex(feat(tGaz, g))
		r.gazM1[g] = m.rowIndex(feat(tGazM1, g))
		r.gazP1[g] = m.rowIndex(feat(tGazP1, g))
		for c := uint64(0); c < 1<<capBits; c++ {
			r.gazCap[g][c] = m.rowIndex(feat(tGazCap, g<<8|c))
		}
	}
	for a := uint64(0); a < 3; a++ {
		for b := uint64(0); b < 3; b++ {
			r.title[a][b] = m.rowIndex(feat(tTitle, a<<4|b))
		}
	}
	for v := uint64(0); v < 1<<9; v++ {
		r.personCtx[v] = m.rowIndex(feat(tPersonCtx, v))
	}
	for v := uint64(0); v < 64; v++ {
		r.personHist[v] = m.rowIndex(feat(tPersonHist, v))
	}
	for v := uint64(0); v < 256; v++ {
		r.personNear[v] = m.rowIndex(feat(tPersonNear, v))
	}
	for h := uint64(0); h < 16; h++ {
		r.hist[h] = m.rowIndex(feat(tHist, h))
		for c := uint64(0); c < 1<<capBits; c++ {
			r.histCap[h][c] = m.rowIndex(feat(tHistCap, h<<8|c))
		}
	}
	return r
}

// wordEntry is what tagging needs of one spelling, computed once.
type wordEntry struct {
	score [numTags]float32 // summed word-only features (wordFeatures)
	// person and gaz1 as tokInfo's; here they fill the padding after
	// score, so the entry stays 144 bytes.
	person, gaz1   uint8
	key            uint64 // spellingKey
	lower, shape   uint64
	flags, cluster uint32
	gaz            gazetteer.Start
	// near are the rows of this word seen as a neighbour: tLowerM1,
	// tLowerP1, tLowerM2, tLowerP2, tShapeM1, tShapeP1.
	near [6]int32
}

const (
	nearLowerM1 = iota
	nearLowerP1
	nearLowerM2
	nearLowerP2
	nearShapeM1
	nearShapeP1
)

// spellingKey hashes a token's bytes for the word cache. A hash key, not the
// string: comparing string keys chased a pointer per lookup into cold memory,
// and keeping strings would pin documents. Two spellings colliding in 64 bits
// is as unlikely as the feature hashes colliding, which the model accepts.
func spellingKey(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= fnvPrime
	}
	return mix(h ^ uint64(len(w)))
}

// wordTable maps spelling keys to word entries: open addressing with linear
// probing, grown by doubling at half load. A Go map did the same job at
// twice the cost per token (its own hash of an already mixed key, group
// probing), and it is looked up once per token. A slot keeps 32 bits of the
// key and the entry, whose full key settles the match: half the table a
// full key would take, and the entry is read next anyway.
type wordTable struct {
	slots []wordSlot
	n     int
}

type wordSlot struct {
	tag uint32 // high half of the key, low bit set; 0: empty
	id  int32
}

func slotTag(key uint64) uint32 { return uint32(key>>32) | 1 }

func (wt *wordTable) get(key uint64, ents []wordEntry) (int32, bool) {
	if len(wt.slots) == 0 {
		return 0, false
	}
	tag := slotTag(key)
	mask := uint64(len(wt.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		sl := wt.slots[i]
		if sl.tag == 0 {
			return 0, false
		}
		if sl.tag == tag && ents[sl.id].key == key {
			return sl.id, true
		}
	}
}

// candidate is get without reading the entries: the entry of the first slot
// whose tag is key's, which the caller must still check (ents[id].key ==
// key; if not, get knows). ok=false means key is certainly absent. Reading
// the entry was a cache miss waited on in the lookup loop; checked later,
// the misses of a sentence's words overlap.
func (wt *wordTable) candidate(key uint64) (int32, bool) {
	if len(wt.slots) == 0 {
		return 0, false
	}
	tag := slotTag(key)
	mask := uint64(len(wt.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		sl := wt.slots[i]
		if sl.tag == 0 {
			return 0, false
		}
		if sl.tag == tag {
			return sl.id, true
		}
	}
}

// put adds entry id, whose key is ents[id].key.
func (wt *wordTable) put(id int32, ents []wordEntry) {
	if 2*(wt.n+1) > len(wt.slots) {
		old := wt.slots
		wt.slots = make([]wordSlot, max(1<<12, 2*len(old)))
		wt.n = 0
		for _, sl := range old {
			if sl.tag != 0 {
				wt.put(sl.id, ents)
			}
		}
	}
	key := ents[id].key
	mask := uint64(len(wt.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		if wt.slots[i].tag == 0 {
			wt.slots[i] = wordSlot{slotTag(key), id}
			wt.n++
			return
		}
	}
}

func (wt *wordTable) reset() {
	clear(wt.slots)
	wt.n = 0
}

// wordID returns the cache entry of a spelling, computing it on first sight.
func (t *Tagger) wordID(s *scratch, w string) int32 {
	key := spellingKey(w)
	if id, ok := s.cache.get(key, s.entries); ok {
		return id
	}
	return t.newWord(s, w, key)
}

// newWord computes and caches the entry of spelling w (key spellingKey(w)),
// which the cache does not hold.
func (t *Tagger) newWord(s *scratch, w string, key uint64) int32 {
	var info tokInfo
	analyze(w, &info)
	if t.m.clusters != nil {
		info.cluster = t.m.clusters[info.lower]
	}
	var st gazetteer.Start
	if t.g != nil {
		st = t.g.WordStart(w)
		if info.flags&fCap != 0 {
			if p := t.g.PersonWord(w); p != 0 {
				info.person, info.gaz1 = p, st.OneWordTypes()
			}
		}
	}
	e := wordEntry{key: key, lower: info.lower, shape: info.shape, flags: info.flags, cluster: info.cluster,
		person: info.person, gaz1: info.gaz1, gaz: st}
	m := t.m
	s.feats = wordFeatures(s.feats[:0], &info)
	s.rows = s.rows[:0]
	for _, f := range s.feats {
		s.rows = append(s.rows, m.rowIndex(f))
	}
	addRows(&e.score, m.weights, s.rows)
	e.near = [6]int32{
		m.rowIndex(feat(tLowerM1, info.lower)),
		m.rowIndex(feat(tLowerP1, info.lower)),
		m.rowIndex(feat(tLowerM2, info.lower)),
		m.rowIndex(feat(tLowerP2, info.lower)),
		m.rowIndex(feat(tShapeM1, info.shape)),
		m.rowIndex(feat(tShapeP1, info.shape)),
	}
	id := int32(len(s.entries))
	s.entries = append(s.entries, e)
	s.cache.put(id, s.entries)
	return id
}

// sentenceInfo fills s.ids and s.infos for one sentence: the cached word
// entries, then the gazetteer and title marks (as docInfo computes them).
func (t *Tagger) sentenceInfo(s *scratch, words []string, glued []bool) {
	n := len(words)
	if len(s.entries)+n > wordCacheMax {
		s.cache.reset()
		s.entries = s.entries[:0]
	}
	s.ids = grow(s.ids, n)
	s.keys = grow(s.keys, n)
	s.infos = grow(s.infos, n)
	// Entries first, then their fields: the lookups of different tokens
	// are independent, so their cache misses overlap. An entry found by its
	// slot's tag is checked in the second loop, where reading it is needed
	// anyway.
	for i, w := range words {
		key := spellingKey(w)
		s.keys[i] = key
		id, ok := s.cache.candidate(key)
		if !ok {
			id = t.newWord(s, w, key)
		}
		s.ids[i] = id
	}
	for i, id := range s.ids[:n] {
		e := &s.entries[id]
		if e.key != s.keys[i] {
			// Another spelling's tag came first (one in billions).
			id = t.wordID(s, words[i])
			s.ids[i], e = id, &s.entries[id]
		}
		s.infos[i] = tokInfo{lower: e.lower, shape: e.shape, flags: e.flags, cluster: e.cluster, person: e.person, gaz1: e.gaz1}
		if glued != nil && glued[i] {
			s.infos[i].flags |= fGlued
		}
	}
	if t.g == nil {
		return
	}
	infos := s.infos[:n]
	for i := range infos {
		e := &s.entries[s.ids[i]]
		if infos[i].flags&fPunct != 0 {
			continue
		}
		if infos[i].flags&(fCap|fDigit) != 0 && e.gaz.MayStartName() {
			if n, types := t.g.MatchTypesFrom(words, i, &e.gaz); n > 0 {
				// Keep the longest match covering each token.
				for j := i; j < i+n; j++ {
					pos := uint32(2) // inside
					switch {
					case n == 1:
						pos = 4
					case j == i:
						pos = 1
					case j == i+n-1:
						pos = 3
					}
					if infos[j].gaz == 0 || n > int(infos[j].gaz>>8) {
						infos[j].gaz = uint32(n)<<8 | pos<<4 | uint32(types)
					}
				}
			}
		}
		if e.gaz.MayStartTitle() {
			if n := t.g.IsTitleFrom(words, i, &e.gaz); n > 0 {
				for j := i; j < i+n; j++ {
					infos[j].title = 1
				}
				if i+n < len(words) && infos[i+n].title == 0 {
					infos[i+n].title = 2
				}
			}
		}
		if infos[i].flags&fCap != 0 && e.gaz.Demonym {
			infos[i].demonym = true
		}
	}
}

// contextRows appends the rows of contextFeatures(infos, i, hist), in its
// order, to buf.
func (t *Tagger) contextRows(buf []int32, s *scratch, i int) []int32 {
	m, tb := t.m, t.tables
	infos, ids, ents := s.infos, s.ids, s.entries
	n := len(ids)
	cur := &infos[i]
	lm1, lp1 := uint64(hBOS), uint64(hEOS)
	sm1, sp1 := uint64(hBOS), uint64(hEOS)
	cm1, cp1 := uint64(1<<22), uint64(1<<23)
	rLM1, rLP1, rLM2, rLP2 := tb.lowerM1BOS, tb.lowerP1EOS, tb.lowerM2BOS, tb.lowerP2EOS
	rSM1, rSP1, rGM1, rGP1 := tb.shapeM1BOS, tb.shapeP1EOS, tb.gazM1BOS, tb.gazP1EOS
	var tm1 uint32
	var pm1, pp1, pp2 uint8
	if i > 0 {
		p := &infos[i-1]
		pe := &ents[ids[i-1]]
		lm1, sm1, cm1, tm1 = p.lower, p.shape, uint64(p.cluster), p.title
		pm1 = p.person
		rLM1, rSM1, rGM1 = pe.near[nearLowerM1], pe.near[nearShapeM1], tb.gazM1[p.gaz&0xff]
		if i > 1 {
			rLM2 = ents[ids[i-2]].near[nearLowerM2]
		}
	}
	if i+1 < n {
		nx := &infos[i+1]
		ne := &ents[ids[i+1]]
		lp1, sp1, cp1 = nx.lower, nx.shape, uint64(nx.cluster)
		pp1 = nx.person
		rLP1, rSP1, rGP1 = ne.near[nearLowerP1], ne.near[nearShapeP1], tb.gazP1[nx.gaz&0xff]
		if i+2 < n {
			rLP2, pp2 = ents[ids[i+2]].near[nearLowerP2], infos[i+2].person
		}
	}
	first := 0
	if i == 0 {
		first = 1
	}
	capf := cur.flags & (fCap | fAllCaps | fLowerFirst)
	g := cur.gaz & 0xff
	buf = append(buf,
		rLM1, rLP1, rLM2, rLP2, rSM1, rSP1,
		t.shape3Row(s, feat(tShape3, sm1*31+cur.shape*17+sp1)),
		m.rowIndex(feat(tBigramL, lm1*31+cur.lower)),
		m.rowIndex(feat(tBigramR, cur.lower*31+lp1)),
		tb.first[first][capf],
		m.rowIndex(feat(tWordShapeP1, cur.lower*31+sp1)),
		tb.gaz[g], rGM1, rGP1, tb.gazCap[g][capf],
		tb.title[cur.title][tm1],
	)
	if cur.demonym {
		buf = append(buf, tb.demonym)
	}
	if cur.flags&fGlued != 0 {
		buf = append(buf, tb.glued)
	}
	if cm1 != 0 || cp1 != 0 {
		buf = append(buf, m.rowIndex(feat(tClusterM1, cm1)), m.rowIndex(feat(tClusterP1, cp1)))
	}
	if cur.flags&fCap != 0 {
		hc := s.hist.code(cur.lower)
		buf = append(buf, tb.hist[hc], tb.histCap[hc][capf|uint32(first)<<4])
		if cur.person != 0 {
			buf = append(buf, tb.personHist[uint64(cur.person)<<4|hc])
		}
	}
	if cur.person != 0 {
		// The person word's next word repeats ("said", "and", "'s"): the
		// memo answers most of these probes too.
		buf = append(buf, tb.personCtx[uint32(cur.person)<<7|uint32(first)<<6|capf], t.shape3Row(s, feat(tPersonP1, uint64(cur.person)*31+lp1)))
	}
	if pm1|pp1|pp2 != 0 {
		buf = append(buf, tb.personNear[cur.person<<6|pm1<<4|pp1<<2|pp2])
	}
	return buf
}
