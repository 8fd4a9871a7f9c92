package cameo

import "hash/maphash"

// wordFilter is a Bloom filter over a set of words: a word it rejects is
// surely not in the set, a word it accepts may be. Match looks up every word
// of a document in the trigger map, and most words are none; the map is
// large, so a miss costs a cache miss, while the filter's 16 KB mostly stay
// in cache. The filter only decides whether
// to look a word up, never what is found, so results do not depend on it
// (nor on its random seed).
type wordFilter struct {
	seed maphash.Seed
	bits []uint64
	mask uint64
}

// newWordFilter sizes a filter for n words: 16 bits a word, two probes,
// about one false acceptance in a hundred.
func newWordFilter(n int) wordFilter {
	size := uint64(1024)
	for size < uint64(n)*16 {
		size *= 2
	}
	return wordFilter{seed: maphash.MakeSeed(), bits: make([]uint64, size/64), mask: size - 1}
}

func (f *wordFilter) probes(w string) (uint64, uint64) {
	h := maphash.String(f.seed, w)
	return h & f.mask, (h >> 32) & f.mask
}

func (f *wordFilter) add(w string) {
	a, b := f.probes(w)
	f.bits[a/64] |= 1 << (a % 64)
	f.bits[b/64] |= 1 << (b % 64)
}

// mayHave is false only for words never added. A filter that was never
// built (the zero value) accepts everything.
func (f *wordFilter) mayHave(w string) bool {
	if f.bits == nil {
		return true
	}
	a, b := f.probes(w)
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}
