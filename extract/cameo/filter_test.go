package cameo

import (
	"strconv"
	"testing"
)

func TestWordFilter(t *testing.T) {
	f := newWordFilter(5000)
	for i := range 5000 {
		f.add("w" + strconv.Itoa(i))
	}
	for i := range 5000 {
		if w := "w" + strconv.Itoa(i); !f.mayHave(w) {
			t.Fatalf("%q was added but is rejected", w)
		}
	}
	accepted := 0
	for i := range 10000 {
		if f.mayHave("x" + strconv.Itoa(i)) {
			accepted++
		}
	}
	if accepted > 300 { // about 1% expected
		t.Errorf("%d of 10000 words never added are accepted", accepted)
	}
	var zero wordFilter
	if !zero.mayHave("anything") {
		t.Error("a filter never built must accept every word")
	}
}

// TestFiltersChangeNoMatch compares Match with the trigger filter to Match
// without it (a zero filter accepts every word) at every word of news text.
func TestFiltersChangeNoMatch(t *testing.T) {
	l := lex(t)
	plain := *l
	plain.isTrigger = wordFilter{}
	limit := 1 << 20
	if testing.Short() {
		limit = 60 << 10
	}
	found := 0
	for _, s := range sentences(benchText(t, limit)) {
		for i := range s {
			m1, ok1 := l.Match(s, i)
			m2, ok2 := plain.Match(s, i)
			if m1 != m2 || ok1 != ok2 {
				t.Fatalf("%q at %d: filtered %+v %v, plain %+v %v", s, i, m1, ok1, m2, ok2)
			}
			if ok1 {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no triggers in the test text")
	}
}
