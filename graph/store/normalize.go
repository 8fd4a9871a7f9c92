package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize folds a name for the name, alias and search indexes: accents are
// removed (NFD, then combining marks dropped), letters lowercased, dots and
// apostrophes inside a word removed so "U.S." and "US" meet, every other
// non-letter non-digit run becomes one space. The result never contains 0x00,
// which the keys rely on.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a separator is pending
	// Invalid UTF-8 is replaced first: norm passes bytes after an invalid
	// sequence through undecomposed, which made normalize not idempotent.
	// ASCII (most names and every search typed without accents) is its own
	// decomposition: no copy is made for it.
	d := s
	if !isASCII(s) {
		d = norm.NFD.String(strings.ToValidUTF8(s, " "))
	}
	for i := 0; i < len(d); {
		// ASCII, nearly all of news text and names, takes a byte path:
		// the unicode tables below decide nothing for it that a byte
		// comparison does not.
		if c := d[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c == '.' || c == '\'':
				continue
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(d[i:])
		i += n
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '.' || r == '\'' || r == '\u2019' || r == '\u00b7':
			// Abbreviation dots and apostrophes join: "U.S." -> "us", "O'Brien" -> "obrien".
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if f, ok := foldSpecial(r); ok {
				b.WriteString(f)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			space = true
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldSpecial maps letters that carry no combining mark after NFD but that
// readers treat as their base letter (Polish ł, Danish ø, German ß...).
func foldSpecial(r rune) (string, bool) {
	switch r {
	case 'ł', 'Ł':
		return "l", true
	case 'ø', 'Ø':
		return "o", true
	case 'đ', 'Đ':
		return "d", true
	case 'ß':
		return "ss", true
	case 'æ', 'Æ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ı':
		return "i", true
	}
	return "", false
}

// wordRuns lists the suffixes of a normalised string that start at a word
// boundary: "sergey v lavrov" -> "sergey v lavrov", "v lavrov", "lavrov".
func wordRuns(n string) []string {
	if n == "" {
		return nil
	}
	runs := []string{n}
	for i := 0; i < len(n); i++ {
		if n[i] == ' ' {
			runs = append(runs, n[i+1:])
		}
	}
	return runs
}

// multiWord tells whether a normalised name has more than one word.
func multiWord(n string) bool { return strings.IndexByte(n, ' ') >= 0 }

// isStopWord tells the words left out of the word indexes: they are in
// nearly every article, so indexing them costs much and finds nothing.
func isStopWord(w string) bool {
	switch w {
	case "the", "and", "of", "to", "in", "on", "for", "is", "was", "it", "that", "with", "as",
		"at", "by", "be", "an", "are", "from", "has", "he", "his", "said", "its", "have", "had",
		"not", "but", "this", "which", "will", "or", "were", "been", "would":
		return true
	}
	return false
}

// wordsOf lists the normalised words of a text worth indexing, in order,
// with repeats.
func wordsOf(text string) []string {
	n := normalize(text)
	// normalize separates words by exactly one space, with none before or
	// after, so cutting at spaces finds strings.Fields' words without its
	// slice of every word, stop words and one-letter words included (a
	// document's text is most of what ingest's workers index).
	var out []string
	for n != "" {
		w, rest, _ := strings.Cut(n, " ")
		n = rest
		if len(w) >= 2 && len(w) <= 60 && !isStopWord(w) {
			out = append(out, w)
		}
	}
	return out
}
