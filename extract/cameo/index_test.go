package cameo

import "testing"

// bestPatternAll is bestPattern without the anchor indexes: every pattern of
// the block is tried, except that those in wide keep the whole-window
// first-letters test. The indexes must find exactly its answer.
func (l *Lexicon) bestPatternAll(b *block, w []string, start, end int) (p *cpattern, words, gap int, ok bool) {
	rlim := end
	for rlim < len(w) && rlim < end+rightWindow && !clauseBreak(w[rlim]) {
		rlim++
	}
	llim := start
	for llim > 0 && llim > start-leftWindow && !clauseBreak(w[llim-1]) {
		llim--
	}
	wide := map[int32]bool{}
	for _, l := range b.wide {
		for _, idx := range l {
			wide[idx] = true
		}
	}
	wideSeen := map[int32]bool{}
	for j := llim; j < rlim; j++ {
		if j < start || j >= end {
			for _, idx := range b.wide[key2(w[j])] {
				wideSeen[idx] = true
			}
		}
	}
	for idx := range b.patterns {
		if wide[int32(idx)] && !wideSeen[int32(idx)] {
			continue
		}
		cp := &b.patterns[idx]
		if len(cp.left) == 0 && len(cp.right) == 0 {
			continue // never indexed
		}
		g1, okR := matchRight(cp, w, end, rlim)
		if !okR {
			continue
		}
		g2, okL := matchLeft(cp.left, w, start, llim)
		if !okL {
			continue
		}
		g := g1 + g2
		if !ok || betterPattern(cp, g, p, gap) {
			p, words, gap, ok = cp, cp.words, g, true
		}
	}
	return p, words, gap, ok
}

// TestAnchorIndexFindsEveryMatch runs bestPattern with and without the
// indexes over news text at every trigger of the lexicon.
func TestAnchorIndexFindsEveryMatch(t *testing.T) {
	l := lex(t)
	limit := 2 << 20
	if testing.Short() {
		limit = 60 << 10
	}
	calls, found := 0, 0
	for _, s := range sentences(benchText(t, limit)) {
		for i := range s {
			for _, tr := range l.triggers[s[i]] {
				if tr.block < 0 || i+1+len(tr.rest) > len(s) {
					continue
				}
				b := &l.blocks[tr.block]
				end := i + 1 + len(tr.rest)
				p1, w1, g1, ok1 := l.bestPattern(b, s, i, end)
				p2, w2, g2, ok2 := l.bestPatternAll(b, s, i, end)
				calls++
				if ok1 {
					found++
				}
				if p1 != p2 || w1 != w2 || g1 != g2 || ok1 != ok2 {
					t.Fatalf("%q at %d (%s): indexed %v %d %d %v, all %v %d %d %v", s, i, b.name, p1 != nil, w1, g1, ok1, p2 != nil, w2, g2, ok2)
				}
			}
		}
	}
	if calls == 0 || found == 0 {
		t.Fatalf("no pattern lookups (%d) or matches (%d): the test text has no triggers", calls, found)
	}
	t.Logf("%d lookups, %d with a pattern", calls, found)
}
