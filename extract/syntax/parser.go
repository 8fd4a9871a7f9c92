package syntax

// The parser is greedy arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta 2011):
// a stack, a buffer and three moves, SHIFT (buffer front onto the stack),
// LEFT (stack top becomes a dependent of the buffer front) and RIGHT (stack
// top becomes a dependent of the word under it). An averaged perceptron picks
// the move; when a move makes an arc a second perceptron picks its relation
// from features of the head and dependent. Training follows the model's own
// mistakes with a dynamic oracle (Goldberg and Nivre 2012, 2013).

const (
	moveShift = iota
	moveLeft
	moveRight
	numMoves
)

// state is a parser configuration. Words are numbered 1..n; 0 is the root,
// which starts at the bottom of the stack.
type state struct {
	n     int
	ws    []wordInfo // ws[k] for word k, ws[0] the root
	tags  []int32    // tags[k], tags[0] = tagRoot
	stack []int32
	b     int // buffer front; the buffer is b..n, empty when b > n
	heads []int32
	rels  []int32
	// Two outermost children on each side and the number of children per
	// side, for the features.
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []int32
}

const none = -1

func (s *state) reset(n int) {
	s.n = n
	grow := func(a []int32, v int32) []int32 {
		if cap(a) < n+1 {
			a = make([]int32, n+1)
		}
		a = a[:n+1]
		for i := range a {
			a[i] = v
		}
		return a
	}
	if cap(s.ws) < n+1 {
		s.ws = make([]wordInfo, n+1)
	}
	s.ws = s.ws[:n+1]
	s.ws[0] = wordInfo{norm: hashRoot, pre2: hashRoot, suf1: hashRoot, pre1: hashRoot, pre3: hashRoot, suf2: hashRoot, suf3: hashRoot, suf4: hashRoot, shape: hashRoot}
	s.tags = grow(s.tags, int32(tagRoot))
	s.heads = grow(s.heads, none)
	s.rels = grow(s.rels, none)
	s.lc1 = grow(s.lc1, none)
	s.lc2 = grow(s.lc2, none)
	s.rc1 = grow(s.rc1, none)
	s.rc2 = grow(s.rc2, none)
	s.nl = grow(s.nl, 0)
	s.nr = grow(s.nr, 0)
	s.stack = append(s.stack[:0], 0)
	s.b = 1
}

func (s *state) done() bool { return s.b > s.n && len(s.stack) == 1 }

// valid reports which moves the state allows. The root takes its one
// dependent only by the very last move, so every parse has a single root.
func (s *state) valid() (v [numMoves]bool) {
	buf := s.b <= s.n
	v[moveShift] = buf
	v[moveLeft] = buf && len(s.stack) >= 2
	v[moveRight] = len(s.stack) >= 3 || (len(s.stack) == 2 && !buf)
	return v
}

// apply makes move m; rel is the relation of the arc LEFT or RIGHT makes.
func (s *state) apply(m int, rel int32) {
	switch m {
	case moveShift:
		s.stack = append(s.stack, int32(s.b))
		s.b++
	case moveLeft:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(int32(s.b), d, rel)
	case moveRight:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.stack[len(s.stack)-1], d, rel)
	}
}

// arc returns the head and dependent move m would join.
func (s *state) arc(m int) (h, d int32) {
	d = s.stack[len(s.stack)-1]
	if m == moveLeft {
		return int32(s.b), d
	}
	return s.stack[len(s.stack)-2], d
}

func (s *state) attach(h, d, rel int32) {
	s.heads[d] = h
	s.rels[d] = rel
	// LEFT attaches a head's left dependents from the nearest outwards and
	// RIGHT its right dependents from left to right, so the newest child on
	// a side is the outermost.
	if d < h {
		s.lc2[h] = s.lc1[h]
		s.lc1[h] = d
		s.nl[h]++
	} else {
		s.rc2[h] = s.rc1[h]
		s.rc1[h] = d
		s.nr[h]++
	}
}

// stackAt returns the i-th word from the stack top, or none.
func (s *state) stackAt(i int) int32 {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return none
}

func (s *state) bufAt(i int) int32 {
	if k := s.b + i; k <= s.n {
		return int32(k)
	}
	return none
}

func (s *state) word(k int32) uint64 {
	if k < 0 {
		return hashNone
	}
	return s.ws[k].norm
}

func (s *state) tag(k int32) uint64 {
	if k < 0 {
		return uint64(tagNone)
	}
	return uint64(s.tags[k])
}

func (s *state) rel(k int32) uint64 {
	if k < 0 {
		return 1 << 20
	}
	return uint64(s.rels[k]) + 1
}

func child(a []int32, k int32) int32 {
	if k < 0 {
		return none
	}
	return a[k]
}

func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	switch {
	case d < 0:
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	default:
		return 7
	}
}

func count(a []int32, k int32) uint64 {
	if k < 0 {
		return 99
	}
	return uint64(min(a[k], 5))
}

// Parser feature templates.
const (
	pfS0w = iota + 1
	pfS0p
	pfS0wp
	pfB0w
	pfB0p
	pfB0wp
	pfB1w
	pfB1p
	pfB1wp
	pfB2p
	pfS1w
	pfS1p
	pfS1wp
	pfS2p
	pfS0wpB0wp
	pfS0wpB0w
	pfS0wB0wp
	pfS0wpB0p
	pfS0pB0wp
	pfS0wB0w
	pfS0pB0p
	pfB0pB1p
	pfS1wS0w
	pfS1pS0p
	pfS1wpS0p
	pfS1pS0wp
	pfB0pB1pB2p
	pfS0pB0pB1p
	pfS1pS0pB0p
	pfS2pS1pS0p
	pfS0pS0lpB0p
	pfS0pS0rpB0p
	pfS0pB0pB0lp
	pfS1pS0pS0lp
	pfS1pS0pS0rp
	pfS1pS1rpS0p
	pfS1pS1lpS0p
	pfS0wDist
	pfS0pDist
	pfB0wDist
	pfB0pDist
	pfS0pB0pDist
	pfS0wB0wDist
	pfS1pS0pDist
	pfS1wS0wDist
	pfS0wVr
	pfS0pVr
	pfS0wVl
	pfS0pVl
	pfB0wVl
	pfB0pVl
	pfS1wVr
	pfS1pVr
	pfS1pVl
	pfS0lw
	pfS0lp
	pfS0ll
	pfS0rw
	pfS0rp
	pfS0rl
	pfB0lw
	pfB0lp
	pfB0ll
	pfS1rw
	pfS1rp
	pfS1rl
	pfS1lp
	pfS1ll
	pfS0l2p
	pfS0l2l
	pfS0r2p
	pfS0r2l
	pfB0l2p
	pfB0l2l
	pfS0pS0llS0l2l
	pfS0pS0rlS0r2l
	pfB0pB0llB0l2l
	pfS0wS0rl
	pfB0wB0ll
	pfS0wB0p1
	pfS0pB0w1
	pfB0pPrevp
	pfS0pNextp
	pfS0pS0Nextp
	pfS1wB0w
	pfS1pB0wp
	pfS0pB0wB0lw
	pfS1pB0wB0lw
	pfS1wB0pB0lw
)

// parseFeatures appends the move features of s.
func parseFeatures(dst []uint64, s *state) []uint64 {
	s0, s1, s2 := s.stackAt(0), s.stackAt(1), s.stackAt(2)
	b0, b1, b2 := s.bufAt(0), s.bufAt(1), s.bufAt(2)
	s0w, s0p := s.word(s0), s.tag(s0)
	s1w, s1p := s.word(s1), s.tag(s1)
	b0w, b0p := s.word(b0), s.tag(b0)
	b1w, b1p := s.word(b1), s.tag(b1)
	s2p, b2p := s.tag(s2), s.tag(b2)
	s0l, s0r, s0l2, s0r2 := child(s.lc1, s0), child(s.rc1, s0), child(s.lc2, s0), child(s.rc2, s0)
	s1l, s1r := child(s.lc1, s1), child(s.rc1, s1)
	b0l, b0l2 := child(s.lc1, b0), child(s.lc2, b0)
	s0lp, s0rp, s1lp, s1rp, b0lp := s.tag(s0l), s.tag(s0r), s.tag(s1l), s.tag(s1r), s.tag(b0l)
	s0ll, s0rl, b0ll := s.rel(s0l), s.rel(s0r), s.rel(b0l)
	d0 := dist(s0, b0)
	d1 := dist(s1, s0)
	// The words right after s0 and before b0 tell whether material lies
	// between them.
	var s0next, b0prev int32 = none, none
	if s0 > 0 && int(s0) < s.n {
		s0next = s0 + 1
	}
	if b0 > 1 {
		b0prev = b0 - 1
	}
	return append(dst,
		key1(pfS0w, s0w),
		key1(pfS0p, s0p),
		key2(pfS0wp, s0w, s0p),
		key1(pfB0w, b0w),
		key1(pfB0p, b0p),
		key2(pfB0wp, b0w, b0p),
		key1(pfB1w, b1w),
		key1(pfB1p, b1p),
		key2(pfB1wp, b1w, b1p),
		key1(pfB2p, b2p),
		key1(pfS1w, s1w),
		key1(pfS1p, s1p),
		key2(pfS1wp, s1w, s1p),
		key1(pfS2p, s2p),
		key3(pfS0wpB0wp, s0w, b0w, s0p<<8|b0p),
		key3(pfS0wpB0w, s0w, b0w, s0p),
		key3(pfS0wB0wp, s0w, b0w, b0p),
		key2(pfS0wpB0p, s0w, s0p<<8|b0p),
		key2(pfS0pB0wp, b0w, s0p<<8|b0p),
		key2(pfS0wB0w, s0w, b0w),
		key1(pfS0pB0p, s0p<<8|b0p),
		key1(pfB0pB1p, b0p<<8|b1p),
		key2(pfS1wS0w, s1w, s0w),
		key1(pfS1pS0p, s1p<<8|s0p),
		key2(pfS1wpS0p, s1w, s1p<<8|s0p),
		key2(pfS1pS0wp, s0w, s1p<<8|s0p),
		key1(pfB0pB1pB2p, b0p<<16|b1p<<8|b2p),
		key1(pfS0pB0pB1p, s0p<<16|b0p<<8|b1p),
		key1(pfS1pS0pB0p, s1p<<16|s0p<<8|b0p),
		key1(pfS2pS1pS0p, s2p<<16|s1p<<8|s0p),
		key1(pfS0pS0lpB0p, s0p<<16|s0lp<<8|b0p),
		key1(pfS0pS0rpB0p, s0p<<16|s0rp<<8|b0p),
		key1(pfS0pB0pB0lp, s0p<<16|b0p<<8|b0lp),
		key1(pfS1pS0pS0lp, s1p<<16|s0p<<8|s0lp),
		key1(pfS1pS0pS0rp, s1p<<16|s0p<<8|s0rp),
		key1(pfS1pS1rpS0p, s1p<<16|s1rp<<8|s0p),
		key1(pfS1pS1lpS0p, s1p<<16|s1lp<<8|s0p),
		key2(pfS0wDist, s0w, d0),
		key1(pfS0pDist, s0p<<8|d0),
		key2(pfB0wDist, b0w, d0),
		key1(pfB0pDist, b0p<<8|d0),
		key1(pfS0pB0pDist, s0p<<16|b0p<<8|d0),
		key3(pfS0wB0wDist, s0w, b0w, d0),
		key1(pfS1pS0pDist, s1p<<16|s0p<<8|d1),
		key3(pfS1wS0wDist, s1w, s0w, d1),
		key2(pfS0wVr, s0w, count(s.nr, s0)),
		key1(pfS0pVr, s0p<<8|count(s.nr, s0)),
		key2(pfS0wVl, s0w, count(s.nl, s0)),
		key1(pfS0pVl, s0p<<8|count(s.nl, s0)),
		key2(pfB0wVl, b0w, count(s.nl, b0)),
		key1(pfB0pVl, b0p<<8|count(s.nl, b0)),
		key2(pfS1wVr, s1w, count(s.nr, s1)),
		key1(pfS1pVr, s1p<<8|count(s.nr, s1)),
		key1(pfS1pVl, s1p<<8|count(s.nl, s1)),
		key1(pfS0lw, s.word(s0l)),
		key1(pfS0lp, s0lp),
		key1(pfS0ll, s0ll),
		key1(pfS0rw, s.word(s0r)),
		key1(pfS0rp, s0rp),
		key1(pfS0rl, s0rl),
		key1(pfB0lw, s.word(b0l)),
		key1(pfB0lp, b0lp),
		key1(pfB0ll, b0ll),
		key1(pfS1rw, s.word(s1r)),
		key1(pfS1rp, s1rp),
		key1(pfS1rl, s.rel(s1r)),
		key1(pfS1lp, s1lp),
		key1(pfS1ll, s.rel(s1l)),
		key1(pfS0l2p, s.tag(s0l2)),
		key1(pfS0l2l, s.rel(s0l2)),
		key1(pfS0r2p, s.tag(s0r2)),
		key1(pfS0r2l, s.rel(s0r2)),
		key1(pfB0l2p, s.tag(b0l2)),
		key1(pfB0l2l, s.rel(b0l2)),
		key3(pfS0pS0llS0l2l, s0p, s0ll, s.rel(s0l2)),
		key3(pfS0pS0rlS0r2l, s0p, s0rl, s.rel(s0r2)),
		key3(pfB0pB0llB0l2l, b0p, b0ll, s.rel(b0l2)),
		key2(pfS0wS0rl, s0w, s0rl),
		key2(pfB0wB0ll, b0w, b0ll),
		key2(pfS0wB0p1, s0w, b1p),
		key2(pfS0pB0w1, b1w, s0p),
		key1(pfB0pPrevp, b0p<<8|s.tag(b0prev)),
		key1(pfS0pNextp, s0p<<8|s.tag(s0next)),
		key2(pfS0pS0Nextp, s0p<<16|s.tag(s0next)<<8, s.word(s0next)),
		// Where a prepositional phrase (b0 with its case word b0l) goes:
		// to s0 or to the word under it.
		key2(pfS1wB0w, s1w, b0w),
		key2(pfS1pB0wp, s1p<<8|b0p, b0w),
		key3(pfS0pB0wB0lw, s0p, b0w, s.word(b0l)),
		key3(pfS1pB0wB0lw, s1p, b0w, s.word(b0l)),
		key3(pfS1wB0pB0lw, s1w, b0p, s.word(b0l)),
	)
}

// Relation feature templates; each is also joined with the arc's direction.
const (
	lfDp = iota + 1
	lfHp
	lfDpHp
	lfDw
	lfHw
	lfDwHp
	lfDpHw
	lfDwHw
	lfDpHpDist
	lfDlwDpHp
	lfDlDp
	lfDrlDp
	lfDvDp
	lfHsideDpHp
	lfHotherDpHp
	lfDprevDp
	lfDnextDp
	lfHprevHp
	lfDnextwDp
	lfDsuf3Hp
	lfDlwDw
	lfDl2DlDp
	lfHheadless
	lfDfirst
)

// labelFeatures appends the relation features of the arc h -> d.
func labelFeatures(dst []uint64, s *state, h, d int32) []uint64 {
	dir := uint64(0)
	hSide, hOther := child(s.lc1, h), child(s.rc1, h)
	if d > h {
		dir = 1 << 40
		hSide, hOther = hOther, hSide
	}
	dw, dp := s.word(d), s.tag(d)
	hw, hp := s.word(h), s.tag(h)
	dl, dr := s.lc1[d], s.rc1[d]
	var dprev, dnext, hprev int32 = none, none, none
	if d > 1 {
		dprev = d - 1
	}
	if int(d) < s.n {
		dnext = d + 1
	}
	if h > 1 {
		hprev = h - 1
	}
	first := uint64(0)
	if d == 1 {
		first = 1
	}
	if s.ws[d].upper {
		first |= 2
	}
	return append(dst,
		key1(lfDp, dir|dp),
		key1(lfHp, dir|hp),
		key1(lfDpHp, dir|dp<<8|hp),
		key1(lfDw, dir^dw),
		key1(lfHw, dir^hw),
		key2(lfDwHp, dir|hp, dw),
		key2(lfDpHw, dir|dp, hw),
		key3(lfDwHw, dir, dw, hw),
		key1(lfDpHpDist, dir|dp<<16|hp<<8|dist(h, d)),
		key2(lfDlwDpHp, dir|dp<<8|hp, s.word(dl)),
		key1(lfDlDp, dir|dp<<24|s.rel(dl)),
		key1(lfDrlDp, dir|dp<<24|s.rel(dr)),
		key1(lfDvDp, dir|dp<<16|count(s.nl, d)<<8|count(s.nr, d)),
		key1(lfHsideDpHp, dir|dp<<32|hp<<24|s.rel(hSide)),
		key1(lfHotherDpHp, dir|dp<<32|hp<<24|s.rel(hOther)),
		key1(lfDprevDp, dir|dp<<8|s.tag(dprev)),
		key1(lfDnextDp, dir|dp<<8|s.tag(dnext)),
		key1(lfHprevHp, dir|hp<<8|s.tag(hprev)),
		key2(lfDnextwDp, dir|dp, s.word(dnext)),
		key2(lfDsuf3Hp, dir|dp<<8|hp, s.ws[d].suf3),
		key3(lfDlwDw, dir, s.word(dl), dw),
		key1(lfDl2DlDp, dir|dp<<48|s.rel(dl)<<24|s.rel(s.lc2[d])),
		key1(lfHheadless, dir|hp<<8|uint64(min(len(s.stack), 4))),
		key1(lfDfirst, dir|dp<<8|first),
	)
}
