package pipeline

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// testNames covers what mentions hold: ASCII, accents, dotted initials,
// apostrophes, letters whose lower case is longer in UTF-8 (Ⱥ), spaces of
// several kinds.
var testNames = []string{"", " ", "U.S.", "John  Kerry", "O'Neil", "Sergey\u00a0Lavrov", "ÉCOLE Normale", "İstanbul",
	"Ⱥ Ⱦ", "São Paulo-Brazil", "al-Qaeda ’s", "\tAbu Dhabi \n", "Lavrov", "2014 World Cup", "Ⅻ"}

func TestNormNameLowersAsStringsToLower(t *testing.T) {
	// normName before it lowered rune by rune: through strings.ToLower.
	old := func(s string) string {
		var b strings.Builder
		space := false
		for _, r := range strings.ToLower(s) {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteRune(r)
			case r == '.' || r == '\'' || r == '’':
			default:
				space = true
			}
		}
		return b.String()
	}
	for _, s := range testNames {
		if got, want := normName(s), old(s); got != want {
			t.Errorf("normName(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestNameWordsAndSeveralWords(t *testing.T) {
	norms := make([]string, len(testNames))
	for i, s := range testNames {
		norms[i] = normName(s)
	}
	words := nameWords(norms)
	for i, s := range norms {
		want := strings.Fields(s)
		if len(want) == 0 {
			want = words[i][:0]
		}
		if !reflect.DeepEqual(words[i], want) {
			t.Errorf("nameWords(%q) = %q, want %q", s, words[i], want)
		}
		if cap(words[i]) != len(words[i]) {
			t.Errorf("nameWords(%q) has room to grow into the next name's words", s)
		}
	}
	for _, s := range testNames {
		if got, want := severalWords(s), len(strings.Fields(s)) > 1; got != want {
			t.Errorf("severalWords(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLabelVotes(t *testing.T) {
	var v labelVotes
	if got := v.argmax(); got != "PER" {
		t.Errorf("no votes: %q, want PER (the first label)", got)
	}
	v.add("LOC", 2)
	v.add("NORP", 1)
	v.add("GPE", 5) // not voted among
	if got := v.argmax(); got != "LOC" {
		t.Errorf("argmax = %q, want LOC", got)
	}
	v.add("ORG", 2)
	if got := v.argmax(); got != "ORG" {
		t.Errorf("tie between ORG and LOC: %q, want ORG (earlier in voteLabels)", got)
	}
}

func TestPeopleWordShortcuts(t *testing.T) {
	// peopleWord lower-cases only words that begin with f, h or t in either
	// case: no other rune lower-cases to them.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		switch unicode.ToLower(r) {
		case 'f', 'h', 't':
			if !strings.ContainsRune("fFhHtT", r) {
				t.Fatalf("%U lower-cases to %c", r, unicode.ToLower(r))
			}
		}
	}
	for _, w := range append(testNames, "Kurds", "KURDS", "Muslims", "Shi'ites", "TALEBAN", "Hamas", "Şiis", "Ⱥbcs", "Abcß", "Ab\xffs") {
		if got, want := changedByUpper(w), strings.ToUpper(w) != w; got != want {
			t.Errorf("changedByUpper(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Taleban": true, "HEZBOLLAH": true, "fatah": true, "Kurds": true, "KURDS": false, "kurds": false, "Mass": false, "": false, "Hamas's": true, "Bus": false} {
		if got := peopleWord(w); got != want {
			t.Errorf("peopleWord(%q) = %v, want %v", w, got, want)
		}
	}
}
