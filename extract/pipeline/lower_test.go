package pipeline

import (
	"strings"
	"testing"
)

// TestLowerAllIsToLower holds the shared-buffer lower-casing to strings.ToLower.
func TestLowerAllIsToLower(t *testing.T) {
	words := []string{"The", "U.S.", "said", "", "KERRY", "Ünited", "ÉCOLE", "ﬁx", "\xffAB", "İstanbul", "a-B", "x", "NATO's", "ΣΟΦΙΑ", "mIxEd"}
	lower := make([]string, len(words))
	lowerAll(words, lower)
	for i, w := range words {
		if want := strings.ToLower(w); lower[i] != want {
			t.Errorf("lowerAll(%q) = %q; want %q", w, lower[i], want)
		}
	}
}
