package store

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// runIndex is the word-run index (the S keys) held in memory next to the
// trigram postings, with the same life cycle (see fuzzyIndex): built from the
// keys on first use under the writer lock, kept current by the ingest writer's
// log, dropped by other edits. A prefix search read hundreds of S keys through
// a Badger iterator per query, a quarter of a search's store time on the big
// store; here it is a binary search and a walk over a slice.
//
// Entries are (run, entity) in the S keys' order. Writes go to a small sorted
// delta and a set of removed base entries, merged into the base when they
// grow, so an ingest never moves the whole base.
//
// The base holds no pointers: its runs are spans of one string (blob), so the
// garbage collector marks two objects for it where a slice of strings gave it
// one per run (a hundred thousand on the bbc+reuters store, a large part of
// every mark phase of a serving process).
type runIndex struct {
	blob  string
	base  []runSpan
	delta []runEntry
	gone  map[runEntry]struct{}
}

// runSpan is a base entry: its run is blob[off:off+n].
type runSpan struct {
	off, n uint32
	id     uint64
}

func (x *runIndex) at(i int) runEntry {
	s := x.base[i]
	return runEntry{x.blob[s.off : s.off+s.n], s.id}
}

type runEntry struct {
	run string
	id  uint64
}

// compareRuns orders entries as their S keys (run bytes, then 0, then the
// big-endian id): runs never hold a NUL, so string order then id order.
func compareRuns(a, b runEntry) int {
	if c := strings.Compare(a.run, b.run); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

// maxRunDelta bounds the delta and removed set before a merge.
const maxRunDelta = 4096

func newRunIndex(base []runEntry) runIndex {
	if !slices.IsSortedFunc(base, compareRuns) {
		slices.SortFunc(base, compareRuns)
	}
	x := runIndex{gone: map[runEntry]struct{}{}}
	x.setBase(slices.CompactFunc(base, func(a, b runEntry) bool { return a == b }))
	return x
}

// setBase packs sorted, distinct entries into the blob and spans. Entries of
// one run (every entity a word names) share its bytes.
func (x *runIndex) setBase(entries []runEntry) {
	size := 0
	for i, e := range entries {
		if i == 0 || e.run != entries[i-1].run {
			size += len(e.run)
		}
	}
	var b strings.Builder
	b.Grow(size)
	spans := make([]runSpan, len(entries))
	var last runSpan
	for i, e := range entries {
		if i == 0 || e.run != entries[i-1].run {
			last = runSpan{off: uint32(b.Len()), n: uint32(len(e.run))}
			b.WriteString(e.run)
		}
		spans[i] = runSpan{off: last.off, n: last.n, id: e.id}
	}
	x.blob, x.base = b.String(), spans
}

// searchBase is the index of the first base entry not before e.
func (x *runIndex) searchBase(e runEntry) (int, bool) {
	i := sort.Search(len(x.base), func(i int) bool { return compareRuns(x.at(i), e) >= 0 })
	return i, i < len(x.base) && x.at(i) == e
}

func (x *runIndex) add(e runEntry) {
	if _, ok := x.gone[e]; ok {
		delete(x.gone, e) // still in the base
		return
	}
	if _, ok := x.searchBase(e); ok {
		return
	}
	i, ok := slices.BinarySearchFunc(x.delta, e, compareRuns)
	if ok {
		return
	}
	x.delta = slices.Insert(x.delta, i, e)
	x.maybeMerge()
}

func (x *runIndex) remove(e runEntry) {
	if i, ok := slices.BinarySearchFunc(x.delta, e, compareRuns); ok {
		x.delta = slices.Delete(x.delta, i, i+1)
		return
	}
	if _, ok := x.searchBase(e); ok {
		x.gone[e] = struct{}{}
		x.maybeMerge()
	}
}

func (x *runIndex) maybeMerge() {
	if len(x.delta)+len(x.gone) <= maxRunDelta {
		return
	}
	merged := make([]runEntry, 0, len(x.base)+len(x.delta)-len(x.gone))
	x.each("", func(e runEntry) bool {
		merged = append(merged, e)
		return true
	})
	x.setBase(merged)
	x.delta, x.gone = nil, map[runEntry]struct{}{}
}

// each calls fn with every entry whose run starts with prefix, in key order,
// until fn returns false.
func (x *runIndex) each(prefix string, fn func(runEntry) bool) {
	i := sort.Search(len(x.base), func(i int) bool { return x.at(i).run >= prefix })
	j := sort.Search(len(x.delta), func(j int) bool { return x.delta[j].run >= prefix })
	for {
		inBase := i < len(x.base) && strings.HasPrefix(x.at(i).run, prefix)
		inDelta := j < len(x.delta) && strings.HasPrefix(x.delta[j].run, prefix)
		var e runEntry
		switch {
		case inBase && (!inDelta || compareRuns(x.at(i), x.delta[j]) < 0):
			e = x.at(i)
			i++
			if _, ok := x.gone[e]; ok {
				continue
			}
		case inDelta:
			e = x.delta[j]
			j++
		default:
			return
		}
		if !fn(e) {
			return
		}
	}
}
