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
type runIndex struct {
	base  []runEntry
	delta []runEntry
	gone  map[runEntry]struct{}
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
	return runIndex{base: slices.CompactFunc(base, func(a, b runEntry) bool { return a == b }), gone: map[runEntry]struct{}{}}
}

func (x *runIndex) add(e runEntry) {
	if _, ok := x.gone[e]; ok {
		delete(x.gone, e) // still in the base
		return
	}
	if _, ok := slices.BinarySearchFunc(x.base, e, compareRuns); ok {
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
	if _, ok := slices.BinarySearchFunc(x.base, e, compareRuns); ok {
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
	x.base, x.delta, x.gone = merged, nil, map[runEntry]struct{}{}
}

// each calls fn with every entry whose run starts with prefix, in key order,
// until fn returns false.
func (x *runIndex) each(prefix string, fn func(runEntry) bool) {
	i := sort.Search(len(x.base), func(i int) bool { return x.base[i].run >= prefix })
	j := sort.Search(len(x.delta), func(j int) bool { return x.delta[j].run >= prefix })
	for {
		inBase := i < len(x.base) && strings.HasPrefix(x.base[i].run, prefix)
		inDelta := j < len(x.delta) && strings.HasPrefix(x.delta[j].run, prefix)
		var e runEntry
		switch {
		case inBase && (!inDelta || compareRuns(x.base[i], x.delta[j]) < 0):
			e = x.base[i]
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
