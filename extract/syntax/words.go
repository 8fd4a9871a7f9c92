package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Feature keys are 64-bit hashes of a template number and the values it
// combines; collisions between the few million keys are rare enough to be
// noise, and the model stores no text from the treebank.

const (
	hashOffset = 14695981039346656037
	hashPrime  = 1099511628211
	golden     = 0x9E3779B97F4A7C15
)

// mix is the 64-bit finalizer of MurmurHash3: every input bit moves every
// output bit, so a table indexed by the low bits sees no clusters.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func key1(t, a uint64) uint64       { return mix(t*golden ^ a) }
func key2(t, a, b uint64) uint64    { return mix(mix(t*golden^a) + b) }
func key3(t, a, b, c uint64) uint64 { return mix(mix(mix(t*golden^a)+b) ^ c*golden) }

// wordInfo is what the features read of a word, hashed once per sentence.
type wordInfo struct {
	norm  uint64 // lower case, digits as 0
	pre1  uint64
	pre2  uint64
	pre3  uint64
	suf1  uint64
	suf2  uint64
	suf3  uint64
	suf4  uint64
	shape uint64
	upper bool // starts with an upper-case letter
}

// Special word hashes for padding and the root.
const (
	hashNone  = 0x6e6f6e65 // "none": no word at this position
	hashStart = 0x73746172
	hashEnd   = 0x656e6420
	hashRoot  = 0x726f6f74
)

// analyzeWord fills wi from word. It never allocates: the normalised form is
// hashed rune by rune, and affixes are hashes of its first or last runes.
func analyzeWord(word string, wi *wordInfo) {
	*wi = wordInfo{}
	var runes [64]rune // the affixes need the last four runes; keep a window
	n := 0
	h := uint64(hashOffset)
	shape := uint64(hashOffset)
	var last rune = -1
	run := 0
	for i, r := range word {
		// ASCII (nearly every word of English news) skips the Unicode tables.
		var upper, lower, digit bool
		if r < utf8.RuneSelf {
			upper, lower, digit = 'A' <= r && r <= 'Z', 'a' <= r && r <= 'z', '0' <= r && r <= '9'
		} else {
			upper, lower, digit = unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r)
		}
		if i == 0 {
			wi.upper = upper
		}
		c := r
		switch {
		case digit:
			c = '0'
		case r < utf8.RuneSelf:
			if upper {
				c = r + ('a' - 'A')
			}
		default:
			c = unicode.ToLower(r)
		}
		h = fnvRune(h, c)
		runes[n%len(runes)] = c
		n++
		if n == 1 {
			wi.pre1 = h
		}
		if n == 2 {
			wi.pre2 = h
		}
		if n == 3 {
			wi.pre3 = h
		}
		var s rune
		switch {
		case upper:
			s = 'X'
		case lower:
			s = 'x'
		case digit:
			s = 'd'
		case r < utf8.RuneSelf:
			s = r
		default:
			s = '*'
		}
		if s == last {
			run++
		} else {
			run = 0
			last = s
		}
		if run < 2 {
			shape = fnvRune(shape, s)
		}
	}
	wi.norm = h
	wi.shape = shape
	if n < 2 {
		wi.pre2 = h
	}
	if n < 3 {
		wi.pre3 = h
	}
	suffix := func(k int) uint64 {
		if k > n {
			k = n
		}
		s := uint64(hashOffset) + uint64(k)
		for j := n - k; j < n; j++ {
			s = fnvRune(s, runes[j%len(runes)])
		}
		return s
	}
	wi.suf1 = suffix(1)
	wi.suf2 = suffix(2)
	wi.suf3 = suffix(3)
	wi.suf4 = suffix(4)
}

func fnvRune(h uint64, r rune) uint64 {
	h ^= uint64(r)
	h *= hashPrime
	return h
}
