package gazetteer

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

func newTest(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() < 10000 {
		t.Fatalf("gazetteer has %d entries; want the Phoenix actors", g.Len())
	}
	return g
}

func TestLookup(t *testing.T) {
	g := newTest(t)
	tests := []struct {
		name, key, display, typ, subtype string
	}{
		{"U.S.", "USA", "United States", extract.Location, extract.Country},
		{"US", "USA", "United States", extract.Location, extract.Country},
		{"United States", "USA", "United States", extract.Location, extract.Country},
		{"america", "USA", "United States", extract.Location, extract.Country},
		{"Russia", "RUS", "Russia", extract.Location, extract.Country},
		{"Russian Federation", "RUS", "Russia", extract.Location, extract.Country},
		{"Moscow", "RUS/MOSCOW", "Moscow", extract.Location, extract.City},
		{"Kiev", "UKR/KIEV", "Kiev", extract.Location, extract.City},
		{"Sergei Lavrov", "SERGEY_LAVROV", "Sergei Lavrov", extract.Person, ""},
		{"Sergey Lavrov", "SERGEY_LAVROV", "Sergei Lavrov", extract.Person, ""},
		{"JOHN KERRY", "JOHN_KERRY", "John Kerry", extract.Person, ""},
		{"Vladimir Putin", "VLADIMIR_PUTIN", "Vladimir Putin", extract.Person, ""},
	}
	for _, tc := range tests {
		es := g.Lookup(tc.name)
		found := false
		for _, e := range es {
			if e.Key == tc.key {
				found = true
				if e.Name != tc.display || e.Type != tc.typ || e.Subtype != tc.subtype {
					t.Errorf("Lookup(%q) = %+v; want name %q type %s/%s", tc.name, e, tc.display, tc.typ, tc.subtype)
				}
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %+v; want key %s", tc.name, es, tc.key)
		}
	}
	// Cities are not aliases of their country.
	for _, city := range []string{"Moscow", "Washington", "New York", "Paris"} {
		for _, e := range g.Lookup(city) {
			if e.Subtype == extract.Country {
				t.Errorf("Lookup(%q) includes country %+v", city, e)
			}
		}
	}
}

func TestDemonym(t *testing.T) {
	g := newTest(t)
	for word, key := range map[string]string{"Russian": "RUS", "Russians": "RUS", "Ukrainian": "UKR", "Ukrainians": "UKR", "American": "USA", "Afghan": "AFG"} {
		e, ok := g.Demonym(word)
		if !ok || e.Key != key {
			t.Errorf("Demonym(%q) = %+v, %v; want %s", word, e, ok, key)
		}
	}
	if e, ok := g.Demonym("Ukraine"); ok {
		t.Errorf("Demonym(Ukraine) = %+v; want none", e)
	}
}

func TestLongestMatchAndTitle(t *testing.T) {
	g := newTest(t)
	words := []string{"Secretary", "of", "State", "John", "Kerry", "met", "Ban", "Ki-moon", "in", "New", "York", "City"}
	if n := g.IsTitle(words, 0); n != 3 {
		t.Errorf("IsTitle(%v, 0) = %d; want 3", words, n)
	}
	if n := g.IsTitle(words, 3); n != 0 {
		t.Errorf("IsTitle(%v, 3) = %d; want 0", words, n)
	}
	if n, es := g.LongestMatch(words, 3); n != 2 || len(es) == 0 || es[0].Key != "JOHN_KERRY" {
		t.Errorf("LongestMatch(John Kerry) = %d %+v", n, es)
	}
	if n, _ := g.LongestMatch(words, 6); n != 2 {
		t.Errorf("LongestMatch(Ban Ki-moon) = %d; want 2", n)
	}
	if n, es := g.LongestMatch(words, 9); n != 3 || es[0].Subtype != extract.City {
		t.Errorf("LongestMatch(New York City) = %d %+v", n, es)
	}
	for _, title := range [][]string{{"foreign", "minister"}, {"prime", "minister"}, {"president"}} {
		if n := g.IsTitle(title, 0); n != len(title) {
			t.Errorf("IsTitle(%v) = %d", title, n)
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{"U.S.": "us", "Sergeï  Lavrov": "sergei lavrov", "Ban Ki-moon": "ban ki moon", "Côte d’Ivoire": "cote divoire"} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestDecodeRejectsGarbage(t *testing.T) {
	if _, err := Decode(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("Decode(garbage) succeeded")
	}
}

// TestBuildIsDeterministicAndCurrent rebuilds the gazetteer from the shared
// data and compares it with the embedded file.
func TestBuildIsDeterministicAndCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("rebuilds from the shared data")
	}
	dir := os.Getenv("NEWSGRAPH_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, "petrarch2")); err != nil {
		t.Fatalf("shared data not found (set NEWSGRAPH_DATA): %v", err)
	}
	var a bytes.Buffer
	if err := Build(dir, &a); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), embedded) {
		t.Errorf("embedded gazetteer is stale: run `newsgraph train gazetteer` (built %d bytes, embedded %d)", a.Len(), len(embedded))
	}
}

// TestStartMatchesDirectLookups holds the cached-start lookups to MatchTypes,
// IsTitle and IsDemonym at every position of word runs built from the
// gazetteer's own names and titles (so multi-word matches and prefixes are
// common), shuffled into noise.
func TestStartMatchesDirectLookups(t *testing.T) {
	g := newTest(t)
	var pool []string
	for i := 0; i < len(g.entries); i += 7 {
		pool = append(pool, strings.Fields(g.entries[i].Name)...)
	}
	pool = append(pool, "Secretary", "of", "State", "foreign", "minister", "President", "U.S.", "Russian", "Americans",
		"the", "said", "", "...", "Prime", "Minister", "New", "York", "United", "States", "Lavrov", "’s",
		"Senator", "Governor", "Chancellor", "Deputy", "Defense", "General", "Mr", "Dr", "Ambassador", "Judge")
	rng := rand.New(rand.NewPCG(7, 8))
	checked, names, titles := 0, 0, 0
	for trial := 0; trial < 3000; trial++ {
		var words []string
		for range rng.IntN(4) {
			words = append(words, pool[rng.IntN(len(pool))])
		}
		if trial%2 == 0 {
			words = append(words, strings.Fields(g.entries[rng.IntN(len(g.entries))].Name)...)
		}
		for len(words) < 12 {
			words = append(words, pool[rng.IntN(len(pool))])
		}
		for i := range words {
			st := g.WordStart(words[i])
			n1, t1 := g.MatchTypes(words, i)
			n2, t2 := g.MatchTypesFrom(words, i, &st)
			if n1 != n2 || t1 != t2 {
				t.Fatalf("%q at %d: MatchTypesFrom = %d,%b; MatchTypes = %d,%b", words, i, n2, t2, n1, t1)
			}
			if a, b := g.IsTitle(words, i), g.IsTitleFrom(words, i, &st); a != b {
				t.Fatalf("%q at %d: IsTitleFrom = %d; IsTitle = %d", words, i, b, a)
			}
			if st.Demonym != g.IsDemonym(words[i]) {
				t.Fatalf("%q: Start.Demonym = %v", words[i], st.Demonym)
			}
			if (n1 > 0 && !st.MayStartName()) || (g.IsTitle(words, i) > 0 && !st.MayStartTitle()) {
				t.Fatalf("%q at %d: a match starts where Start says none may", words, i)
			}
			checked++
			if n1 > 1 {
				names++
			}
			if g.IsTitle(words, i) > 0 {
				titles++
			}
		}
	}
	if names < 500 || titles < 100 {
		t.Fatalf("only %d multi-word names and %d titles among %d positions: the test does not exercise the continuations", names, titles, checked)
	}
}

// TestKeyHashIsHashOfKey holds the allocation-free key hash to the folded key
// on every name and alias spelling the gazetteer was built from and on
// awkward strings.
func TestKeyHashIsHashOfKey(t *testing.T) {
	g := newTest(t)
	names := []string{"", " ", "...", "U.S.", " U. S. ", "Ki-moon", "al-Qaida  network", "O'Brien’s", "São  Paulo ",
		"ÉCOLE", "\xff\xfe", "a\u200bb", "Mr. Lavrov -- and", "  leading and trailing  ", "x’", "’"}
	for _, e := range g.entries {
		names = append(names, e.Name, e.Key, strings.ToUpper(e.Name))
	}
	// Every ASCII byte beside letters (hashWord folds ASCII from a table).
	for c := range 128 {
		names = append(names, "a"+string(rune(c))+"B", string(rune(c)))
	}
	for _, n := range names {
		if got, want := keyHash(n), hashKey(Key(n)); got != want {
			t.Fatalf("keyHash(%q) = %x; hashKey(Key(%q)) = %x (key %q)", n, got, n, want, Key(n))
		}
	}
}

// TestNodesHoldNamesAndPrefixes checks the merged name index against the
// names and prefixes it was built from, and keys it must not know.
func TestNodesHoldNamesAndPrefixes(t *testing.T) {
	g, names, prefixes, err := decode(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 10000 || len(prefixes) < 1000 {
		t.Fatalf("%d names, %d prefixes: not the shipped gazetteer", len(names), len(prefixes))
	}
	check := func(h uint64) {
		ids, isName, more := g.node(h)
		want, wantName := names[h]
		_, wantMore := prefixes[h]
		if isName != wantName || more != wantMore || !slices.Equal(ids, want) {
			t.Fatalf("node(%x) = %v, %v, %v; want %v, %v, %v", h, ids, isName, more, want, wantName, wantMore)
		}
	}
	for h := range names {
		check(h)
	}
	for h := range prefixes {
		check(h)
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 10000 {
		check(rng.Uint64())
	}
}
