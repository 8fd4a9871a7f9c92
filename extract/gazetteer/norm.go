package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Keys are names folded so that spelling variants of the press meet: lower
// case, accents removed, dots and apostrophes dropped ("U.S." = "US"), every
// other non-alphanumeric run turned into one space ("Ki-moon" = "Ki moon").

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// foldRune lower-cases r and strips its accent; 0 means drop it, ' ' means a
// word break.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		case r == '.' || r == '\'':
			return 0
		}
		return ' '
	}
	switch r {
	case '’', '‘', 'ʼ':
		return 0
	case utf8.RuneError:
		return ' '
	}
	if unicode.Is(unicode.Mn, r) {
		return 0
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return ' '
	}
	// Decompose to strip an accent; keep the base letter.
	if d := norm.NFD.PropertiesString(string(r)).Decomposition(); len(d) > 0 {
		b, _ := utf8.DecodeRune(d)
		r = b
	}
	return unicode.ToLower(r)
}

// asciiFold is foldRune of the ASCII runes; only read.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(foldRune(rune(c)))
	}
	return t
}()

// Key folds a name into its lookup key.
func Key(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range name {
		f := foldRune(r)
		switch f {
		case 0:
			continue
		case ' ':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(f)
	}
	return b.String()
}

// hashKey is FNV-1a of a key.
func hashKey(key string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= fnvPrime
	}
	return h
}

// keyHash is hashKey(Key(name)) without building the key: hashWord folds
// and hashes in one pass, runs of separators included.
func keyHash(name string) uint64 {
	h, _ := hashWord(fnvOffset, name, true)
	return h
}

// hashWord continues h (already holding earlier words) with the folded form of
// word, as if Key(words joined by spaces) were hashed. It reports false when
// the word folds to nothing. first says whether no word precedes it.
func hashWord(h uint64, word string, first bool) (uint64, bool) {
	wrote := false
	space := !first
	for i := 0; i < len(word); {
		var f rune
		if c := word[i]; c < utf8.RuneSelf {
			// ASCII, nearly every byte of news: foldRune from a table
			// (the call and its comparisons were most of the cost of
			// hashing, and the pipeline hashes every title candidate).
			i++
			f = rune(asciiFold[c])
		} else {
			r, w := utf8.DecodeRuneInString(word[i:])
			i += w
			f = foldRune(r)
		}
		switch f {
		case 0:
			continue
		case ' ':
			space = wrote || !first
			continue
		}
		if space {
			h ^= ' '
			h *= fnvPrime
			space = false
		}
		if f < utf8.RuneSelf {
			h ^= uint64(f)
			h *= fnvPrime
		} else {
			var buf [4]byte
			n := utf8.EncodeRune(buf[:], f)
			for _, c := range buf[:n] {
				h ^= uint64(c)
				h *= fnvPrime
			}
		}
		wrote = true
	}
	return h, wrote
}
