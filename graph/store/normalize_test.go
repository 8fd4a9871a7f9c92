package store

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normalizeRef is normalize as it was before its ASCII byte path: every
// rune through the unicode tables. The fast path must not change a result,
// since stored name, alias and word keys were built with this one.
func normalizeRef(s string) string {
	var b strings.Builder
	space := false
	d := s
	if !isASCII(s) {
		d = norm.NFD.String(strings.ToValidUTF8(s, " "))
	}
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '.' || r == '\'' || r == '\u2019' || r == '\u00b7':
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

func TestNormalizeMatchesReference(t *testing.T) {
	for _, s := range []string{"", " ", "U.S.", "O'Brien", "Sergey V. Lavrov", "  Hello,   World!! ",
		"Café déjà vu", "Łódź", "Straße", "it’s", "a·b", "\xff\xfebad", "MIXED ascii AND ünïcödé 123",
		"tab\tnew\nline", "\x00nul", "ÆON œuvre", "İstanbul ı", "日本語 text", "x\u0301y", "@#$%^&*()_+-=[]{}|;:,<>/?`~\"\\"} {
		if got, want := normalize(s), normalizeRef(s); got != want {
			t.Errorf("normalize(%q) = %q, reference %q", s, got, want)
		}
	}
}

func FuzzNormalizeMatchesReference(f *testing.F) {
	for _, s := range []string{"U.S. Secretary", "Café", "it’s", "\xff", "A1 b2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize(s), normalizeRef(s); got != want {
			t.Errorf("normalize(%q) = %q, reference %q", s, got, want)
		}
	})
}
